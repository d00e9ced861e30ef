package io.qhybrid.backend.internal;

import io.qhybrid.model.Bitstrings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Probabilities to counts that sum to exactly {@code shots}, by largest remainder: each state
 * gets {@code floor(p * shots)}, then the shots still missing go one each to the states with
 * the largest fractional parts, ties to the smaller state index. Probabilities are renormalised
 * first, so a provider's rounding (sum 0.9999) cannot lose a shot. States with zero counts are
 * left out.
 */
public final class CountsRounding {
    private CountsRounding() {}

    /** @param probabilities state index to probability; qubit k is bit k of the index */
    public static Map<String, Long> toCounts(Map<Long, Double> probabilities, int numQubits, int shots) {
        double total = probabilities.values().stream().mapToDouble(Double::doubleValue).sum();
        List<long[]> floors = new ArrayList<>();
        List<double[]> remainders = new ArrayList<>();
        long assigned = 0;
        for (Map.Entry<Long, Double> e : new TreeMap<>(probabilities).entrySet()) {
            double exact = total > 0 ? e.getValue() / total * shots : 0;
            long floor = (long) Math.floor(exact);
            floors.add(new long[] {e.getKey(), floor});
            remainders.add(new double[] {e.getKey(), exact - floor, floors.size() - 1});
            assigned += floor;
        }
        remainders.sort(Comparator.<double[]>comparingDouble(r -> -r[1]).thenComparingDouble(r -> r[0]));
        for (int i = 0; i < shots - assigned && i < remainders.size(); i++) {
            floors.get((int) remainders.get(i)[2])[1]++;
        }
        Map<String, Long> counts = new TreeMap<>();
        for (long[] f : floors) {
            if (f[1] > 0) {
                counts.put(Bitstrings.of(f[0], numQubits), f[1]);
            }
        }
        return counts;
    }
}
