package io.qhybrid.simulator.internal;

import io.qhybrid.model.IsingModel;

/**
 * Exact expectation values computed from amplitudes, without sampling, of a whole state laid out
 * as {@link StateLayout} describes.
 */
public final class Observables {
    private Observables() {}

    /** {@code sum_i |a_i|^2 E(i)} for a diagonal Ising observable. */
    public static double ising(double[] amp, StateLayout layout, IsingModel model, Parallel parallel) {
        int n = model.numSpins();
        double[] h = model.fields();
        int couplings = model.couplingCount();
        int[] ci = new int[couplings], cj = new int[couplings];
        double[] w = new double[couplings];
        for (int k = 0; k < couplings; k++) {
            ci[k] = model.couplingI(k);
            cj[k] = model.couplingJ(k);
            w[k] = model.couplingWeight(k);
        }
        int im = layout.im;
        double sum = parallel.sum(layout.length, (from, to) -> {
            double s = 0;
            for (int i = (int) from; i < to; i++) {
                int a = layout.index(i);
                double p = amp[a] * amp[a] + amp[im + a] * amp[im + a];
                if (p == 0) {
                    continue;
                }
                double e = 0;
                for (int q = 0; q < n; q++) {
                    e += (i >>> q & 1) == 0 ? h[q] : -h[q];
                }
                for (int k = 0; k < couplings; k++) {
                    e += ((i >>> ci[k] ^ i >>> cj[k]) & 1) == 0 ? w[k] : -w[k];
                }
                s += p * e;
            }
            return s;
        });
        return sum + model.offset();
    }

    /**
     * {@code <psi| P |psi>} for one Pauli string given by its flip mask (X, Y), sign mask (Y, Z) and
     * number of Y factors: {@code P|i> = i^{nY} (-1)^{|i & sign|} |i ^ flip>}.
     */
    public static double pauli(double[] amp, StateLayout layout, long flip, long sign, int yCount, Parallel parallel) {
        int f = (int) flip, sm = (int) sign;
        double real = parallel.sum(layout.length, (from, to) -> sumPart(amp, layout, f, sm, from, to, true));
        double imag = parallel.sum(layout.length, (from, to) -> sumPart(amp, layout, f, sm, from, to, false));
        // multiply (real + i imag) by i^{yCount} and keep the real part
        switch (yCount & 3) {
            case 0: return real;
            case 1: return -imag;
            case 2: return -real;
            default: return imag;
        }
    }

    private static double sumPart(double[] amp, StateLayout layout, int flip, int sign, long from, long to,
            boolean realPart) {
        int im = layout.im;
        double s = 0;
        for (int i = (int) from; i < to; i++) {
            int a = layout.index(i), b = layout.index(i ^ flip);
            // conj(a_j) * a_i, j = i ^ flip
            double v = realPart ? amp[b] * amp[a] + amp[im + b] * amp[im + a] : amp[b] * amp[im + a] - amp[im + b] * amp[a];
            s += (Integer.bitCount(i & sign) & 1) == 0 ? v : -v;
        }
        return s;
    }
}
