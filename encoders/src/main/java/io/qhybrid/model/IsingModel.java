package io.qhybrid.model;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An Ising model {@code E(s) = offset + sum_i h_i s_i + sum_{i<j} J_ij s_i s_j} over spins
 * {@code s_i in {+1, -1}}. Immutable.
 *
 * <p>Spins map to bits as in the quantum convention, {@code s_i = 1 - 2 b_i}: bit 0 is spin +1
 * (the Z eigenvalue of |0>), bit 1 is spin -1. A basis-state index holds qubit/spin i as bit i.
 * Couplings are kept sparse, each pair once with {@code i < j}, sorted by (i, j).
 */
public final class IsingModel implements Serializable {
    private static final long serialVersionUID = 1L;

    private final double[] h;
    private final int[] couplingI;
    private final int[] couplingJ;
    private final double[] couplingWeight;
    private final double offset;

    private IsingModel(double[] h, int[] couplingI, int[] couplingJ, double[] couplingWeight, double offset) {
        this.h = h;
        this.couplingI = couplingI;
        this.couplingJ = couplingJ;
        this.couplingWeight = couplingWeight;
        this.offset = offset;
    }

    public static Builder builder(int numSpins) {
        return new Builder(numSpins);
    }

    public int numSpins() {
        return h.length;
    }

    public double h(int i) {
        return h[i];
    }

    /** A copy of the local fields. */
    public double[] fields() {
        return h.clone();
    }

    public int couplingCount() {
        return couplingWeight.length;
    }

    public int couplingI(int k) {
        return couplingI[k];
    }

    public int couplingJ(int k) {
        return couplingJ[k];
    }

    public double couplingWeight(int k) {
        return couplingWeight[k];
    }

    public double offset() {
        return offset;
    }

    /** The energy of the basis state whose bit i is spin i ({@code s_i = 1 - 2 b_i}). */
    public double energy(long state) {
        double e = offset;
        for (int i = 0; i < h.length; i++) {
            e += ((state >>> i & 1L) == 0 ? h[i] : -h[i]);
        }
        for (int k = 0; k < couplingWeight.length; k++) {
            long parity = (state >>> couplingI[k] ^ state >>> couplingJ[k]) & 1L;
            e += parity == 0 ? couplingWeight[k] : -couplingWeight[k];
        }
        return e;
    }

    /** The energy of a bitstring written highest-index spin first (qubit 0 rightmost). */
    public double energy(String bitstring) {
        return energy(Bitstrings.toIndex(bitstring, h.length));
    }

    /** A copy with another offset. */
    public IsingModel withOffset(double newOffset) {
        return new IsingModel(h, couplingI, couplingJ, couplingWeight, newOffset);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IsingModel other
                && Arrays.equals(h, other.h)
                && Arrays.equals(couplingI, other.couplingI)
                && Arrays.equals(couplingJ, other.couplingJ)
                && Arrays.equals(couplingWeight, other.couplingWeight)
                && Double.compare(offset, other.offset) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(h), Arrays.hashCode(couplingWeight), Arrays.hashCode(couplingI), offset);
    }

    @Override
    public String toString() {
        return "IsingModel[" + h.length + " spins, " + couplingWeight.length + " couplings, offset " + offset + "]";
    }

    /** Accumulates fields and couplings; repeated pairs add up, (j, i) is the same pair as (i, j). */
    public static final class Builder {
        private final double[] h;
        private final Map<Long, Double> couplings = new TreeMap<>();
        private double offset;

        private Builder(int numSpins) {
            if (numSpins < 1) {
                throw new IllegalArgumentException("an Ising model needs at least one spin, got " + numSpins);
            }
            this.h = new double[numSpins];
        }

        public Builder addField(int i, double value) {
            checkIndex(i);
            checkFinite(value);
            h[i] += value;
            return this;
        }

        public Builder addCoupling(int i, int j, double value) {
            checkIndex(i);
            checkIndex(j);
            checkFinite(value);
            if (i == j) {
                // s_i * s_i = 1: a self-coupling is a constant
                offset += value;
                return this;
            }
            long key = (long) Math.min(i, j) * h.length + Math.max(i, j);
            couplings.merge(key, value, Double::sum);
            return this;
        }

        public Builder addOffset(double value) {
            checkFinite(value);
            offset += value;
            return this;
        }

        private void checkIndex(int i) {
            if (i < 0 || i >= h.length) {
                throw new IllegalArgumentException("spin index " + i + " out of range [0, " + h.length + ")");
            }
        }

        private static void checkFinite(double value) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("coefficients must be finite, got " + value);
            }
        }

        public IsingModel build() {
            int n = h.length;
            int count = (int) couplings.values().stream().filter(w -> w != 0.0).count();
            int[] ci = new int[count];
            int[] cj = new int[count];
            double[] cw = new double[count];
            int k = 0;
            for (Map.Entry<Long, Double> e : couplings.entrySet()) {
                if (e.getValue() == 0.0) {
                    continue;
                }
                ci[k] = (int) (e.getKey() / n);
                cj[k] = (int) (e.getKey() % n);
                cw[k] = e.getValue();
                k++;
            }
            return new IsingModel(h.clone(), ci, cj, cw, offset);
        }
    }
}
