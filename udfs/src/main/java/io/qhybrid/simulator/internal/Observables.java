package io.qhybrid.simulator.internal;

import io.qhybrid.model.IsingModel;

/**
 * Exact expectation values computed from amplitudes, without sampling, of a whole state laid out
 * as {@link StateLayout} describes (imaginary parts {@code im} after the real ones, nothing after them).
 */
public final class Observables {
    private Observables() {}

    /** {@code sum_i |a_i|^2 E(i)} for a diagonal Ising observable. */
    public static double ising(double[] amp, int im, IsingModel model, Parallel parallel) {
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
        double sum = parallel.sum(amp.length - im, (from, to) -> {
            double s = 0;
            for (int i = (int) from; i < to; i++) {
                double p = amp[i] * amp[i] + amp[im + i] * amp[im + i];
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
    public static double pauli(double[] amp, int im, long flip, long sign, int yCount, Parallel parallel) {
        int f = (int) flip, sm = (int) sign;
        double real = parallel.sum(amp.length - im, (from, to) -> sumPart(amp, im, f, sm, from, to, true));
        double imag = parallel.sum(amp.length - im, (from, to) -> sumPart(amp, im, f, sm, from, to, false));
        // multiply (real + i imag) by i^{yCount} and keep the real part
        switch (yCount & 3) {
            case 0: return real;
            case 1: return -imag;
            case 2: return -real;
            default: return imag;
        }
    }

    private static double sumPart(double[] amp, int im, int flip, int sign, long from, long to, boolean realPart) {
        double s = 0;
        for (int i = (int) from; i < to; i++) {
            int j = i ^ flip;
            // conj(a_j) * a_i
            double v = realPart ? amp[j] * amp[i] + amp[im + j] * amp[im + i] : amp[j] * amp[im + i] - amp[im + j] * amp[i];
            s += (Integer.bitCount(i & sign) & 1) == 0 ? v : -v;
        }
        return s;
    }
}
