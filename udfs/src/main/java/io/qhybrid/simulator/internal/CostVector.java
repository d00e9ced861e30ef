package io.qhybrid.simulator.internal;

import static java.util.Objects.requireNonNull;

import io.qhybrid.model.IsingModel;

/**
 * The diagonal of an Ising cost Hamiltonian over all 2^n basis states, computed once per problem.
 * When every field and coupling is an integer multiple of a common unit and the energies span at
 * most 256 levels (integer-weighted Max-Cut, for one), it is stored as one byte per state plus
 * that unit: a cost layer then reads 1 byte instead of 8 and looks its phase up in a 256-entry
 * table instead of calling sin and cos per amplitude, and {@link LanePatterns} lets it do so 8
 * amplitudes at a time. Otherwise it is a double per state.
 *
 * <p>Energies exclude the model's offset, a global phase in QAOA: {@code E(z) - offset}.
 *
 * <p>A model without fields (Max-Cut, any pure coupling model) is parity symmetric: flipping every
 * spin leaves E unchanged, E(z) = E(~z). Such a vector holds only the states whose top bit is 0,
 * 2^(n-1) entries, and {@link #energy} folds the other half onto them.
 */
public final class CostVector {
    private static final double SCALE = 1 << 20;
    private static final int MAX_LEVELS = 256;

    private final int numQubits;
    private final double offset;
    private final byte[] levels;
    private final double unit;
    private final int shift;
    private final double[] energies;
    private final LanePatterns lanes;

    private CostVector(int numQubits, double offset, byte[] levels, double unit, int shift, double[] energies,
            LanePatterns lanes) {
        this.numQubits = numQubits;
        this.offset = offset;
        this.levels = levels;
        this.unit = unit;
        this.shift = shift;
        this.energies = energies;
        this.lanes = lanes;
    }

    public static CostVector of(IsingModel model) {
        requireNonNull(model, "model is null");
        int n = model.numSpins();
        int stateBits = paritySymmetric(model) ? n - 1 : n;
        long unitScaled = commonUnit(model);
        if (unitScaled > 0) {
            double unit = unitScaled / SCALE;
            long span = 0;
            for (int i = 0; i < n; i++) {
                span += Math.round(Math.abs(model.h(i)) / unit);
            }
            for (int k = 0; k < model.couplingCount(); k++) {
                span += Math.round(Math.abs(model.couplingWeight(k)) / unit);
            }
            if (2 * span < MAX_LEVELS) {
                byte[] levels = byteLevels(model, stateBits, unit, (int) span);
                return new CostVector(n, model.offset(), levels, unit, (int) span, null,
                        LanePatterns.of(model, levels, unit, stateBits));
            }
        }
        return new CostVector(n, model.offset(), null, 0, 0, doubleEnergies(model, stateBits), null);
    }

    /** No field on any spin, so E(z) = E(~z); needs two spins for the half to be a whole state of its own. */
    private static boolean paritySymmetric(IsingModel model) {
        if (model.numSpins() < 2) {
            return false;
        }
        for (int i = 0; i < model.numSpins(); i++) {
            if (model.h(i) != 0) {
                return false;
            }
        }
        return true;
    }

    /** The largest u = g / 2^20 dividing every coefficient exactly, as g; 0 when there is none. */
    private static long commonUnit(IsingModel model) {
        long g = 0;
        for (int i = 0; i < model.numSpins(); i++) {
            long v = scaled(model.h(i));
            if (v < 0) {
                return 0;
            }
            g = gcd(g, v);
        }
        for (int k = 0; k < model.couplingCount(); k++) {
            long v = scaled(model.couplingWeight(k));
            if (v < 0) {
                return 0;
            }
            g = gcd(g, v);
        }
        return g;
    }

