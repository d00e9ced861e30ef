package io.qhybrid.simulator.internal;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * SIMD kernels for the QAOA mixer, RX(2 beta) = [[c, -is], [-is, c]] on many qubits. RX has
 * real diagonal and imaginary off-diagonal entries, so a pair costs 4 multiplies and 4 fused
 * multiply-adds instead of a general 2x2's 16 and 12. Two qubits are done per load and store
 * (radix 4) because stores, not arithmetic, bound the in-cache stages; the qubits inside one
 * vector are done all at once by lane permutations. Only loaded when {@link KernelSupport#VECTOR}.
 */
final class VectorRx {
    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    static final int LANES = SPECIES.length();
    static final int LANE_BITS = Integer.numberOfTrailingZeros(LANES);

    private VectorRx() {}

    /** RX on both qubits of stride s1 and s2 (both >= LANES) for the quads at i0 + j, j in [0, len). */
    static void quads(double[] re, double[] im, int i0, int s1, int s2, int len, double c, double s) {
        DoubleVector vc = DoubleVector.broadcast(SPECIES, c), vs = DoubleVector.broadcast(SPECIES, s);
        DoubleVector ns = vs.neg();
        for (int j = i0, end = i0 + len; j < end; j += LANES) {
            int j1 = j + s1, j2 = j + s2, j3 = j1 + s2;
            DoubleVector r0 = DoubleVector.fromArray(SPECIES, re, j), i0v = DoubleVector.fromArray(SPECIES, im, j);
            DoubleVector r1 = DoubleVector.fromArray(SPECIES, re, j1), i1 = DoubleVector.fromArray(SPECIES, im, j1);
            DoubleVector r2 = DoubleVector.fromArray(SPECIES, re, j2), i2 = DoubleVector.fromArray(SPECIES, im, j2);
            DoubleVector r3 = DoubleVector.fromArray(SPECIES, re, j3), i3 = DoubleVector.fromArray(SPECIES, im, j3);
            // first qubit: pairs (0,1) and (2,3); (x, p) -> (c x - i s p): re c*xr + s*pi, im c*xi - s*pr
            DoubleVector a0 = vs.fma(i1, vc.mul(r0)), b0 = ns.fma(r1, vc.mul(i0v));
            DoubleVector a1 = vs.fma(i0v, vc.mul(r1)), b1 = ns.fma(r0, vc.mul(i1));
            DoubleVector a2 = vs.fma(i3, vc.mul(r2)), b2 = ns.fma(r3, vc.mul(i2));
            DoubleVector a3 = vs.fma(i2, vc.mul(r3)), b3 = ns.fma(r2, vc.mul(i3));
            // second qubit: pairs (0,2) and (1,3)
            vs.fma(b2, vc.mul(a0)).intoArray(re, j);
            ns.fma(a2, vc.mul(b0)).intoArray(im, j);
            vs.fma(b0, vc.mul(a2)).intoArray(re, j2);
            ns.fma(a0, vc.mul(b2)).intoArray(im, j2);
            vs.fma(b3, vc.mul(a1)).intoArray(re, j1);
            ns.fma(a3, vc.mul(b1)).intoArray(im, j1);
            vs.fma(b1, vc.mul(a3)).intoArray(re, j3);
            ns.fma(a1, vc.mul(b3)).intoArray(im, j3);
        }
    }

    /** RX on one qubit of stride s (>= LANES) for the pairs at i0 + j, j in [0, len). */
    static void pairs(double[] re, double[] im, int i0, int s, int len, double c, double sn) {
        DoubleVector vc = DoubleVector.broadcast(SPECIES, c), vs = DoubleVector.broadcast(SPECIES, sn);
        DoubleVector ns = vs.neg();
        for (int j = i0, end = i0 + len; j < end; j += LANES) {
            int j1 = j + s;
            DoubleVector r0 = DoubleVector.fromArray(SPECIES, re, j), i0v = DoubleVector.fromArray(SPECIES, im, j);
            DoubleVector r1 = DoubleVector.fromArray(SPECIES, re, j1), i1 = DoubleVector.fromArray(SPECIES, im, j1);
            vs.fma(i1, vc.mul(r0)).intoArray(re, j);
            ns.fma(r1, vc.mul(i0v)).intoArray(im, j);
            vs.fma(i0v, vc.mul(r1)).intoArray(re, j1);
            ns.fma(r0, vc.mul(i1)).intoArray(im, j1);
        }
    }

    /** RX on every qubit below LANE_BITS for amplitudes [from, to) (a multiple of LANES long). */
    static void inVector(double[] re, double[] im, int from, int to, double c, double sn) {
        DoubleVector vc = DoubleVector.broadcast(SPECIES, c), vs = DoubleVector.broadcast(SPECIES, sn);
        DoubleVector ns = vs.neg();
        VectorShuffle<Double> p0 = VectorShuffle.fromOp(SPECIES, lane -> lane ^ 1);
        VectorShuffle<Double> p1 = VectorShuffle.fromOp(SPECIES, lane -> lane ^ (LANES > 2 ? 2 : 0));
        VectorShuffle<Double> p2 = VectorShuffle.fromOp(SPECIES, lane -> lane ^ (LANES > 4 ? 4 : 0));
        for (int i = from; i < to; i += LANES) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, re, i), y = DoubleVector.fromArray(SPECIES, im, i);
            DoubleVector nx = vs.fma(y.rearrange(p0), vc.mul(x)), ny = ns.fma(x.rearrange(p0), vc.mul(y));
            if (LANES > 2) {
                x = vs.fma(ny.rearrange(p1), vc.mul(nx));
                y = ns.fma(nx.rearrange(p1), vc.mul(ny));
                nx = x;
                ny = y;
            }
            if (LANES > 4) {
                x = vs.fma(ny.rearrange(p2), vc.mul(nx));
                y = ns.fma(nx.rearrange(p2), vc.mul(ny));
                nx = x;
                ny = y;
            }
            nx.intoArray(re, i);
            ny.intoArray(im, i);
        }
    }
}
