package io.qhybrid.simulator.internal;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Kernels#apply1q} with explicit SIMD. HotSpot will not auto-vectorise a loop whose two
 * halves of a pair live in the same array at a run-time distance, which is every gate loop, so
 * the pair loops are written against the Vector API. Partners closer than one vector are
 * fetched by a lane permutation. Only loaded when {@link KernelSupport#VECTOR} is true.
 */
final class VectorKernels {
    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    static final int LANES = SPECIES.length();

    /**
     * Within these pair distances (in amplitudes) each segment's lower run is first read line by
     * line in address order, and the butterflies then stream the upper run against it. Without
     * that, the butterflies alternate between lines 512 bytes to 8 KiB apart, an order the
     * hardware prefetchers follow poorly: at 24 qubits targets 6-8 ran at 1.3-1.5 ns per amplitude
     * and 9-10 at 0.8-1.0, against 0.66-0.79 with the lower run read first (streaming: about 0.67).
     * Reading both runs first, as this kernel once did for targets 6-8, left target 8 at 0.85-1.0
     * and made 9-10 slower still. From target 11 on the extra reads cost more than they save.
     * From {@link #AHEAD_MIN} on, each lower run is read during the segment before it. The complex
     * kernel's target 6 reads nothing ahead: it streams {@link #REGIONS} parts side by side, and
     * with the reads as well it ran 3-10 % slower than without.
     */
    private static final int TOUCH_MIN = 1 << 6, TOUCH_MAX = 1 << 10;
    /**
     * From this pair distance up to {@link #TOUCH_MAX} the lower run is read a segment ahead, one
     * line with each butterfly, rather than all at once where its segment starts: on an Intel host
     * that ran targets 7-10 faster (see {@link #readingAhead}).
     */
    private static final int AHEAD_MIN = 1 << 7;
    /**
     * Gates whose partners lie within a line or two stream their range as this many equal parts
     * side by side: every kernel on targets 0-2 ({@link #inVector}), the complex kernel on 3-6.
     * One part alone is two runs, real and imaginary parts, where a gate on a higher target
     * streams four (both parts of both partners). On an Intel host, at 26 qubits, in one process
     * alternating with the one-part loops target by target: the complex kernel's targets 0-2 took
     * 0.70-0.75 ns per amplitude on two threads against 0.79-0.86, and 1.31-1.36 against 1.47-1.54
     * on one; its targets 3-6 0.68-0.73 against 0.70-0.77 and 1.27-1.38 against 1.32-1.39. Real
     * matrices gained nothing there (targets 0-2 within 3 % either way; 3-6 the same, or 5-10 %
     * slower at target 6 with its lower runs read first, so realWithin keeps one part), and on
     * targets 11 and up two or four parts gained 0-3 %.
     */
    static final int REGIONS = 4;
    /** Keeps the touching reads alive (written with negligible probability, so threads do not share it). */
    private static long touched;

    private VectorKernels() {}

    /** Reads one double per 64-byte line of amplitudes [from, from + len), real parts then imaginary, in order. */
    private static long touch(double[] amp, int im, int from, int len) {
        long bits = 0;
        for (int k = from, end = from + len; k < end; k += 8) {
            bits ^= line(amp, im, k);
        }
        return bits;
    }

    /** Reads amplitude k's real and imaginary parts: one line of each, in a run read ahead. */
    private static long line(double[] amp, int im, int k) {
        return Double.doubleToRawLongBits(amp[k]) ^ Double.doubleToRawLongBits(amp[im + k]);
    }

    /**
     * How far ahead of its butterflies the segment at i0 reads: to the next segment's lower run, or
     * in the last segment to its own upper run (lines the butterflies load anyway), so that the loop
     * reads without a branch.
     */
    private static int lead(int s, int i0, int to) {
        return i0 + 2 * s < to ? 2 * s : s;
    }

    /** See {@link KernelSupport#apply1q}. */
    static void apply1q(double[] amp, StateLayout layout, int t, double[] m, long from, long to) {
        int s = 1 << t, im = layout.im, half = layout.half;
        if (half % LANES != 0) {
            // a half shorter than a vector (a few qubits): a vector would reach across the gap
            Kernels.apply1q(amp, layout, t, m, from, to);
            return;
        }
        if (s == half) {
            // the top qubit: pair k of the lower half meets pair k of the upper half, a gap further on
            run(amp, im, StateLayout.ORIGIN + (int) from, layout.upperOffset() + (int) from, (int) (to - from), m);
            return;
        }
        if (s < LANES) {
            // whole vectors hold LANES / 2 pairs each; a range that starts or ends between them
            // (a split over a thread count that is not a power of two) does its edges pair by pair
            long halfVector = LANES / 2;
            long first = Math.min(to, (from + halfVector - 1) / halfVector * halfVector);
            long last = Math.max(first, to / halfVector * halfVector);
            Kernels.apply1q(amp, layout, t, m, from, first);
            // the amplitudes [2 first, 2 last), split where the upper half starts (a gap further on)
            int a = (int) (2 * first), b = (int) (2 * last), origin = StateLayout.ORIGIN;
            if (a < Math.min(b, half)) {
                inVector(amp, im, t, m, origin + a, origin + Math.min(b, half));
            }
            if (Math.max(a, half) < b) {
                inVector(amp, im, t, m, origin + layout.gap + Math.max(a, half), origin + layout.gap + b);
            }
            Kernels.apply1q(amp, layout, t, m, last, to);
            return;
        }
        long k = from;
        while (k < to) {
            int low = (int) (k & (s - 1));
            int i0 = (int) (((k >>> t) << (t + 1)) | low);
            int p0 = layout.index(i0);
            if (low == 0 && to - k >= s) {
                // whole segments: pair k starts one, and the next pairs' segments follow every 2s
                // amplitudes up to the end of the range or of the half it is in
                long whole = (to - k) >>> t;
                if (i0 < half) {
                    whole = Math.min(whole, (half - i0) >>> (t + 1));
                }
                applyWithin(amp, im, t, m, p0, (int) (p0 + 2 * s * whole));
                k += whole << t;
            } else {
                // a part of a segment, where a parallel range starts or ends
                int len = (int) Math.min(s - low, to - k);
                run(amp, im, p0, p0 + s, len, m);
                k += len;
            }
        }
    }

    /** See {@link KernelSupport#applyWithin}. */
    static void applyWithin(double[] amp, int im, int t, double[] m, int from, int to) {
        int s = 1 << t;
        if (s < LANES) {
            if ((to - from) % LANES == 0) {
                inVector(amp, im, t, m, from, to);
            } else {
                for (int lo = from; lo < to; lo += 2 * s) {
                    run(amp, im, lo, lo + s, s, m);
                }
            }
            return;
        }
        if (isReal(m)) {
            realWithin(amp, im, s, m, from, to);
            return;
        }
        if (s >= AHEAD_MIN && s <= TOUCH_MAX) {
            readingAhead(amp, im, s, m, from, to);
            return;
        }
        DoubleVector ar = DoubleVector.broadcast(SPECIES, m[0]), ai = DoubleVector.broadcast(SPECIES, m[1]);
        DoubleVector br = DoubleVector.broadcast(SPECIES, m[2]), bi = DoubleVector.broadcast(SPECIES, m[3]);
        DoubleVector cr = DoubleVector.broadcast(SPECIES, m[4]), ci = DoubleVector.broadcast(SPECIES, m[5]);
        DoubleVector dr = DoubleVector.broadcast(SPECIES, m[6]), di = DoubleVector.broadcast(SPECIES, m[7]);
        DoubleVector nai = ai.neg(), nbi = bi.neg(), nci = ci.neg(), ndi = di.neg();
        if (s < AHEAD_MIN) {
            // targets 3-6: REGIONS parts of whole segments side by side, the segments left over
            // (fewer than REGIONS) one by one. The body is written out here, in readingAhead, in
            // the segment loop below and in run: as a method of its own taking the twelve
            // broadcasts it was not inlined, and the gate ran 20-40 % slower.
            int part = (to - from) / (REGIONS * 2 * s) * (2 * s);
            for (int i0 = from, stop = from + part; i0 < stop; i0 += 2 * s) {
                for (int j = i0, end = i0 + s; j < end; j += LANES) {
                    for (int r = 0, k = j; r < REGIONS; r++, k += part) {
                        int k1 = k + s;
                        DoubleVector x0 = DoubleVector.fromArray(SPECIES, amp, k);
                        DoubleVector y0 = DoubleVector.fromArray(SPECIES, amp, im + k);
                        DoubleVector x1 = DoubleVector.fromArray(SPECIES, amp, k1);
                        DoubleVector y1 = DoubleVector.fromArray(SPECIES, amp, im + k1);
                        // one multiply and three fused multiply-adds per part: 16 operations per 8 pairs
                        ar.fma(x0, nai.fma(y0, br.fma(x1, nbi.mul(y1)))).intoArray(amp, k);
                        ar.fma(y0, ai.fma(x0, br.fma(y1, bi.mul(x1)))).intoArray(amp, im + k);
                        cr.fma(x0, nci.fma(y0, dr.fma(x1, ndi.mul(y1)))).intoArray(amp, k1);
                        cr.fma(y0, ci.fma(x0, dr.fma(y1, di.mul(x1)))).intoArray(amp, im + k1);
                    }
                }
            }
            for (int i0 = from + REGIONS * part; i0 < to; i0 += 2 * s) {
                run(amp, im, i0, i0 + s, s, m);
            }
            return;
        }
        // targets 11 and up: segments of 32 KiB or more, each streamed as it comes
        for (int i0 = from; i0 < to; i0 += 2 * s) {
            for (int j = i0, end = i0 + s; j < end; j += LANES) {
                int j1 = j + s;
                DoubleVector x0 = DoubleVector.fromArray(SPECIES, amp, j);
                DoubleVector y0 = DoubleVector.fromArray(SPECIES, amp, im + j);
                DoubleVector x1 = DoubleVector.fromArray(SPECIES, amp, j1);
                DoubleVector y1 = DoubleVector.fromArray(SPECIES, amp, im + j1);
                ar.fma(x0, nai.fma(y0, br.fma(x1, nbi.mul(y1)))).intoArray(amp, j);
                ar.fma(y0, ai.fma(x0, br.fma(y1, bi.mul(x1)))).intoArray(amp, im + j);
                cr.fma(x0, nci.fma(y0, dr.fma(x1, ndi.mul(y1)))).intoArray(amp, j1);
                cr.fma(y0, ci.fma(x0, dr.fma(y1, di.mul(x1)))).intoArray(amp, im + j1);
            }
        }
    }

    /**
     * True when every entry of m is real (H, X, RY and their products): then each part of each
     * output is one multiply and one fused multiply-add, half the arithmetic of a complex matrix.
     * On an Intel host the shorter chains ran the one-qubit gate 3-10 % faster at most targets.
     */
    static boolean isReal(double[] m) {
        return m[1] == 0 && m[3] == 0 && m[5] == 0 && m[7] == 0;
    }

    /** {@link #applyWithin} for a real m, pair distance s of at least one vector. */
    private static void realWithin(double[] amp, int im, int s, double[] m, int from, int to) {
        DoubleVector a = DoubleVector.broadcast(SPECIES, m[0]), b = DoubleVector.broadcast(SPECIES, m[2]);
        DoubleVector c = DoubleVector.broadcast(SPECIES, m[4]), d = DoubleVector.broadcast(SPECIES, m[6]);
        if (s == LANES) {
            // one loop over the segments, each one vector of pairs: target 3 took 1.13-1.15 ns per
            // amplitude against 1.39-1.43 with a one-trip loop per segment. (Four parts side by
            // side, as the complex kernel goes, made no difference to this one.)
            for (int j = from; j < to; j += 2 * LANES) {
                realPair(amp, im, j, j + LANES, a, b, c, d);
            }
            return;
        }
        long seen = 0;
        if (s >= AHEAD_MIN && s <= TOUCH_MAX) {
            // as in readingAhead
            seen = touch(amp, im, from, s);
            for (int i0 = from; i0 < to; i0 += 2 * s) {
                int lead = lead(s, i0, to);
                for (int j = i0, end = i0 + s; j < end; j += LANES) {
                    seen ^= line(amp, im, j + lead);
                    realPair(amp, im, j, j + s, a, b, c, d);
                }
            }
        } else {
            boolean touching = s >= TOUCH_MIN && s < AHEAD_MIN;
            for (int i0 = from; i0 < to; i0 += 2 * s) {
                if (touching) {
                    seen ^= touch(amp, im, i0, s);
                }
                for (int j = i0, end = i0 + s; j < end; j += LANES) {
                    realPair(amp, im, j, j + s, a, b, c, d);
                }
            }
        }
        if (seen == 1) {
            touched = seen;
        }
    }

    /**
     * {@link #applyWithin} for a complex m at pair distances {@link #AHEAD_MIN} to {@link #TOUCH_MAX}:
     * the first segment's lower run is read where the range starts, and each later one during the
     * segment before it, one line (with its imaginary part) per butterfly, rather than all at once
     * where its segment starts (as below {@code AHEAD_MIN}). On an Intel host, in one process
     * alternating with the burst reads target by target at 26 qubits: Hadamard targets 7-10 took
     * 0.63-0.65 ns per amplitude on two threads against 0.65-0.71, 1.13-1.18 against 1.17-1.25 on
     * one; the complex kernel's target 7 (the slowest) 0.72-0.75 against 0.76-0.79 on two threads
     * and 1.23-1.38 against 1.43-1.49 on one. At target 6 (1 KiB segments) reading ahead this way
     * made the complex kernel slower, 0.80 against 0.71. The loop is separate from applyWithin's
     * (a fourth copy of the body): with the read inside that loop behind a branch, target 4 ran
     * 5-10 % slower.
     */
    private static void readingAhead(double[] amp, int im, int s, double[] m, int from, int to) {
        DoubleVector ar = DoubleVector.broadcast(SPECIES, m[0]), ai = DoubleVector.broadcast(SPECIES, m[1]);
        DoubleVector br = DoubleVector.broadcast(SPECIES, m[2]), bi = DoubleVector.broadcast(SPECIES, m[3]);
        DoubleVector cr = DoubleVector.broadcast(SPECIES, m[4]), ci = DoubleVector.broadcast(SPECIES, m[5]);
        DoubleVector dr = DoubleVector.broadcast(SPECIES, m[6]), di = DoubleVector.broadcast(SPECIES, m[7]);
        DoubleVector nai = ai.neg(), nbi = bi.neg(), nci = ci.neg(), ndi = di.neg();
        long seen = touch(amp, im, from, s);
        for (int i0 = from; i0 < to; i0 += 2 * s) {
            int lead = lead(s, i0, to);
            for (int j = i0, end = i0 + s; j < end; j += LANES) {
                seen ^= line(amp, im, j + lead);
                int j1 = j + s;
                DoubleVector x0 = DoubleVector.fromArray(SPECIES, amp, j);
                DoubleVector y0 = DoubleVector.fromArray(SPECIES, amp, im + j);
                DoubleVector x1 = DoubleVector.fromArray(SPECIES, amp, j1);
                DoubleVector y1 = DoubleVector.fromArray(SPECIES, amp, im + j1);
                ar.fma(x0, nai.fma(y0, br.fma(x1, nbi.mul(y1)))).intoArray(amp, j);
                ar.fma(y0, ai.fma(x0, br.fma(y1, bi.mul(x1)))).intoArray(amp, im + j);
                cr.fma(x0, nci.fma(y0, dr.fma(x1, ndi.mul(y1)))).intoArray(amp, j1);
                cr.fma(y0, ci.fma(x0, dr.fma(y1, di.mul(x1)))).intoArray(amp, im + j1);
            }
        }
        if (seen == 1) {
            touched = seen;
        }
    }

    /** One vector of pairs (j0 .. j0+LANES-1 with j1 .. j1+LANES-1) under the real matrix [[a, b], [c, d]]. */
    private static void realPair(double[] amp, int im, int j0, int j1, DoubleVector a, DoubleVector b, DoubleVector c, DoubleVector d) {
        DoubleVector x0 = DoubleVector.fromArray(SPECIES, amp, j0);
        DoubleVector y0 = DoubleVector.fromArray(SPECIES, amp, im + j0);
        DoubleVector x1 = DoubleVector.fromArray(SPECIES, amp, j1);
        DoubleVector y1 = DoubleVector.fromArray(SPECIES, amp, im + j1);
        a.fma(x0, b.mul(x1)).intoArray(amp, j0);
        a.fma(y0, b.mul(y1)).intoArray(amp, im + j0);
        c.fma(x0, d.mul(x1)).intoArray(amp, j1);
        c.fma(y0, d.mul(y1)).intoArray(amp, im + j1);
    }

    /** Applies m to the pairs (i0 + j, i1 + j) for j in [0, len). */
    static void run(double[] amp, int im, int i0, int i1, int len, double[] m) {
        int j = 0;
        int bound = len - (len % LANES);
        if (isReal(m)) {
            DoubleVector a = DoubleVector.broadcast(SPECIES, m[0]), b = DoubleVector.broadcast(SPECIES, m[2]);
            DoubleVector c = DoubleVector.broadcast(SPECIES, m[4]), d = DoubleVector.broadcast(SPECIES, m[6]);
            for (; j < bound; j += LANES) {
                realPair(amp, im, i0 + j, i1 + j, a, b, c, d);
            }
            pairByPair(amp, im, i0, i1, j, len, m);
            return;
        }
        DoubleVector ar = DoubleVector.broadcast(SPECIES, m[0]), ai = DoubleVector.broadcast(SPECIES, m[1]);
        DoubleVector br = DoubleVector.broadcast(SPECIES, m[2]), bi = DoubleVector.broadcast(SPECIES, m[3]);
        DoubleVector cr = DoubleVector.broadcast(SPECIES, m[4]), ci = DoubleVector.broadcast(SPECIES, m[5]);
        DoubleVector dr = DoubleVector.broadcast(SPECIES, m[6]), di = DoubleVector.broadcast(SPECIES, m[7]);
        DoubleVector nai = ai.neg(), nbi = bi.neg(), nci = ci.neg(), ndi = di.neg();
        for (; j < bound; j += LANES) {
            DoubleVector x0 = DoubleVector.fromArray(SPECIES, amp, i0 + j);
            DoubleVector y0 = DoubleVector.fromArray(SPECIES, amp, im + i0 + j);
            DoubleVector x1 = DoubleVector.fromArray(SPECIES, amp, i1 + j);
            DoubleVector y1 = DoubleVector.fromArray(SPECIES, amp, im + i1 + j);
            ar.fma(x0, nai.fma(y0, br.fma(x1, nbi.mul(y1)))).intoArray(amp, i0 + j);
            ar.fma(y0, ai.fma(x0, br.fma(y1, bi.mul(x1)))).intoArray(amp, im + i0 + j);
            cr.fma(x0, nci.fma(y0, dr.fma(x1, ndi.mul(y1)))).intoArray(amp, i1 + j);
            cr.fma(y0, ci.fma(x0, dr.fma(y1, di.mul(x1)))).intoArray(amp, im + i1 + j);
        }
        pairByPair(amp, im, i0, i1, j, len, m);
    }

    /** The pairs (i0 + j, i1 + j) for j in [from, len), one at a time: a run's tail shorter than a vector. */
    private static void pairByPair(double[] amp, int im, int i0, int i1, int from, int len, double[] m) {
        for (int j = from; j < len; j++) {
            int p = i0 + j, q = i1 + j;
            double x0 = amp[p], y0 = amp[im + p], x1 = amp[q], y1 = amp[im + q];
            amp[p] = m[0] * x0 - m[1] * y0 + m[2] * x1 - m[3] * y1;
            amp[im + p] = m[0] * y0 + m[1] * x0 + m[2] * y1 + m[3] * x1;
            amp[q] = m[4] * x0 - m[5] * y0 + m[6] * x1 - m[7] * y1;
            amp[im + q] = m[4] * y0 + m[5] * x0 + m[6] * y1 + m[7] * x1;
        }
    }

    /** Target bit inside one vector: each lane meets its partner through a lane permutation. */
    private static void inVector(double[] amp, int im, int t, double[] m, int from, int to) {
        int s = 1 << t;
        long pattern = 0;
        for (int lane = 0; lane < LANES; lane++) {
            pattern |= (lane & s) != 0 ? 1L << lane : 0;
        }
        // a lane with bit t clear computes m00 x + m01 partner; with bit t set m11 x + m10 partner
        VectorMask<Double> one = VectorMask.fromLong(SPECIES, pattern);
        DoubleVector ar = DoubleVector.broadcast(SPECIES, m[0]).blend(m[6], one);
        DoubleVector ai = DoubleVector.broadcast(SPECIES, m[1]).blend(m[7], one);
        DoubleVector br = DoubleVector.broadcast(SPECIES, m[2]).blend(m[4], one);
        DoubleVector bi = DoubleVector.broadcast(SPECIES, m[3]).blend(m[5], one);
        DoubleVector nai = ai.neg(), nbi = bi.neg();
        VectorShuffle<Double> partner = VectorShuffle.fromOp(SPECIES, lane -> lane ^ s);
        // REGIONS parts of whole vectors side by side; what is left (fewer than REGIONS vectors,
        // and a tail shorter than a vector, which callers do not pass) goes pair by pair
        int part = (to - from) / (REGIONS * LANES) * LANES;
        if (isReal(m)) {
            for (int i = from, end = from + part; i < end; i += LANES) {
                for (int r = 0, k = i; r < REGIONS; r++, k += part) {
                    DoubleVector x = DoubleVector.fromArray(SPECIES, amp, k);
                    DoubleVector y = DoubleVector.fromArray(SPECIES, amp, im + k);
                    ar.fma(x, br.mul(x.rearrange(partner))).intoArray(amp, k);
                    ar.fma(y, br.mul(y.rearrange(partner))).intoArray(amp, im + k);
                }
            }
        } else {
            for (int i = from, end = from + part; i < end; i += LANES) {
                for (int r = 0, k = i; r < REGIONS; r++, k += part) {
                    DoubleVector x = DoubleVector.fromArray(SPECIES, amp, k);
                    DoubleVector y = DoubleVector.fromArray(SPECIES, amp, im + k);
                    DoubleVector px = x.rearrange(partner);
                    DoubleVector py = y.rearrange(partner);
                    ar.fma(x, nai.fma(y, br.fma(px, nbi.mul(py)))).intoArray(amp, k);
                    ar.fma(y, ai.fma(x, br.fma(py, bi.mul(px)))).intoArray(amp, im + k);
                }
            }
        }
        for (int i = from + REGIONS * part; i < to; i += 2 * s) {
            run(amp, im, i, i + s, s, m);
        }
    }
}
