package io.qhybrid.pipelines.internal;

import io.qhybrid.model.Bitstrings;
import io.qhybrid.pipelines.IsingSubproblem;
import java.util.Map;

/**
 * The best sample of a counts map: the feasible bitstring of lowest energy (ties: the lower
 * bitstring), or, when no sample is feasible, the lowest-energy one marked infeasible.
 */
public record SampledBest(long state, boolean feasible) {
    public static SampledBest of(IsingSubproblem subproblem, Map<String, Long> counts) {
        int n = subproblem.size();
        long bestFeasible = -1;
        double bestFeasibleEnergy = Double.POSITIVE_INFINITY;
        long bestAny = -1;
        double bestAnyEnergy = Double.POSITIVE_INFINITY;
        for (String bits : new java.util.TreeMap<>(counts).keySet()) {
            long state = Bitstrings.toIndex(bits, n);
            double e = subproblem.model().energy(state);
            if (e < bestAnyEnergy) {
                bestAnyEnergy = e;
                bestAny = state;
            }
            if (e < bestFeasibleEnergy && subproblem.feasible(state)) {
                bestFeasibleEnergy = e;
                bestFeasible = state;
            }
        }
        if (bestAny < 0) {
            throw new IllegalArgumentException("no samples to choose from");
        }
        return bestFeasible >= 0 ? new SampledBest(bestFeasible, true) : new SampledBest(bestAny, false);
    }
}
