package io.qhybrid.simulator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class KernelsTest {
    /** Scalar and SIMD kernels against a direct pair-by-pair product, at every target and over split ranges. */
    @Test
    void oneQubitKernelsAgreeWithDirectProductAtEveryTarget() {
        Random random = new Random(1);
        int n = 9;
        double[] m = new double[8];
        for (int k = 0; k < 8; k++) {
            m[k] = random.nextGaussian();
        }
        for (int t = 0; t < n; t++) {
            double[] re = new double[1 << n], im = new double[1 << n];
            for (int i = 0; i < re.length; i++) {
                re[i] = random.nextGaussian();
                im[i] = random.nextGaussian();
            }
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
            int len = re.length, io = StateLayout.imaginaryOffset(len);
            double[] sa = laidOut(re, im, 0, io, 0);
            Kernels.apply1q(sa, io, t, m, 0, 100);
            Kernels.apply1q(sa, io, t, m, 100, 1 << (n - 1));
            double[] va = laidOut(re, im, 0, io, 0);
            KernelSupport.apply1q(va, io, t, m, 0, 64);
            KernelSupport.apply1q(va, io, t, m, 64, 1 << (n - 1));
            // ranges that start and end inside segments and off the vector width
            double[] pa = laidOut(re, im, 0, io, 0);
            KernelSupport.apply1q(pa, io, t, m, 0, 100);
            KernelSupport.apply1q(pa, io, t, m, 100, 131);
            KernelSupport.apply1q(pa, io, t, m, 131, 1 << (n - 1));
            // the same state held from index 3, its imaginary parts an odd distance after the real ones
            int origin = 3, odd = len + 5;
            double[] wa = laidOut(re, im, origin, odd, 5);
            KernelSupport.applyWithin(wa, odd, t, m, origin, origin + len);
            for (int i = 0; i < len; i++) {
                assertThat(sa[i]).isCloseTo(er[i], within(1e-12));
                assertThat(sa[io + i]).isCloseTo(ei[i], within(1e-12));
                assertThat(va[i]).isCloseTo(er[i], within(1e-12));
                assertThat(va[io + i]).isCloseTo(ei[i], within(1e-12));
                assertThat(pa[i]).isCloseTo(er[i], within(1e-12));
                assertThat(pa[io + i]).isCloseTo(ei[i], within(1e-12));
                assertThat(wa[origin + i]).isCloseTo(er[i], within(1e-12));
                assertThat(wa[origin + odd + i]).isCloseTo(ei[i], within(1e-12));
            }
            assertUntouched(wa, origin, odd, len);
        }
    }

    /** re and im laid out from index origin, the imaginary parts imOffset after the real ones, NaN elsewhere. */
    static double[] laidOut(double[] re, double[] im, int origin, int imOffset, int extra) {
        double[] amp = new double[origin + imOffset + re.length + extra];
        java.util.Arrays.fill(amp, Double.NaN);
        System.arraycopy(re, 0, amp, origin, re.length);
        System.arraycopy(im, 0, amp, origin + imOffset, im.length);
        return amp;
    }

    /** Everything outside the two parts of a state laid out by {@link #laidOut} is still NaN. */
    static void assertUntouched(double[] amp, int origin, int imOffset, int len) {
        for (int i = 0; i < amp.length; i++) {
            boolean real = i >= origin && i < origin + len;
            boolean imaginary = i >= origin + imOffset && i < origin + imOffset + len;
            if (!real && !imaginary) {
                assertThat(amp[i]).as("element %d outside the state", i).isNaN();
            }
        }
    }

    @Test
    void layoutPadsTheImaginaryPartsOffPowersOfTwoAndKeepsThemOnTheRealPartsLineOffset() {
        for (int n = 0; n <= 29; n++) {
            int len = 1 << n, io = StateLayout.imaginaryOffset(len);
            assertThat(io).isGreaterThanOrEqualTo(len + 8);
            assertThat(io % 8).isZero();
            if (n >= 4) {
                assertThat(Integer.bitCount(io)).as("offset for n = %d", n).isGreaterThan(1);
            }
            assertThat(StateLayout.bytes(len)).isEqualTo(8L * (io + len));
        }
        assertThat(StateLayout.imaginaryOffset(1 << 26)).isEqualTo((1 << 26) + 3 * (1 << 20));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StateLayout.imaginaryOffset(StateLayout.MAX_LENGTH + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The mixer's block kernel (in-vector, radix-8 and radix-4 stages) against one scalar 2x2 per qubit. */
    @Test
    void mixerBlockAgreesWithOneQubitAtATime() {
        Random random = new Random(2);
        double t = 0.37;
        double[] rx = {1, 0, 0, -t, 0, -t, 1, 0};
        for (int blockBits : new int[] {3, 6, 7, 9, 13}) {
            int n = blockBits + 1;
            double[] re = new double[1 << n], im = new double[1 << n];
            for (int i = 0; i < re.length; i++) {
                re[i] = random.nextGaussian();
                im[i] = random.nextGaussian();
            }
            int len = re.length, io = StateLayout.imaginaryOffset(len);
            double[] expected = laidOut(re, im, 0, io, 0);
            int base = 1 << blockBits;
            for (int q = 0; q < blockBits; q++) {
                Kernels.apply1q(expected, io, q, rx, base >> 1, (base + (1 << blockBits)) >> 1);
            }
            double[] amp = laidOut(re, im, 0, io, 0);
            MixerKernels.block(amp, io, base, blockBits, 1, t);
            for (int i = 0; i < len; i++) {
                assertThat(amp[i]).isCloseTo(expected[i], within(1e-12));
                assertThat(amp[io + i]).isCloseTo(expected[io + i], within(1e-12));
            }
        }
    }
}
