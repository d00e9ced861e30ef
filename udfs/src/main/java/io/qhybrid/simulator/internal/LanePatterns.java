package io.qhybrid.simulator.internal;

import io.qhybrid.model.IsingModel;

/**
 * The cost levels of each run of 8 basis states, 8k .. 8k + 7, as the level of the first plus a
 * pattern of 8 differences, so that a cost phase can be applied 8 amplitudes at a time from two
 * small tables instead of one table lookup per amplitude.
 *
 * <p>Within a run only qubits 0-2 change. Splitting the energy into the qubits below 3 and those
 * above, E = E_high + sum_{v<3} s_v (h_v + sum_{u>=3} J_uv s_u) + sum_{v<w<3} J_vw s_v s_w, the
 * differences from the run's first state depend on k only through the three sums
 * k_v = sum_{u>=3} J_uv s_u. Each is fixed by the weights of v's couplings to the set bits of k,
 * so the pattern's id is a sum over k's set bits: {@code lowIds[k & mask] + highIds[k >>> lowBits]},
 * two tables of at most 2^11 entries. A Max-Cut graph of degree 3 has a few dozen patterns.
 *
 * <p>{@link #of} reads every run's differences from the levels and returns null when any run
 * disagrees with its pattern (it cannot, by the algebra above; the check costs one read of the
 * levels), or when there would be more than {@link #MAX_PATTERNS} patterns.
 */
final class LanePatterns {
    /** States per run: one 512-bit vector of doubles. */
    static final int LANES = 8;
    static final int MAX_PATTERNS = 1024;
    private static final int LOW_BITS = 11;

    private final int[] lowIds;
    private final int[] highIds;
    private final int lowBits;
    private final int[] deltas;
    private int leastDelta;
    private int mostDelta;

    private LanePatterns(int[] lowIds, int[] highIds, int lowBits, int[] deltas) {
        this.lowIds = lowIds;
        this.highIds = highIds;
        this.lowBits = lowBits;
        this.deltas = deltas;
    }

    /**
     * The patterns of {@code levels} (2^stateBits entries, level = energy / unit + a shift), or
     * null when there are fewer than two runs, too many patterns, or a run that does not fit.
     */
    static LanePatterns of(IsingModel model, byte[] levels, double unit, int stateBits) {
        int runBits = stateBits - 3;
        if (runBits < 1) {
            return null;
        }
        // per qubit v < 3: the weights (in units) of its couplings to each qubit u >= 3
        int n = model.numSpins();
        long[][] weight = new long[3][n];
        long[] least = new long[3], most = new long[3];
        for (int c = 0; c < model.couplingCount(); c++) {
            int i = Math.min(model.couplingI(c), model.couplingJ(c)), j = Math.max(model.couplingI(c), model.couplingJ(c));
            if (i < 3 && j >= 3) {
                long w = Math.round(model.couplingWeight(c) / unit);
                weight[i][j] += w;
                least[i] += Math.min(w, 0);
                most[i] += Math.max(w, 0);
            }
        }
        // pattern id = sum_v (sum of v's weights to the set bits, minus its least) * radix_v
        long[] radix = new long[3];
        long patterns = 1;
        for (int v = 0; v < 3; v++) {
            radix[v] = patterns;
            patterns *= most[v] - least[v] + 1;
            if (patterns > MAX_PATTERNS) {
                return null;
            }
        }
        int[] step = new int[runBits];
        int base = 0;
        for (int v = 0; v < 3; v++) {
            base -= (int) (least[v] * radix[v]);
            for (int b = 0; b < runBits; b++) {
                step[b] += (int) (weight[v][b + 3] * radix[v]);
            }
        }
        int lowBits = Math.min(LOW_BITS, runBits);
        int[] lowIds = sums(step, 0, lowBits, base);
        int[] highIds = sums(step, lowBits, runBits - lowBits, 0);
        LanePatterns lanes = new LanePatterns(lowIds, highIds, lowBits, new int[(int) patterns * LANES]);
        return lanes.record(levels, runBits) ? lanes : null;
    }

    /** sums[k] = start + the steps of k's set bits, for the 2^count bits from {@code from}. */
    private static int[] sums(int[] step, int from, int count, int start) {
        int[] sums = new int[1 << count];
        sums[0] = start;
        for (int b = 0; b < count; b++) {
            for (int k = 0; k < 1 << b; k++) {
                sums[k | 1 << b] = sums[k] + step[from + b];
            }
        }
        return sums;
    }

    /** Fills each pattern from the first run that has it; false if a later run differs. */
    private boolean record(byte[] levels, int runBits) {
        boolean[] seen = new boolean[patterns()];
        for (int k = 0; k < 1 << runBits; k++) {
            int row = row(k), first = levels[k * LANES] & 0xFF;
            boolean known = seen[row / LANES];
            for (int a = 0; a < LANES; a++) {
                int delta = (levels[k * LANES + a] & 0xFF) - first;
                if (!known) {
                    deltas[row + a] = delta;
                    leastDelta = Math.min(leastDelta, delta);
                    mostDelta = Math.max(mostDelta, delta);
                } else if (deltas[row + a] != delta) {
                    return false;
                }
            }
            seen[row / LANES] = true;
        }
        return true;
    }

    /** Patterns possible (not all need occur). */
    int patterns() {
        return deltas.length / LANES;
    }

    /** Where run k's pattern starts in {@link #delta}'s order: pattern id * LANES. */
    int row(int run) {
        return (lowIds[run & (lowIds.length - 1)] + highIds[run >>> lowBits]) * LANES;
    }

    /** level(8k + a) - level(8k) for the run k whose {@link #row} is {@code row}. */
    int delta(int row, int lane) {
        return deltas[row + lane];
    }

    /** The smallest and largest difference in any pattern: the phase tables need only these. */
    int leastDelta() {
        return leastDelta;
    }

    int mostDelta() {
        return mostDelta;
    }
}
