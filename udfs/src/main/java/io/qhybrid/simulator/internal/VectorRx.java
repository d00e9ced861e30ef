package io.qhybrid.simulator.internal;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * SIMD kernels for the QAOA mixer in scaled form: RX(2 beta) = cos(beta) [[1, -it], [-it, 1]] with
 * t = tan(beta). The caller folds cos(beta)^n into the cost phase, so each pair costs 4 fused
 * multiply-adds instead of a general 2x2's 16 multiplies and 12 adds: the in-cache stages are
 * bound by arithmetic, not memory. Two qubits are done per load and store (radix 4); the
 * qubits inside one vector are done all at once by lane permutations. Only loaded when
 * {@link KernelSupport#VECTOR} is true.
 */
final class VectorRx {
    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    static final int LANES = SPECIES.length();
    static final int LANE_BITS = Integer.numberOfTrailingZeros(LANES);
    private static final VectorShuffle<Double> REVERSE = VectorShuffle.fromOp(SPECIES, lane -> LANES - 1 - lane);

    private VectorRx() {}

    /** Both qubits of stride s1 and s2 (both >= LANES) for the quads at i0 + j, j in [0, len). */
    static void quads(double[] amp, int im, int i0, int s1, int s2, int len, double t) {
        DoubleVector vt = DoubleVector.broadcast(SPECIES, t), nt = DoubleVector.broadcast(SPECIES, -t);
        for (int j = i0, end = i0 + len; j < end; j += LANES) {
            int j1 = j + s1, j2 = j + s2, j3 = j1 + s2;
            DoubleVector r0 = DoubleVector.fromArray(SPECIES, amp, j), i0v = DoubleVector.fromArray(SPECIES, amp, im + j);
            DoubleVector r1 = DoubleVector.fromArray(SPECIES, amp, j1), i1 = DoubleVector.fromArray(SPECIES, amp, im + j1);
            DoubleVector r2 = DoubleVector.fromArray(SPECIES, amp, j2), i2 = DoubleVector.fromArray(SPECIES, amp, im + j2);
            DoubleVector r3 = DoubleVector.fromArray(SPECIES, amp, j3), i3 = DoubleVector.fromArray(SPECIES, amp, im + j3);
            // first qubit, pairs (0,1) and (2,3): (x, p) -> x - i t p, i.e. re x_r + t p_i, im x_i - t p_r
            DoubleVector a0 = vt.fma(i1, r0), b0 = nt.fma(r1, i0v);
            DoubleVector a1 = vt.fma(i0v, r1), b1 = nt.fma(r0, i1);
            DoubleVector a2 = vt.fma(i3, r2), b2 = nt.fma(r3, i2);
            DoubleVector a3 = vt.fma(i2, r3), b3 = nt.fma(r2, i3);
            // second qubit, pairs (0,2) and (1,3)
            vt.fma(b2, a0).intoArray(amp, j);
            nt.fma(a2, b0).intoArray(amp, im + j);
            vt.fma(b0, a2).intoArray(amp, j2);
            nt.fma(a0, b2).intoArray(amp, im + j2);
            vt.fma(b3, a1).intoArray(amp, j1);
            nt.fma(a3, b1).intoArray(amp, im + j1);
            vt.fma(b1, a3).intoArray(amp, j3);
            nt.fma(a1, b3).intoArray(amp, im + j3);
        }
    }

    /** One qubit of stride s (>= LANES) for the pairs at i0 + j, j in [0, len). */
    static void pairs(double[] amp, int im, int i0, int s, int len, double t) {
        DoubleVector vt = DoubleVector.broadcast(SPECIES, t), nt = DoubleVector.broadcast(SPECIES, -t);
        for (int j = i0, end = i0 + len; j < end; j += LANES) {
            int j1 = j + s;
            DoubleVector r0 = DoubleVector.fromArray(SPECIES, amp, j), i0v = DoubleVector.fromArray(SPECIES, amp, im + j);
            DoubleVector r1 = DoubleVector.fromArray(SPECIES, amp, j1), i1 = DoubleVector.fromArray(SPECIES, amp, im + j1);
            vt.fma(i1, r0).intoArray(amp, j);
            nt.fma(r1, i0v).intoArray(amp, im + j);
            vt.fma(i0v, r1).intoArray(amp, j1);
            nt.fma(r0, i1).intoArray(amp, im + j1);
        }
    }

    /** Pairs (lo + j, hiLast - j) for j in [0, len), len a multiple of LANES: the partner run reversed. */
    static void mirrored(double[] amp, int im, int lo, int hiLast, int len, double t) {
        DoubleVector vt = DoubleVector.broadcast(SPECIES, t), nt = DoubleVector.broadcast(SPECIES, -t);
        for (int j = 0; j < len; j += LANES) {
            int p = lo + j, q = hiLast - j - (LANES - 1);
            DoubleVector r0 = DoubleVector.fromArray(SPECIES, amp, p), i0 = DoubleVector.fromArray(SPECIES, amp, im + p);
            DoubleVector r1 = DoubleVector.fromArray(SPECIES, amp, q).rearrange(REVERSE);
            DoubleVector i1 = DoubleVector.fromArray(SPECIES, amp, im + q).rearrange(REVERSE);
            vt.fma(i1, r0).intoArray(amp, p);
            nt.fma(r1, i0).intoArray(amp, im + p);
            vt.fma(i0, r1).rearrange(REVERSE).intoArray(amp, q);
            nt.fma(r0, i1).rearrange(REVERSE).intoArray(amp, im + q);
        }
    }

    /** Every qubit below LANE_BITS for amplitudes [from, to) (a multiple of LANES long). */
    static void inVector(double[] amp, int im, int from, int to, double t) {
        DoubleVector vt = DoubleVector.broadcast(SPECIES, t), nt = DoubleVector.broadcast(SPECIES, -t);
        VectorShuffle<Double> p0 = VectorShuffle.fromOp(SPECIES, lane -> lane ^ 1);
        VectorShuffle<Double> p1 = VectorShuffle.fromOp(SPECIES, lane -> LANES > 2 ? lane ^ 2 : lane);
        VectorShuffle<Double> p2 = VectorShuffle.fromOp(SPECIES, lane -> LANES > 4 ? lane ^ 4 : lane);
        for (int i = from; i < to; i += LANES) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, amp, i), y = DoubleVector.fromArray(SPECIES, amp, im + i);
            DoubleVector nx = vt.fma(y.rearrange(p0), x), ny = nt.fma(x.rearrange(p0), y);
            if (LANES > 2) {
                x = vt.fma(ny.rearrange(p1), nx);
                y = nt.fma(nx.rearrange(p1), ny);
                nx = x;
                ny = y;
            }
            if (LANES > 4) {
                x = vt.fma(ny.rearrange(p2), nx);
                y = nt.fma(nx.rearrange(p2), ny);
                nx = x;
                ny = y;
            }
            nx.intoArray(amp, i);
            ny.intoArray(amp, im + i);
        }
    }
}
