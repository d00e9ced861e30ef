package io.qhybrid.simulator.internal;

/**
 * In-place gate kernels on a whole state laid out by {@link StateLayout} (amplitude i's real part
 * at amp[layout.index(i)], its imaginary part {@code im} further on), index bit k being qubit k.
 * Every kernel works on a sub-range of its work items so that {@link Parallel} can split it; no
 * kernel allocates. Matrices are complex, row-major, interleaved (re, im): a 2x2 is 8 doubles, a
 * 4x4 is 32. For two-qubit matrices the local basis index is {@code bit(q0) + 2 * bit(q1)}.
 */
public final class Kernels {
    private Kernels() {}

    /** Applies a 2x2 matrix to qubit t over pair indices [from, to); there are 2^(n-1) pairs. */
    public static void apply1q(double[] amp, StateLayout layout, int t, double[] m, long from, long to) {
        final double ar = m[0], ai = m[1], br = m[2], bi = m[3];
        final double cr = m[4], ci = m[5], dr = m[6], di = m[7];
        final int s = 1 << t, im = layout.im;
        long k = from;
        while (k < to) {
            int low = (int) (k & (s - 1));
            int i0 = (int) (((k >>> t) << (t + 1)) | low);
            int len = (int) Math.min(s - low, to - k);
            // a contiguous run of pairs: both runs lie inside one half of the layout, or (the top
            // qubit) one in each, so two look-ups place them
            int p0 = layout.index(i0), p1 = layout.index(i0 + s);
            for (int j = 0; j < len; j++) {
                int a = p0 + j, b = p1 + j;
                double x0 = amp[a], y0 = amp[im + a], x1 = amp[b], y1 = amp[im + b];
                amp[a] = ar * x0 - ai * y0 + br * x1 - bi * y1;
                amp[im + a] = ar * y0 + ai * x0 + br * y1 + bi * x1;
                amp[b] = cr * x0 - ci * y0 + dr * x1 - di * y1;
                amp[im + b] = cr * y0 + ci * x0 + dr * y1 + di * x1;
            }
            k += len;
        }
    }

    /** Multiplies amplitudes whose bit t is 0 by d0 and those with bit t set by d1, over [from, to) amplitudes. */
    public static void applyDiagonal1q(double[] amp, StateLayout layout, int t, double d0r, double d0i, double d1r,
            double d1i, long from, long to) {
        final int im = layout.im;
        for (int i = (int) from, end = (int) to; i < end; i++) {
            boolean one = (i >>> t & 1) != 0;
            double dr = one ? d1r : d0r, di = one ? d1i : d0i;
            int a = layout.index(i);
            double x = amp[a], y = amp[im + a];
            amp[a] = dr * x - di * y;
            amp[im + a] = dr * y + di * x;
        }
    }

    /** Applies a 4x4 matrix to qubits (q0, q1) over quad indices [from, to); there are 2^(n-2) quads. */
    public static void apply2q(double[] amp, StateLayout layout, int q0, int q1, double[] m, long from, long to) {
        int lo = Math.min(q0, q1), hi = Math.max(q0, q1);
        int b0 = 1 << q0, b1 = 1 << q1, im = layout.im;
        for (long k = from; k < to; k++) {
            int base = (int) insertZero(insertZero(k, lo), hi);
            int i0 = layout.index(base), i1 = layout.index(base | b0);
            int i2 = layout.index(base | b1), i3 = layout.index(base | b0 | b1);
            double x0 = amp[i0], y0 = amp[im + i0], x1 = amp[i1], y1 = amp[im + i1];
            double x2 = amp[i2], y2 = amp[im + i2], x3 = amp[i3], y3 = amp[im + i3];
            for (int r = 0; r < 4; r++) {
                int o = 8 * r;
                double sr = m[o] * x0 - m[o + 1] * y0 + m[o + 2] * x1 - m[o + 3] * y1
                        + m[o + 4] * x2 - m[o + 5] * y2 + m[o + 6] * x3 - m[o + 7] * y3;
                double si = m[o] * y0 + m[o + 1] * x0 + m[o + 2] * y1 + m[o + 3] * x1
                        + m[o + 4] * y2 + m[o + 5] * x2 + m[o + 6] * y3 + m[o + 7] * x3;
                int target = r == 0 ? i0 : r == 1 ? i1 : r == 2 ? i2 : i3;
                amp[target] = sr;
                amp[im + target] = si;
            }
        }
    }

    /** Multiplies each amplitude by d[bit(q0) + 2 bit(q1)] (d interleaved, 8 doubles) over [from, to). */
    public static void applyDiagonal2q(double[] amp, StateLayout layout, int q0, int q1, double[] d, long from, long to) {
        final int im = layout.im;
        for (int i = (int) from, end = (int) to; i < end; i++) {
            int local = (i >>> q0 & 1) | (i >>> q1 & 1) << 1;
            double dr = d[2 * local], di = d[2 * local + 1];
            int a = layout.index(i);
            double x = amp[a], y = amp[im + a];
            amp[a] = dr * x - di * y;
            amp[im + a] = dr * y + di * x;
        }
    }

    /** The index with a zero bit inserted at position {@code bit}, higher bits shifted up. */
    public static long insertZero(long k, int bit) {
        long lowMask = (1L << bit) - 1;
        return ((k & ~lowMask) << 1) | (k & lowMask);
    }
}
