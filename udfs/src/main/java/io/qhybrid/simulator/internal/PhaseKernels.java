package io.qhybrid.simulator.internal;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * The first load and store of a QAOA block pass, SIMD: the cost phase 8 amplitudes at a time from
 * {@link PhaseTables} (the run's level entry times its pattern's vector, two complex products),
 * then, while the amplitudes are still in registers, the mixer on the qubits inside one vector
 * and, for a state held as its lower half, the top qubit (see {@link MixerKernels#mirrored}).
 * As separate sweeps over a block in cache these were a scalar phase at 0.94 ns per amplitude,
 * the top qubit at 0.38 and the in-vector qubits at 0.58; fused, 1.3 ns for all of them at
 * n = 24. Only loaded when {@link KernelSupport#VECTOR} is true and vectors hold 8 doubles.
 */
final class PhaseKernels {
    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    static final boolean USABLE = LANES == LanePatterns.LANES;
    // written for any lane count so that the class loads everywhere; used only when USABLE
    private static final VectorShuffle<Double> REVERSE = VectorShuffle.fromOp(SPECIES, lane -> LANES - 1 - lane);
    private static final VectorShuffle<Double> FLIP0 = VectorShuffle.fromOp(SPECIES, lane -> (lane ^ 1) & (LANES - 1));
    private static final VectorShuffle<Double> FLIP1 = VectorShuffle.fromOp(SPECIES, lane -> (lane ^ 2) & (LANES - 1));
    private static final VectorShuffle<Double> FLIP2 = VectorShuffle.fromOp(SPECIES, lane -> (lane ^ 4) & (LANES - 1));

    private PhaseKernels() {}

    /**
     * The sum over amplitudes [from, to) of a state held from origin of |psi|^2 unit (level - shift):
     * a byte-level cost's expectation ({@link CostVector}), 8 amplitudes at a time; to - from is a
     * multiple of 8 ({@code QaoaEvolution.expectation} does the rest, and other vector widths, in a
     * scalar loop). Over 2^25 amplitudes on an Intel host it took 43-46 ms against 105-110 for that loop.
     */
    static double levelExpectation(double[] amp, int im, int origin, byte[] levels, int from, int to, double unit, double shift) {
        DoubleVector weighted = DoubleVector.zero(SPECIES), total = DoubleVector.zero(SPECIES);
        for (int i = from; i < to; i += 8) {
            int a = origin + i;
            DoubleVector x = DoubleVector.fromArray(SPECIES, amp, a), y = DoubleVector.fromArray(SPECIES, amp, im + a);
            DoubleVector p = x.fma(x, y.mul(y));
            // the levels are unsigned bytes: widened as signed, those from 128 on come out 256 short
            DoubleVector level = (DoubleVector) ByteVector.fromArray(ByteVector.SPECIES_64, levels, i)
                    .convertShape(VectorOperators.B2D, SPECIES, 0);
            level = level.add(256, level.lt(0));
            weighted = p.fma(level, weighted);
            total = total.add(p);
        }
        return unit * (weighted.reduceLanes(VectorOperators.ADD) - shift * total.reduceLanes(VectorOperators.ADD));
    }

    /**
     * Phase, top qubit and in-vector qubits for the blocks [lo, lo + len) and [hi, hi + len) of a
     * state held as its lower half, where lo + j pairs with hi + len - 1 - j (the block pass pairs
     * block b with block B-1-b; a single block pairs its halves). The state starts at origin;
     * fromPlus takes every amplitude as 1 (the level tables carry the |+> amplitude).
     */
    static void pair(double[] amp, int im, int origin, PhaseTables p, int lo, int hi, int len, double t, boolean fromPlus) {
        DoubleVector vt = DoubleVector.broadcast(SPECIES, t), nt = DoubleVector.broadcast(SPECIES, -t);
        for (int j = 0; j < len; j += 8) {
            int a = lo + j, b = hi + len - 8 - j;
            DoubleVector ca = phaseCos(p, a - origin), sa = phaseSin(p, a - origin);
            DoubleVector cb = phaseCos(p, b - origin), sb = phaseSin(p, b - origin);
            DoubleVector x0 = ca, y0 = sa, x1 = cb, y1 = sb;
            if (!fromPlus) {
                DoubleVector xa = DoubleVector.fromArray(SPECIES, amp, a), ya = DoubleVector.fromArray(SPECIES, amp, im + a);
                DoubleVector xb = DoubleVector.fromArray(SPECIES, amp, b), yb = DoubleVector.fromArray(SPECIES, amp, im + b);
                x0 = ca.fma(xa, sa.neg().mul(ya));
                y0 = ca.fma(ya, sa.mul(xa));
                x1 = cb.fma(xb, sb.neg().mul(yb));
                y1 = cb.fma(yb, sb.mul(xb));
            }
            // b's lanes reversed face a's partners; the in-vector qubits commute with the reversal
            x1 = x1.rearrange(REVERSE);
            y1 = y1.rearrange(REVERSE);
            DoubleVector u0 = vt.fma(y1, x0), w0 = nt.fma(x1, y0);
            DoubleVector u1 = vt.fma(y0, x1), w1 = nt.fma(x0, y1);
            DoubleVector r0 = vt.fma(w0.rearrange(FLIP0), u0), i0 = nt.fma(u0.rearrange(FLIP0), w0);
            DoubleVector r1 = vt.fma(w1.rearrange(FLIP0), u1), i1 = nt.fma(u1.rearrange(FLIP0), w1);
            u0 = vt.fma(i0.rearrange(FLIP1), r0);
            w0 = nt.fma(r0.rearrange(FLIP1), i0);
            u1 = vt.fma(i1.rearrange(FLIP1), r1);
            w1 = nt.fma(r1.rearrange(FLIP1), i1);
            vt.fma(w0.rearrange(FLIP2), u0).intoArray(amp, a);
            nt.fma(u0.rearrange(FLIP2), w0).intoArray(amp, im + a);
            vt.fma(w1.rearrange(FLIP2), u1).rearrange(REVERSE).intoArray(amp, b);
            nt.fma(u1.rearrange(FLIP2), w1).rearrange(REVERSE).intoArray(amp, im + b);
        }
    }

    /** Phase and in-vector qubits for [from, to) of a state held whole, starting at origin. */
    static void single(double[] amp, int im, int origin, PhaseTables p, int from, int to, double t, boolean fromPlus) {
        DoubleVector vt = DoubleVector.broadcast(SPECIES, t), nt = DoubleVector.broadcast(SPECIES, -t);
        for (int a = from; a < to; a += 8) {
            DoubleVector c = phaseCos(p, a - origin), s = phaseSin(p, a - origin);
            DoubleVector x = c, y = s;
            if (!fromPlus) {
                DoubleVector xa = DoubleVector.fromArray(SPECIES, amp, a), ya = DoubleVector.fromArray(SPECIES, amp, im + a);
                x = c.fma(xa, s.neg().mul(ya));
                y = c.fma(ya, s.mul(xa));
            }
            DoubleVector r = vt.fma(y.rearrange(FLIP0), x), i = nt.fma(x.rearrange(FLIP0), y);
            x = vt.fma(i.rearrange(FLIP1), r);
            y = nt.fma(r.rearrange(FLIP1), i);
            vt.fma(y.rearrange(FLIP2), x).intoArray(amp, a);
            nt.fma(x.rearrange(FLIP2), y).intoArray(amp, im + a);
        }
    }

    /** Real parts of the phases of states z .. z+7 (z a multiple of 8): level(z)'s entry times z's pattern. */
    private static DoubleVector phaseCos(PhaseTables p, int z) {
        int level = p.levels[z] & 0xFF, row = p.lanes.row(z >>> 3);
        DoubleVector c = DoubleVector.fromArray(SPECIES, p.laneCos, row), s = DoubleVector.fromArray(SPECIES, p.laneSin, row);
        return c.fma(DoubleVector.broadcast(SPECIES, p.levelCos[level]), s.mul(-p.levelSin[level]));
    }

    private static DoubleVector phaseSin(PhaseTables p, int z) {
        int level = p.levels[z] & 0xFF, row = p.lanes.row(z >>> 3);
        DoubleVector c = DoubleVector.fromArray(SPECIES, p.laneCos, row), s = DoubleVector.fromArray(SPECIES, p.laneSin, row);
        return s.fma(DoubleVector.broadcast(SPECIES, p.levelCos[level]), c.mul(p.levelSin[level]));
    }
}
