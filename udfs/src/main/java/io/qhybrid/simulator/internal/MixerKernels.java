package io.qhybrid.simulator.internal;

/**
 * The QAOA mixer's building blocks: the matrix [[c, -is], [-is, c]] on every qubit of a
 * cache-sized block, and on a group of high qubits over a set of lines. With c = cos(beta),
 * s = sin(beta) that is RX(2 beta); callers that fold cos(beta)^n elsewhere pass c = 1,
 * s = tan(beta), which takes the SIMD radix-4 kernels of {@code VectorRx}. Anything else runs
 * the general 2x2 kernels.
 */
public final class MixerKernels {
    private MixerKernels() {}

    /**
     * RX on qubits 0 .. blockBits-1 of the amplitudes [base, base + 2^blockBits). Indices are
     * relative to base, which need not be a multiple of the block (see {@code QaoaEvolution}'s origin).
     */
    public static void block(double[] amp, int im, int base, int blockBits, double c, double s) {
        int size = 1 << blockBits;
        if (!KernelSupport.VECTOR || blockBits < VectorRx.LANE_BITS || c != 1.0) {
            double[] rx = {c, 0, 0, -s, 0, -s, c, 0};
            for (int q = 0; q < blockBits; q++) {
                KernelSupport.applyWithin(amp, im, q, rx, base, base + size);
            }
            return;
        }
        VectorRx.inVector(amp, im, base, base + size, s);
        aboveVector(amp, im, base, blockBits, s);
    }

    /**
     * The SIMD scaled form (c = 1, s = tan(beta)) on qubits LANE_BITS .. blockBits-1 of the block
     * at base only: for callers that did the qubits inside one vector already ({@link PhaseKernels}).
     */
    static void aboveVector(double[] amp, int im, int base, int blockBits, double s) {
        int size = 1 << blockBits;
        int q = VectorRx.LANE_BITS;
        for (; q + 1 < blockBits; q += 2) {
            int s1 = 1 << q, s2 = s1 << 1;
            for (int hi = base, end = base + size; hi < end; hi += 2 * s2) {
                VectorRx.quads(amp, im, hi, s1, s2, s1, s);
            }
        }
        if (q < blockBits) {
            int s1 = 1 << q;
            for (int hi = base, end = base + size; hi < end; hi += 2 * s1) {
                VectorRx.pairs(amp, im, hi, s1, s1, s);
            }
        }
    }

    /**
     * The mixer's top qubit on a parity-symmetric state held as its lower half: the partner of x is
     * x with the top bit flipped, whose amplitude is stored at its complement, {@code M - x}. So
     * pairs run from both ends: (lo + j, hiLast - j) for j in [0, len).
     */
    public static void mirrored(double[] amp, int im, int lo, int hiLast, int len, double c, double s) {
        int j = 0;
        if (KernelSupport.VECTOR && c == 1.0 && len >= VectorRx.LANES) {
            j = len - len % VectorRx.LANES;
            VectorRx.mirrored(amp, im, lo, hiLast, j, s);
        }
        for (; j < len; j++) {
            int p = lo + j, q = hiLast - j;
            double x0 = amp[p], y0 = amp[im + p], x1 = amp[q], y1 = amp[im + q];
            amp[p] = c * x0 + s * y1;
            amp[im + p] = c * y0 - s * x1;
            amp[q] = c * x1 + s * y0;
            amp[im + q] = c * y1 - s * x0;
        }
    }

    /**
     * RX on qubits g0 .. g1-1 for the 2^(g1-g0) lines {@code base + (r << g0) + [0, line)}; every
     * qubit of the group lies above the line, so each line meets its partners at the same offset.
     */
    public static void group(double[] amp, int im, int base, int g0, int g1, int line, double c, double s) {
        int width = g1 - g0;
        if (!KernelSupport.VECTOR || line % VectorRx.LANES != 0 || c != 1.0) {
            double[] rx = {c, 0, 0, -s, 0, -s, c, 0};
            for (int q = g0; q < g1; q++) {
                for (int r = 0; r < 1 << width; r++) {
                    if ((r >>> (q - g0) & 1) == 0) {
                        int a0 = base + (r << g0);
                        KernelSupport.run(amp, im, a0, a0 + (1 << q), line, rx);
                    }
                }
            }
            return;
        }
        int q = g0;
        for (; q + 1 < g1; q += 2) {
            int mask = 3 << (q - g0);
            for (int r = 0; r < 1 << width; r++) {
                if ((r & mask) == 0) {
                    VectorRx.quads(amp, im, base + (r << g0), 1 << q, 1 << (q + 1), line, s);
                }
            }
        }
        if (q < g1) {
            for (int r = 0; r < 1 << width; r++) {
                if ((r >>> (q - g0) & 1) == 0) {
                    VectorRx.pairs(amp, im, base + (r << g0), 1 << q, line, s);
                }
            }
        }
    }
}
