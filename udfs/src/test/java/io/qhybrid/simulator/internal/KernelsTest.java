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
            double[] sr = re.clone(), si = im.clone();
            Kernels.apply1q(sr, si, t, m, 0, 100);
            Kernels.apply1q(sr, si, t, m, 100, 1 << (n - 1));
            double[] vr = re.clone(), vi = im.clone();
            KernelSupport.apply1q(vr, vi, t, m, 0, 64);
            KernelSupport.apply1q(vr, vi, t, m, 64, 1 << (n - 1));
            // ranges that start and end inside segments and off the vector width
            double[] pr = re.clone(), pi = im.clone();
            KernelSupport.apply1q(pr, pi, t, m, 0, 100);
            KernelSupport.apply1q(pr, pi, t, m, 100, 131);
            KernelSupport.apply1q(pr, pi, t, m, 131, 1 << (n - 1));
            // the same state held from index 3 of longer arrays
            int origin = 3;
            double[] wr = new double[origin + re.length + 5], wi = new double[wr.length];
            System.arraycopy(re, 0, wr, origin, re.length);
            System.arraycopy(im, 0, wi, origin, im.length);
            KernelSupport.applyWithin(wr, wi, t, m, origin, origin + re.length);
            for (int i = 0; i < re.length; i++) {
                assertThat(sr[i]).isCloseTo(er[i], within(1e-12));
                assertThat(si[i]).isCloseTo(ei[i], within(1e-12));
                assertThat(vr[i]).isCloseTo(er[i], within(1e-12));
                assertThat(vi[i]).isCloseTo(ei[i], within(1e-12));
                assertThat(pr[i]).isCloseTo(er[i], within(1e-12));
                assertThat(pi[i]).isCloseTo(ei[i], within(1e-12));
                assertThat(wr[origin + i]).isCloseTo(er[i], within(1e-12));
                assertThat(wi[origin + i]).isCloseTo(ei[i], within(1e-12));
            }
            assertThat(wr[0]).isZero();
            assertThat(wr[origin + re.length]).isZero();
        }
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
            double[] er = re.clone(), ei = im.clone();
            int base = 1 << blockBits;
            for (int q = 0; q < blockBits; q++) {
                Kernels.apply1q(er, ei, q, rx, base >> 1, (base + (1 << blockBits)) >> 1);
            }
            MixerKernels.block(re, im, base, blockBits, 1, t);
            for (int i = 0; i < re.length; i++) {
                assertThat(re[i]).isCloseTo(er[i], within(1e-12));
                assertThat(im[i]).isCloseTo(ei[i], within(1e-12));
            }
        }
    }
}
