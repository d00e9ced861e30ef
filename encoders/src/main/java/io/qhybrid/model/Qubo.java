package io.qhybrid.model;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A quadratic unconstrained binary optimisation problem
 * {@code E(x) = offset + sum_i a_i x_i + sum_{i<j} b_ij x_i x_j} over bits {@code x_i in {0, 1}},
 * to be minimised. Immutable.
 *
 * <p>Build it from a dense matrix ({@link #fromMatrix}: {@code E(x) = x'Qx + offset}, so
 * {@code a_i = Q_ii} and {@code b_ij = Q_ij + Q_ji}) or sparsely with {@link #builder}. Either way
 * the quadratic terms are stored sparsely, each pair once with {@code i < j}, sorted by (i, j).
 * A basis-state index holds variable i as bit i (qubit 0 is the rightmost bitstring character).
 */
public final class Qubo implements Serializable {
    private static final long serialVersionUID = 1L;

    private final double[] linear;
    private final int[] pairI;
    private final int[] pairJ;
    private final double[] pairWeight;
    private final double offset;

    private Qubo(double[] linear, int[] pairI, int[] pairJ, double[] pairWeight, double offset) {
        this.linear = linear;
        this.pairI = pairI;
        this.pairJ = pairJ;
        this.pairWeight = pairWeight;
        this.offset = offset;
    }

    public static Builder builder(int numVariables) {
        return new Builder(numVariables);
    }

    /** The QUBO {@code x'Qx + offset} of a square matrix (not necessarily symmetric). */
    public static Qubo fromMatrix(double[][] q, double offset) {
        requireNonNull(q, "q is null");
        Builder builder = builder(q.length).addOffset(offset);
        for (int i = 0; i < q.length; i++) {
            if (q[i].length != q.length) {
                throw new IllegalArgumentException("QUBO matrix must be square, row " + i + " has "
                        + q[i].length + " entries for " + q.length + " rows");
            }
            for (int j = 0; j < q.length; j++) {
                if (i == j) {
                    builder.addLinear(i, q[i][i]);
                } else if (q[i][j] != 0.0) {
                    builder.addQuadratic(i, j, q[i][j]);
                }
            }
        }
        return builder.build();
    }

    public int numVariables() {
        return linear.length;
    }

    public double linear(int i) {
        return linear[i];
    }

    public int quadraticCount() {
        return pairWeight.length;
    }

    public int quadraticI(int k) {
        return pairI[k];
    }

    public int quadraticJ(int k) {
        return pairJ[k];
    }

    public double quadraticWeight(int k) {
        return pairWeight[k];
    }

    public double offset() {
        return offset;
    }

    /** The upper-triangular dense matrix U with {@code E(x) = x'Ux + offset}. */
    public double[][] toUpperTriangularMatrix() {
        int n = linear.length;
        double[][] u = new double[n][n];
        for (int i = 0; i < n; i++) {
            u[i][i] = linear[i];
        }
        for (int k = 0; k < pairWeight.length; k++) {
            u[pairI[k]][pairJ[k]] = pairWeight[k];
        }
        return u;
    }

    /** The value of the basis state whose bit i is variable i. */
    public double energy(long state) {
        double e = offset;
        for (int i = 0; i < linear.length; i++) {
            if ((state >>> i & 1L) != 0) {
                e += linear[i];
            }
        }
        for (int k = 0; k < pairWeight.length; k++) {
            if ((state >>> pairI[k] & state >>> pairJ[k] & 1L) != 0) {
                e += pairWeight[k];
            }
        }
        return e;
    }

    /** The value of a bitstring written highest-index variable first (variable 0 rightmost). */
    public double energy(String bitstring) {
        return energy(Bitstrings.toIndex(bitstring, linear.length));
    }

    /** The equivalent Ising model: same energy on every state (see {@link ModelConversions}). */
    public IsingModel toIsing() {
        return ModelConversions.toIsing(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Qubo other
                && Arrays.equals(linear, other.linear)
                && Arrays.equals(pairI, other.pairI)
                && Arrays.equals(pairJ, other.pairJ)
                && Arrays.equals(pairWeight, other.pairWeight)
                && Double.compare(offset, other.offset) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(linear), Arrays.hashCode(pairWeight), Arrays.hashCode(pairI), offset);
    }

    @Override
    public String toString() {
        return "Qubo[" + linear.length + " variables, " + pairWeight.length + " quadratic terms, offset " + offset + "]";
    }

    /** Accumulates terms; repeated pairs add up and (j, i) is the same pair as (i, j). */
    public static final class Builder {
        private final double[] linear;
        private final Map<Long, Double> pairs = new TreeMap<>();
        private double offset;

        private Builder(int numVariables) {
            if (numVariables < 1) {
                throw new IllegalArgumentException("a QUBO needs at least one variable, got " + numVariables);
            }
            this.linear = new double[numVariables];
        }

        public Builder addLinear(int i, double value) {
            checkIndex(i);
            linear[i] += checkFinite(value);
            return this;
        }

        public Builder addQuadratic(int i, int j, double value) {
            checkIndex(i);
            checkIndex(j);
            checkFinite(value);
            if (i == j) {
                // x_i * x_i = x_i for a bit
                linear[i] += value;
                return this;
            }
            long key = (long) Math.min(i, j) * linear.length + Math.max(i, j);
            pairs.merge(key, value, Double::sum);
            return this;
        }

        public Builder addOffset(double value) {
            offset += checkFinite(value);
            return this;
        }

        private void checkIndex(int i) {
            if (i < 0 || i >= linear.length) {
                throw new IllegalArgumentException("variable index " + i + " out of range [0, " + linear.length + ")");
            }
        }

        private static double checkFinite(double value) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("coefficients must be finite, got " + value);
            }
            return value;
        }

        public Qubo build() {
            int n = linear.length;
            int count = (int) pairs.values().stream().filter(w -> w != 0.0).count();
            int[] pi = new int[count];
            int[] pj = new int[count];
            double[] pw = new double[count];
            int k = 0;
            for (Map.Entry<Long, Double> e : pairs.entrySet()) {
                if (e.getValue() == 0.0) {
                    continue;
                }
                pi[k] = (int) (e.getKey() / n);
                pj[k] = (int) (e.getKey() % n);
                pw[k] = e.getValue();
                k++;
            }
            return new Qubo(linear.clone(), pi, pj, pw, offset);
        }
    }
}
