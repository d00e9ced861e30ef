package io.qhybrid.pipelines.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SolveSlotsTest {

    /** Graham (1969): LPT's makespan is at most (4/3 - 1/(3m)) of the optimum on m machines. */
    @Test
    void makespanWithinGrahamsBoundOfTheExhaustiveOptimum() {
        SplittableRandom random = new SplittableRandom(11);
        for (int trial = 0; trial < 200; trial++) {
            int m = 2 + random.nextInt(2);
            int jobs = 4 + random.nextInt(6);
            double[] w = new double[jobs];
            for (int i = 0; i < jobs; i++) {
                w[i] = Math.scalb(1.0, 8 + random.nextInt(8)) * (1 + random.nextInt(3));
            }
            int[] slots = SolveSlots.assign(w, m);
            double lpt = makespan(w, slots, m);
            double best = optimum(w, m);
            assertThat(lpt).isLessThanOrEqualTo((4.0 / 3 - 1.0 / (3 * m)) * best + 1e-9);
            assertThat(java.util.Arrays.stream(slots).allMatch(s -> s >= 0 && s < m)).isTrue();
        }
    }

    @Test
    void sameRoutesSamePartitionsAndLargestSubproblemsSpread() {
        List<RoutingPlan.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            int n = 12 + i % 7;
            entries.add(new RoutingPlan.Entry(String.format("g-%03d", i), n,
                    new RouteDecision(Tier.SIMULATOR, "qpu_disabled", null), 0, 0));
        }
        int[] first = SolveSlots.assign(entries, 8);
        assertThat(SolveSlots.assign(new ArrayList<>(entries), 8)).containsExactly(first);
        // ten 18-qubit subproblems over 8 partitions: no partition holds three
        int[] eighteens = new int[8];
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).size() == 18) {
                eighteens[first[i]]++;
            }
        }
        assertThat(eighteens).containsOnly(1, 2);
    }

    @Test
    void weightsFollowTheTierWork() {
        RoutingPlan.Entry sim = new RoutingPlan.Entry("a", 16, new RouteDecision(Tier.SIMULATOR, "x", null), 0, 0);
        RoutingPlan.Entry exact = new RoutingPlan.Entry("b", 16, new RouteDecision(Tier.CLASSICAL_EXACT, "x", null), 0, 0);
        RoutingPlan.Entry skipped = new RoutingPlan.Entry("c", 16, null, 0, 0);
        assertThat(SolveSlots.weight(sim)).isEqualTo(17 * 65536.0);
        assertThat(SolveSlots.weight(exact)).isEqualTo(65536.0);
        assertThat(SolveSlots.weight(skipped)).isEqualTo(1.0);
        assertThatThrownBy(() -> SolveSlots.assign(new double[] {1}, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static double makespan(double[] w, int[] slots, int m) {
        double[] load = new double[m];
        for (int i = 0; i < w.length; i++) {
            load[slots[i]] += w[i];
        }
        double max = 0;
        for (double l : load) {
            max = Math.max(max, l);
        }
        return max;
    }

    /** Every assignment of jobs to machines (m^jobs of them), the smallest makespan. */
    private static double optimum(double[] w, int m) {
        int[] slots = new int[w.length];
        double best = Double.MAX_VALUE;
        long total = (long) Math.pow(m, w.length);
        for (long code = 0; code < total; code++) {
            long c = code;
            for (int i = 0; i < w.length; i++) {
                slots[i] = (int) (c % m);
                c /= m;
            }
            best = Math.min(best, makespan(w, slots, m));
        }
        return best;
    }
}
