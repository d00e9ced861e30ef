package io.qhybrid.solve;

import static java.util.Objects.requireNonNull;

import io.qhybrid.model.IsingModel;
import io.qhybrid.solve.internal.SpinArrays;

/**
 * A deterministic greedy baseline followed by one-flip local search.
 *
 * <p>Construction fixes spins one at a time, most strongly coupled first (largest
 * {@code |h_i| + sum_j |J_ij|}, lower index on ties), each to the sign that minimises the energy
 * given the spins fixed so far ({@code s_i = -sign(h_i + sum_{j fixed} J_ij s_j)}, +1 on a tie).
 * Descent then repeatedly makes the single flip that lowers the energy most (lowest index on ties)
 * until no flip helps, so the result is a one-flip local minimum. For Max-Cut with non-negative
 * weights such a minimum cuts at least half the total weight, hence at least half the maximum cut.
 */
public final class GreedySolver implements Solver {
    @Override
    public String method() {
        return "greedy";
    }

    @Override
    public Solution solve(IsingModel model) {
        requireNonNull(model, "model is null");
        SpinArrays a = new SpinArrays(model);
        double[] spins = construct(a);
        descend(a, spins);
        long state = SpinArrays.stateOf(spins);
        return new Solution(state, a.n, model.energy(state), method());
    }

    private static double[] construct(SpinArrays a) {
        Integer[] order = new Integer[a.n];
        double[] strength = new double[a.n];
        for (int i = 0; i < a.n; i++) {
            order[i] = i;
            strength[i] = Math.abs(a.h[i]);
            for (int p = a.rowStart[i]; p < a.rowStart[i + 1]; p++) {
                strength[i] += Math.abs(a.weight[p]);
            }
        }
        java.util.Arrays.sort(order, (x, y) -> strength[x] != strength[y]
                ? Double.compare(strength[y], strength[x]) : Integer.compare(x, y));
        // unfixed spins are 0, so local fields only see the fixed ones
        double[] spins = new double[a.n];
        for (int i : order) {
            double field = a.h[i];
            for (int p = a.rowStart[i]; p < a.rowStart[i + 1]; p++) {
                field += a.weight[p] * spins[a.neighbour[p]];
            }
            spins[i] = field > 0 ? -1.0 : 1.0;
        }
        return spins;
    }

    /** Steepest one-flip descent; each accepted flip lowers the energy, so it terminates. */
    static void descend(SpinArrays a, double[] spins) {
        double[] field = a.localFields(spins);
        double tolerance = 1e-12 * Math.max(1.0, a.scale());
        while (true) {
            int bestSpin = -1;
            double bestChange = -tolerance;
            for (int i = 0; i < a.n; i++) {
                double change = -2 * spins[i] * field[i];
                if (change < bestChange) {
                    bestChange = change;
                    bestSpin = i;
                }
            }
            if (bestSpin < 0) {
                return;
            }
            double s = spins[bestSpin];
            for (int p = a.rowStart[bestSpin]; p < a.rowStart[bestSpin + 1]; p++) {
                field[a.neighbour[p]] -= 2 * s * a.weight[p];
            }
            spins[bestSpin] = -s;
        }
    }
}
