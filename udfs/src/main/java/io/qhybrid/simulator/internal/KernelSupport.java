package io.qhybrid.simulator.internal;

/**
 * Picks the SIMD kernels when the JVM was started with {@code --add-modules
 * jdk.incubator.vector}, the scalar ones otherwise; both give the same results to rounding.
 * {@code -Dqhybrid.simulator.vector=false} forces the scalar path.
 */
public final class KernelSupport {
    /** True when the Vector API kernels run. */
    public static final boolean VECTOR = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
            && !"false".equals(System.getProperty("qhybrid.simulator.vector"));

    private KernelSupport() {}

    /**
     * Applies a 2x2 to qubit t of a whole state laid out by {@code layout}, over pair indices
     * [from, to), SIMD when available.
     */
    public static void apply1q(double[] amp, StateLayout layout, int t, double[] m, long from, long to) {
        if (VECTOR) {
            VectorKernels.apply1q(amp, layout, t, m, from, to);
        } else {
            Kernels.apply1q(amp, layout, t, m, from, to);
        }
    }

    /**
     * Applies a 2x2 to qubit t of the amplitudes [from, to) (real parts at amp[i], imaginary parts
     * at amp[im + i]), counted from {@code from} (which need not be a multiple of anything);
     * to - from is a multiple of 2^(t+1).
     */
    public static void applyWithin(double[] amp, int im, int t, double[] m, int from, int to) {
        if (VECTOR) {
            VectorKernels.applyWithin(amp, im, t, m, from, to);
        } else {
            int s = 1 << t;
            for (int lo = from; lo < to; lo += 2 * s) {
                run(amp, im, lo, lo + s, s, m);
            }
        }
    }

    /** Applies a 2x2 to the pairs (i0 + j, i1 + j), j in [0, len). */
    public static void run(double[] amp, int im, int i0, int i1, int len, double[] m) {
        if (VECTOR) {
            VectorKernels.run(amp, im, i0, i1, len, m);
        } else {
            for (int j = 0; j < len; j++) {
                int p = i0 + j, q = i1 + j;
                double x0 = amp[p], y0 = amp[im + p], x1 = amp[q], y1 = amp[im + q];
                amp[p] = m[0] * x0 - m[1] * y0 + m[2] * x1 - m[3] * y1;
                amp[im + p] = m[0] * y0 + m[1] * x0 + m[2] * y1 + m[3] * x1;
                amp[q] = m[4] * x0 - m[5] * y0 + m[6] * x1 - m[7] * y1;
                amp[im + q] = m[4] * y0 + m[5] * x0 + m[6] * y1 + m[7] * x1;
            }
        }
    }

    /** A human-readable name of the active kernels, for benchmark output. */
    public static String describe() {
        return VECTOR ? "vector (" + VectorKernels.LANES + " doubles per vector)" : "scalar";
    }
}
