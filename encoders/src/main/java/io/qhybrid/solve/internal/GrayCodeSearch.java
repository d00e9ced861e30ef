package io.qhybrid.solve.internal;

/**
 * Exhaustive minimisation of an Ising energy in Gray-code order, so that consecutive states
 * differ in one spin and each energy follows from the previous one.
 *
 * <p>The spins split into a low block (the lowest {@code lowBits}) and a high block. For a fixed
 * high configuration the energy is {@code base + sum_{i low} s_i F_i + T[low]}, where {@code base}
 * holds the high-high terms, {@code F_i = h_i + sum_{j high} J_ij s_j} are the low spins' local
 * fields from the high block, and {@code T} tabulates the low-low couplings once. Walking the low
 * block in Gray order changes one {@code s_i}, so the linear term moves by {@code -2 s_i F_i}:
 * O(1) per state. A high flip updates {@code base} from the high local fields and every local
 * field in O(n). The high block is split by its top bits into independent tasks for threads.
 */
public final class GrayCodeSearch {
    private static final int MAX_LOW_BITS = 12;

    private final int n;
    private final int lowBits;
    private final double[] h;
    private final double[] couplings;
    private final double offset;
    private final double[] lowTable;
    private final double tolerance;

    /**
     * @param couplings row-major n x n symmetric matrix with a zero diagonal
     * @param tolerance energies this close count as tied (lowest index wins)
     */
    public GrayCodeSearch(int n, double[] h, double[] couplings, double offset, double tolerance) {
        this.n = n;
        this.h = h;
        this.couplings = couplings;
        this.offset = offset;
        this.tolerance = tolerance;
        this.lowBits = Math.min(n, MAX_LOW_BITS);
        this.lowTable = lowTable();
    }

    private double[] lowTable() {
        double[] table = new double[1 << lowBits];
        for (int g = 0; g < table.length; g++) {
            double e = 0;
            for (int i = 0; i < lowBits; i++) {
                for (int j = i + 1; j < lowBits; j++) {
                    double w = couplings[i * n + j];
                    e += ((g >>> i ^ g >>> j) & 1) == 0 ? w : -w;
                }
            }
            table[g] = e;
        }
        return table;
    }

    /** Number of high spins, whose top bits split the work. */
    public int highBits() {
        return n - lowBits;
    }

    /**
     * Searches the states whose top {@code taskBits} high bits equal {@code task}; the union over
     * all {@code task < 2^taskBits} is the whole space.
     */
    public BestState searchTask(int taskBits, long task) {
        int high = n - lowBits;
        int middle = high - taskBits;
        double[] spins = new double[n];
        long highState = task << middle;
        for (int r = 0; r < high; r++) {
            spins[lowBits + r] = (highState >>> r & 1L) == 0 ? 1.0 : -1.0;
        }
        double[] field = new double[n];
        double base = offset;
        for (int i = 0; i < n; i++) {
            double f = h[i];
            for (int j = lowBits; j < n; j++) {
                f += couplings[i * n + j] * spins[j];
            }
            field[i] = f;
        }
        for (int j = lowBits; j < n; j++) {
            // each high pair counted once: h_j s_j + (1/2) s_j sum_k J_jk s_k
            base += spins[j] * (h[j] + field[j]) / 2;
        }
        BestState best = new BestState(tolerance);
        double[] lowSpins = new double[lowBits];
        long steps = 1L << middle;
        for (long step = 0; step < steps; step++) {
            if (step > 0) {
                int p = lowBits + Long.numberOfTrailingZeros(step);
                double s = spins[p];
                base -= 2 * s * field[p];
                double change = -2 * s;
                int row = p * n;
                for (int j = 0; j < n; j++) {
                    field[j] += change * couplings[row + j];
                }
                spins[p] = -s;
                highState ^= 1L << (p - lowBits);
            }
            scanLowBlock(base, field, lowSpins, highState << lowBits, best);
        }
        return best;
    }

    /**
     * Walks the low block two states at a time: spin 0 is never flipped by the Gray walk (which
     * runs over spins 1..lowBits-1) but evaluated both ways, so half the Gray steps and none of
     * spin 0's flip-to-flip dependency remain in the loop.
     */
    private void scanLowBlock(double base, double[] field, double[] lowSpins, long prefix, BestState best) {
        double linear = 0;
        for (int i = 1; i < lowBits; i++) {
            lowSpins[i] = 1.0;
            linear += field[i];
        }
        double[] table = lowTable;
        double field0 = field[0];
        double threshold = best.threshold();
        int gray = 0;
        int steps = table.length >>> 1;
        for (int k = 0; k < steps; k++) {
            if (k > 0) {
                int i = Integer.numberOfTrailingZeros(k) + 1;
                double s = lowSpins[i];
                linear -= 2 * s * field[i];
                lowSpins[i] = -s;
                gray ^= 1 << i;
            }
            double common = base + linear;
            double up = common + field0 + table[gray];
            double down = common - field0 + table[gray | 1];
            if (Math.min(up, down) <= threshold) {
                // offer the lower index first so an exact tie keeps it
                best.offer(up, prefix | gray);
                best.offer(down, prefix | gray | 1);
                threshold = best.threshold();
            }
        }
    }
}