    private static long scaled(double value) {
        double s = Math.abs(value) * SCALE;
        return s == Math.rint(s) && s < 1L << 52 ? (long) s : -1;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /**
     * Builds level(z) = (E(z) - offset) / unit + span by doubling: flipping spin k from +1 to -1
     * while every higher spin is +1 changes the energy by
     * -2 (h_k + sum_{j>k} J_kj) - 2 sum_{j<k} J_jk s_j, so the states with bit k set follow
     * from those without in one pass of 2^k entries. Stops at {@code stateBits}: a symmetric vector
     * keeps the states whose top spin is +1.
     */
    private static byte[] byteLevels(IsingModel model, int stateBits, double unit, int span) {
        int n = model.numSpins();
        int[][] neighbours = new int[n][];
        int[][] weights = new int[n][];
        lowerNeighbours(model, neighbours, weights, unit);
        byte[] levels = new byte[1 << stateBits];
        long start = 0;
        for (int i = 0; i < n; i++) {
            start += Math.round(model.h(i) / unit);
        }
        for (int k = 0; k < model.couplingCount(); k++) {
            start += Math.round(model.couplingWeight(k) / unit);
        }
        levels[0] = (byte) (start + span);
        // couplings to higher spins, still +1 when spin k flips, act like extra field on k
        long[] field = new long[n];
        for (int i = 0; i < n; i++) {
            field[i] = Math.round(model.h(i) / unit);
        }
        for (int c = 0; c < model.couplingCount(); c++) {
            field[model.couplingI(c)] += Math.round(model.couplingWeight(c) / unit);
        }
        for (int k = 0; k < stateBits; k++) {
            int[] nb = neighbours[k];
            int[] w = weights[k];
            int size = 1 << k;
            for (int z = 0; z < size; z++) {
                int delta = (int) (-2 * field[k]);
                for (int e = 0; e < nb.length; e++) {
                    delta -= (z >>> nb[e] & 1) == 0 ? 2 * w[e] : -2 * w[e];
                }
                levels[z | size] = (byte) ((levels[z] & 0xFF) + delta);
            }
        }
        return levels;
    }

    private static void lowerNeighbours(IsingModel model, int[][] neighbours, int[][] weights, double unit) {
        int n = model.numSpins();
        int[] degree = new int[n];
        for (int k = 0; k < model.couplingCount(); k++) {
            degree[model.couplingJ(k)]++;
        }
        for (int q = 0; q < n; q++) {
            neighbours[q] = new int[degree[q]];
            weights[q] = new int[degree[q]];
            degree[q] = 0;
        }
        for (int k = 0; k < model.couplingCount(); k++) {
            int j = model.couplingJ(k);
            neighbours[j][degree[j]] = model.couplingI(k);
            weights[j][degree[j]++] = unit == 0 ? 0 : (int) Math.round(model.couplingWeight(k) / unit);
        }
    }

    private static double[] doubleEnergies(IsingModel model, int stateBits) {
        int n = model.numSpins();
        double[] e = new double[1 << stateBits];
        double start = 0;
        for (int i = 0; i < n; i++) {
            start += model.h(i);
        }
        for (int k = 0; k < model.couplingCount(); k++) {
            start += model.couplingWeight(k);
        }
        e[0] = start;
        int[][] neighbours = new int[n][];
        double[][] weights = new double[n][];
        int[] degree = new int[n];
        for (int c = 0; c < model.couplingCount(); c++) {
            degree[model.couplingJ(c)]++;
        }
        for (int q = 0; q < n; q++) {
            neighbours[q] = new int[degree[q]];
            weights[q] = new double[degree[q]];
            degree[q] = 0;
        }
        for (int c = 0; c < model.couplingCount(); c++) {
            int j = model.couplingJ(c);
            neighbours[j][degree[j]] = model.couplingI(c);
            weights[j][degree[j]++] = model.couplingWeight(c);
        }
        double[] field = model.fields();
        for (int c = 0; c < model.couplingCount(); c++) {
            field[model.couplingI(c)] += model.couplingWeight(c);
        }
        for (int k = 0; k < stateBits; k++) {
            int size = 1 << k;
            int[] nb = neighbours[k];
            double[] w = weights[k];
            for (int z = 0; z < size; z++) {
                double delta = -2 * field[k];
                for (int c = 0; c < nb.length; c++) {
                    delta -= (z >>> nb[c] & 1) == 0 ? 2 * w[c] : -2 * w[c];
                }
                e[z | size] = e[z] + delta;
            }
        }
        return e;
    }

    public int numQubits() {
        return numQubits;
    }

    /** True when E(z) = E(~z) and only the half with the top bit 0 is held. */
    public boolean isSymmetric() {
        return stateLength() < 1L << numQubits;
    }

    /** Entries held: 2^(n-1) when symmetric, 2^n otherwise. */
    public int stateLength() {
        return levels != null ? levels.length : energies.length;
    }

    public boolean isCompact() {
        return levels != null;
    }

    public double offset() {
        return offset;
    }

    /** Bytes held per basis state: 1 compact, 8 otherwise. */
    public int bytesPerState() {
        return levels != null ? 1 : 8;
    }

    byte[] levels() {
        return levels;
    }

    double[] energies() {
        return energies;
    }

    /** The levels of each run of 8 states as the first's plus a pattern; null when not compact or none fits. */
    LanePatterns lanePatterns() {
        return lanes;
    }

    /** True when a cost phase can be applied 8 amplitudes at a time ({@link LanePatterns}). */
    public boolean hasLanePatterns() {
        return lanes != null;
    }

    /** E(z) - offset of the level {@code level}; compact vectors only. */
    double levelEnergy(int level) {
        return unit * (level - shift);
    }

    double unit() {
        return unit;
    }

    int shift() {
        return shift;
    }

    /** E(z) - offset for one basis state. */
    public double energy(long index) {
        int i = (int) (index >= stateLength() && isSymmetric() ? ~index & ((1L << numQubits) - 1) : index);
        return levels != null ? levelEnergy(levels[i] & 0xFF) : energies[i];
    }
}
