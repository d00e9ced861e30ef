package io.qhybrid.pipelines.routing;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Spreads routed subproblems over the solve stage's partitions so that every partition holds
 * about the same estimated work: largest first, each to the least-loaded partition (Graham's
 * LPT rule, within 4/3 of the best possible makespan). Hashing the subproblem id instead leaves
 * the partitions' work varying by the luck of where the few largest subproblems land, and the
 * stage then waits for the heaviest one while the other cores idle.
 *
 * <p>The assignment depends only on the routes, so a rerun of the date uses the same partitions.
 */
public final class SolveSlots {
    private SolveSlots() {}

    /**
     * Estimated solve work of one routed subproblem, in amplitude-updates: a state-vector solve
     * touches 2^n amplitudes per gate, about n gates a layer; exact enumeration 2^n energies; the
     * heuristic and the QPU tier (the work is remote) little; an unshortlisted candidate nothing.
     */
    public static double weight(RoutingPlan.Entry entry) {
        if (entry.decision() == null) {
            return 1;
        }
        int n = entry.size();
        return switch (entry.decision().tier()) {
            case SIMULATOR -> Math.scalb((double) n + 1, n);
            case CLASSICAL_EXACT -> Math.scalb(1.0, n);
            case HEURISTIC -> (double) n * n;
            case QPU -> 1e3;
        };
    }

    /**
     * The partition of each entry: {@code result[i]} for {@code entries.get(i)}, in [0, partitions).
     * Ties (equal weights, equal loads) go to the earlier entry and the lower partition, so the
     * result is a function of the list alone.
     */
    public static int[] assign(List<RoutingPlan.Entry> entries, int partitions) {
        double[] weights = entries.stream().mapToDouble(SolveSlots::weight).toArray();
        return assign(weights, partitions);
    }

    /** LPT over plain weights; see {@link #assign(List, int)}. */
    public static int[] assign(double[] weights, int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be >= 1, got " + partitions);
        }
        Integer[] order = new Integer[weights.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -weights[i]).thenComparingInt(i -> i));
        // (load, partition) of each partition, least loaded first, lower index on ties
        PriorityQueue<double[]> loads = new PriorityQueue<>(
                Comparator.<double[]>comparingDouble(l -> l[0]).thenComparingDouble(l -> l[1]));
        for (int p = 0; p < partitions; p++) {
            loads.add(new double[] {0, p});
        }
        int[] slot = new int[weights.length];
        for (int i : order) {
            double[] least = loads.poll();
            slot[i] = (int) least[1];
            least[0] += weights[i];
            loads.add(least);
        }
        return slot;
    }
}
