package io.qhybrid.solve.internal;

import io.qhybrid.model.PauliSum;
import io.qhybrid.model.PauliWord;

/**
 * A Pauli sum prepared for matrix-free use: per term an X mask, a Z mask and the coefficient
 * times {@code i^{#Y}} split into real and imaginary parts. A word maps {@code |b>} to
 * {@code i^{#Y} (-1)^{popcount(b & z)} |b ^ x>} because {@code Y = i X Z}.
 */
public final class PauliOperator {
    private final int numQubits;
    private final long[] xMask;
    private final long[] zMask;
    private final double[] phaseRe;
    private final double[] phaseIm;

    public PauliOperator(PauliSum sum) {
        numQubits = sum.numQubits();
        int terms = sum.size();
        xMask = new long[terms];
        zMask = new long[terms];
        phaseRe = new double[terms];
        phaseIm = new double[terms];
        for (int k = 0; k < terms; k++) {
            PauliWord word = sum.word(k);
            xMask[k] = word.xMask();
            zMask[k] = word.zMask();
            double c = sum.coefficient(k);
            switch (word.yCount() & 3) {
                case 0: phaseRe[k] = c; break;
                case 1: phaseIm[k] = c; break;
                case 2: phaseRe[k] = -c; break;
                default: phaseIm[k] = -c; break;
            }
        }
    }

    public int dimension() {
        return 1 << numQubits;
    }

    /** {@code out = H in} for complex vectors stored as separate real and imaginary arrays. */
    public void apply(double[] inRe, double[] inIm, double[] outRe, double[] outIm) {
        int dim = inRe.length;
        java.util.Arrays.fill(outRe, 0, dim, 0.0);
        java.util.Arrays.fill(outIm, 0, dim, 0.0);
        for (int k = 0; k < xMask.length; k++) {
            int x = (int) xMask[k];
            long z = zMask[k];
            double pr = phaseRe[k];
            double pi = phaseIm[k];
            for (int b = 0; b < dim; b++) {
                double sign = (Long.bitCount(b & z) & 1) == 0 ? 1.0 : -1.0;
                double re = inRe[b];
                double im = inIm[b];
                int target = b ^ x;
                outRe[target] += sign * (pr * re - pi * im);
                outIm[target] += sign * (pr * im + pi * re);
            }
        }
    }

    /** The dense matrix as real and imaginary parts, {@code [row][column]}. */
    public double[][][] denseMatrix() {
        int dim = dimension();
        double[][] re = new double[dim][dim];
        double[][] im = new double[dim][dim];
        for (int k = 0; k < xMask.length; k++) {
            int x = (int) xMask[k];
            for (int b = 0; b < dim; b++) {
                double sign = (Long.bitCount(b & zMask[k]) & 1) == 0 ? 1.0 : -1.0;
                re[b ^ x][b] += sign * phaseRe[k];
                im[b ^ x][b] += sign * phaseIm[k];
            }
        }
        return new double[][][] {re, im};
    }
}
