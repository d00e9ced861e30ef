package io.qhybrid.simulator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KernelsTest {
    /**
     * Scalar and SIMD kernels against a direct pair-by-pair product, at every target and over split
     * ranges, on whole states small enough that a vector would reach across the gap (n < 4) and larger
     * (at n = 12 the targets whose lower runs are read a segment ahead have several segments per half);
     * for a complex matrix and for a real one, which the SIMD kernels apply by a path of their own.
     */
    @Test
    void oneQubitKernelsAgreeWithDirectProductAtEveryTarget() {
        Random random = new Random(1);
        double[] complex = randomArray(random, 8), real = randomArray(random, 8);
        for (int k = 1; k < 8; k += 2) {
            real[k] = 0;
        }
        assertThat(VectorKernels.isReal(real)).isTrue();
        assertThat(VectorKernels.isReal(complex)).isFalse();
        for (double[] m : new double[][] {complex, real}) {
            oneQubitKernelsAgreeWithDirectProduct(random, m);
        }
    }

    private static void oneQubitKernelsAgreeWithDirectProduct(Random random, double[] m) {
        for (int n : new int[] {1, 2, 3, 4, 9, 12}) {
            StateLayout layout = StateLayout.of(n);
            int pairs = 1 << (n - 1), cut1 = Math.min(pairs, 100), cut2 = Math.min(pairs, 131);
            int cut3 = Math.min(pairs, 64);
            for (int t = 0; t < n; t++) {
                double[] re = randomArray(random, 1 << n), im = randomArray(random, 1 << n);
                double[] er = re.clone(), ei = im.clone();
                for (int i = 0; i < re.length; i++) {
                    if ((i >> t & 1) == 0) {
                        int j = i | 1 << t;
                        er[i] = m[0] * re[i] - m[1] * im[i] + m[2] * re[j] - m[3] * im[j];
                        ei[i] = m[0] * im[i] + m[1] * re[i] + m[2] * im[j] + m[3] * re[j];
                        er[j] = m[4] * re[i] - m[5] * im[i] + m[6] * re[j] - m[7] * im[j];
                        ei[j] = m[4] * im[i] + m[5] * re[i] + m[6] * im[j] + m[7] * re[j];
                    }
                }
                double[] sa = laidOut(re, im, layout);
                Kernels.apply1q(sa, layout, t, m, 0, cut1);
                Kernels.apply1q(sa, layout, t, m, cut1, pairs);
                double[] va = laidOut(re, im, layout);
                KernelSupport.apply1q(va, layout, t, m, 0, cut3);
                KernelSupport.apply1q(va, layout, t, m, cut3, pairs);
                // ranges that start and end inside segments and off the vector width
                double[] pa = laidOut(re, im, layout);
                KernelSupport.apply1q(pa, layout, t, m, 0, cut1);
                KernelSupport.apply1q(pa, layout, t, m, cut1, cut2);
                KernelSupport.apply1q(pa, layout, t, m, cut2, pairs);
                for (double[] amp : new double[][] {sa, va, pa}) {
                    assertState(amp, layout, er, ei);
                }
                // the same state as one contiguous run from index 3, its imaginary parts an odd
                // distance after the real ones, through the kernel the QAOA path uses
                int len = re.length, origin = 3, odd = len + 5;
                double[] wa = heldFrom(re, im, origin, odd, 5);
                KernelSupport.applyWithin(wa, odd, t, m, origin, origin + len);
                for (int i = 0; i < len; i++) {
                    assertThat(wa[origin + i]).isCloseTo(er[i], within(1e-12));
                    assertThat(wa[origin + odd + i]).isCloseTo(ei[i], within(1e-12));
                }
                assertUntouched(wa, origin, odd, len);
            }
        }
    }

    /** Two-qubit and diagonal kernels against a direct 4x4 product, on pairs with and without the top qubit. */
    @Test
    void twoQubitAndDiagonalKernelsAgreeWithDirectProductAcrossTheGap() {
        Random random = new Random(3);
        int n = 5;
        StateLayout layout = StateLayout.of(n);
        double[] m = randomArray(random, 32), d = randomArray(random, 8);
        for (int[] q : new int[][] {{0, 4}, {4, 1}, {2, 3}, {3, 0}}) {
            double[] re = randomArray(random, 1 << n), im = randomArray(random, 1 << n);
            double[] er = new double[re.length], ei = new double[re.length];
            double[] dr = new double[re.length], di = new double[re.length];
            for (int i = 0; i < re.length; i++) {
                int row = (i >> q[0] & 1) + 2 * (i >> q[1] & 1);
                for (int col = 0; col < 4; col++) {
                    int j = (i & ~(1 << q[0]) & ~(1 << q[1])) | (col & 1) << q[0] | (col >> 1) << q[1];
                    double ar = m[8 * row + 2 * col], ai = m[8 * row + 2 * col + 1];
                    er[i] += ar * re[j] - ai * im[j];
                    ei[i] += ar * im[j] + ai * re[j];
                }
                dr[i] = d[2 * row] * re[i] - d[2 * row + 1] * im[i];
                di[i] = d[2 * row] * im[i] + d[2 * row + 1] * re[i];
            }
            double[] amp = laidOut(re, im, layout);
            Kernels.apply2q(amp, layout, q[0], q[1], m, 0, 3);
            Kernels.apply2q(amp, layout, q[0], q[1], m, 3, 1 << (n - 2));
            assertState(amp, layout, er, ei);
            double[] diagonal = laidOut(re, im, layout);
            Kernels.applyDiagonal2q(diagonal, layout, q[0], q[1], d, 0, 17);
            Kernels.applyDiagonal2q(diagonal, layout, q[0], q[1], d, 17, 1 << n);
            assertState(diagonal, layout, dr, di);
        }
    }

    @Test
    void layoutKeepsItsDistancesOffPowersOfTwoAndItsPartsOnCacheLines() {
        for (int n = 0; n <= StateLayout.MAX_QUBITS; n++) {
            StateLayout layout = StateLayout.of(n);
            int len = 1 << n, io = layout.imaginaryOffset(), upper = layout.upperOffset();
            assertThat(io).isEqualTo(StateLayout.imaginaryOffset(len)).isGreaterThanOrEqualTo(len + 8);
            assertThat(io % 8).isZero();
            int origin = layout.index(0);
            assertThat(origin).isEqualTo(StateLayout.ORIGIN);
            if (n >= 1) {
                // the upper half a gap of at least 8 doubles after the lower, ending before the imaginary parts
                assertThat(upper - origin - len / 2).isGreaterThanOrEqualTo(8);
                assertThat((upper - origin - len / 2) % 8).isZero();
                assertThat(upper + len / 2).isLessThanOrEqualTo(origin + io);
                assertThat(layout.index(len / 2 - 1)).isEqualTo(origin + len / 2 - 1);
                assertThat(layout.index(len / 2)).isEqualTo(upper);
                assertThat(layout.index(len - 1)).isEqualTo(upper + len / 2 - 1);
            }
            if (n >= 4) {
                assertThat(Integer.bitCount(io)).as("imaginary offset for n = %d", n).isGreaterThan(1);
            }
            if (n >= 5) {
                // at n = 4 the smallest gap, 8, puts the upper half 16 after the lower
                assertThat(Integer.bitCount(upper - origin)).as("distance between the halves for n = %d", n).isGreaterThan(1);
            }
            if (n <= 20) {
                assertThat(layout.bytes()).isEqualTo(8L * layout.allocate().length);
            }
            // the array ends with the imaginary parts' upper half
            assertThat(layout.bytes()).isEqualTo(8L * (io + layout.index(len - 1) + 1));
        }
        assertThat(StateLayout.of(26).imaginaryOffset()).isEqualTo((1 << 26) + 3 * (1 << 20));
        assertThat(StateLayout.of(26).upperOffset()).isEqualTo(StateLayout.ORIGIN + (1 << 25) + 3 * (1 << 19));
        // the origin is the first element on a 64-byte line when the array starts on one (a large
        // array under G1), whatever this JVM's array header is
        assertThat((sun.misc.Unsafe.ARRAY_DOUBLE_BASE_OFFSET + 8 * StateLayout.ORIGIN) % 64).isZero();
        assertThatThrownBy(() -> StateLayout.imaginaryOffset(StateLayout.MAX_LENGTH + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StateLayout.of(StateLayout.MAX_QUBITS + 1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The mixer's block kernel (in-vector, radix-8 and radix-4 stages) against one scalar 2x2 per qubit. */
    @Test
    void mixerBlockAgreesWithOneQubitAtATime() {
        Random random = new Random(2);
        double t = 0.37;
        double[] rx = {1, 0, 0, -t, 0, -t, 1, 0};
        for (int blockBits : new int[] {3, 6, 7, 9, 13}) {
            double[] re = randomArray(random, 1 << blockBits), im = randomArray(random, 1 << blockBits);
            StateLayout layout = StateLayout.of(blockBits);
            double[] expected = laidOut(re, im, layout);
            for (int q = 0; q < blockBits; q++) {
                Kernels.apply1q(expected, layout, q, rx, 0, 1 << (blockBits - 1));
            }
            // the block held from index 8, as the QAOA path holds its blocks
            int len = re.length, base = 8, io = StateLayout.imaginaryOffset(len);
            double[] amp = heldFrom(re, im, base, io, 0);
            MixerKernels.block(amp, io, base, blockBits, 1, t);
            for (int i = 0; i < len; i++) {
                int a = layout.index(i);
                assertThat(amp[base + i]).isCloseTo(expected[a], within(1e-12));
                assertThat(amp[base + io + i]).isCloseTo(expected[layout.imaginaryOffset() + a], within(1e-12));
            }
        }
    }

    static double[] randomArray(Random random, int length) {
        double[] out = new double[length];
        for (int i = 0; i < length; i++) {
            out[i] = random.nextGaussian();
        }
        return out;
    }

    /** re and im placed where {@code layout} puts them, NaN everywhere else (the gap and the pad). */
    static double[] laidOut(double[] re, double[] im, StateLayout layout) {
        double[] amp = layout.allocate();
        Arrays.fill(amp, Double.NaN);
        for (int i = 0; i < re.length; i++) {
            amp[layout.index(i)] = re[i];
            amp[layout.imaginaryOffset() + layout.index(i)] = im[i];
        }
        return amp;
    }

    /** The state {@code layout} puts in amp equals (re, im) to 1e-12, and the gap and pad are still NaN. */
    static void assertState(double[] amp, StateLayout layout, double[] re, double[] im) {
        boolean[] held = new boolean[amp.length];
        for (int i = 0; i < re.length; i++) {
            int a = layout.index(i), b = layout.imaginaryOffset() + a;
            assertThat(amp[a]).as("real part of amplitude %d", i).isCloseTo(re[i], within(1e-12));
            assertThat(amp[b]).as("imaginary part of amplitude %d", i).isCloseTo(im[i], within(1e-12));
            held[a] = true;
            held[b] = true;
        }
        for (int k = 0; k < amp.length; k++) {
            if (!held[k]) {
                assertThat(amp[k]).as("element %d outside the state", k).isNaN();
            }
        }
    }

    /** re and im held from index origin, the imaginary parts imOffset after the real ones, NaN elsewhere. */
    static double[] heldFrom(double[] re, double[] im, int origin, int imOffset, int extra) {
        double[] amp = new double[origin + imOffset + re.length + extra];
        Arrays.fill(amp, Double.NaN);
        System.arraycopy(re, 0, amp, origin, re.length);
        System.arraycopy(im, 0, amp, origin + imOffset, im.length);
        return amp;
    }

    /** Everything outside the two parts of a state held by {@link #heldFrom} is still NaN. */
    static void assertUntouched(double[] amp, int origin, int imOffset, int len) {
        for (int i = 0; i < amp.length; i++) {
            boolean real = i >= origin && i < origin + len;
            boolean imaginary = i >= origin + imOffset && i < origin + imOffset + len;
            if (!real && !imaginary) {
                assertThat(amp[i]).as("element %d outside the state", i).isNaN();
            }
        }
    }
}
