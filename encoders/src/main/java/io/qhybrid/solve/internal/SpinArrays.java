package io.qhybrid.solve.internal;

import io.qhybrid.model.IsingModel;

/**
 * An Ising model as primitive arrays for hot loops: fields, a compressed-row adjacency (each
 * coupling stored in both rows) and a dense symmetric coupling matrix on demand.
 */
public final class SpinArrays {
    public final int n;
    public final double[] h;
    public final double offset;
    /** Row i's neighbours are {@code neighbour[rowStart[i] .. rowStart[i+1])}. */
    public final int[] rowStart;
    public final int[] neighbour;
    public final double[] weight;

    public SpinArrays(IsingModel model) {
        n = model.numSpins();
        h = model.fields();
        offset = model.offset();
        int[] degree = new int[n];
        for (int k = 0; k < model.couplingCount(); k++) {
            degree[model.couplingI(k)]++;
            degree[model.couplingJ(k)]++;
        }
        rowStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            rowStart[i + 1] = rowStart[i] + degree[i];
        }
        neighbour = new int[rowStart[n]];
        weight = new double[rowStart[n]];
        int[] fill = rowStart.clone();
        for (int k = 0; k < model.couplingCount(); k++) {
            int i = model.couplingI(k);
            int j = model.couplingJ(k);
            double w = model.couplingWeight(k);
            neighbour[fill[i]] = j;
            weight[fill[i]++] = w;
            neighbour[fill[j]] = i;
            weight[fill[j]++] = w;
        }
    }

    /** Row-major n x n symmetric couplings with a zero diagonal. */
    public double[] denseCouplings() {
        double[] dense = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                dense[i * n + neighbour[p]] = weight[p];
            }
        }
        return dense;
    }

    /** {@code h_i + sum_j J_ij s_j} for every i. */
    public double[] localFields(double[] spins) {
        double[] fields = new double[n];
        for (int i = 0; i < n; i++) {
            double f = h[i];
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                f += weight[p] * spins[neighbour[p]];
            }
            fields[i] = f;
        }
        return fields;
    }

    /** Energy of ±1 spins. */
    public double energy(double[] spins) {
        double e = offset;
        for (int i = 0; i < n; i++) {
            double pair = 0;
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                if (neighbour[p] > i) {
                    pair += weight[p] * spins[neighbour[p]];
                }
            }
            e += spins[i] * (h[i] + pair);
        }
        return e;
    }

    /** Sum of all coefficient magnitudes: the energy scale used for tie tolerances. */
    public double scale() {
        double s = Math.abs(offset);
        for (double v : h) {
            s += Math.abs(v);
        }
        for (double w : weight) {
            s += Math.abs(w) / 2;
        }
        return s;
    }

    /** The largest energy change one flip can cause: {@code max_i 2(|h_i| + sum_j |J_ij|)}. */
    public double maxFlipChange() {
        double max = 0;
        for (int i = 0; i < n; i++) {
            double f = Math.abs(h[i]);
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                f += Math.abs(weight[p]);
            }
            max = Math.max(max, 2 * f);
        }
        return max;
    }

    /** Basis-state index of ±1 spins (spin -1 is bit 1). */
    public static long stateOf(double[] spins) {
        long state = 0;
        for (int i = 0; i < spins.length; i++) {
            if (spins[i] < 0) {
                state |= 1L << i;
            }
        }
        return state;
    }
}
