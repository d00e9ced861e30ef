package io.qhybrid.simulator.internal;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded shot sampling by one sequential walk of the cumulative distribution against sorted
 * uniforms: O(2^n + shots log shots) time and no array the size of the state. The walk is
 * sequential on purpose, so counts depend only on the amplitudes and the seed, never on the
 * thread count.
 */
public final class Sampler {
    private Sampler() {}

    /**
     * Draws {@code shots} basis-state indices.
     *
     * @return sorted indices, one per shot
     */
    public static long[] sample(double[] re, double[] im, int shots, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double total = 0;
        for (int i = 0; i < re.length; i++) {
            total += re[i] * re[i] + im[i] * im[i];
        }
        double[] u = new double[shots];
        for (int s = 0; s < shots; s++) {
            u[s] = random.nextDouble() * total;
        }
        Arrays.sort(u);
        long[] out = new long[shots];
        double cumulative = 0;
        int i = 0;
        int last = re.length - 1;
        for (int s = 0; s < shots; s++) {
            while (i < last && cumulative + re[i] * re[i] + im[i] * im[i] <= u[s]) {
                cumulative += re[i] * re[i] + im[i] * im[i];
                i++;
            }
            // never land on a zero-probability state left over by rounding at the top end
            while (i > 0 && re[i] == 0 && im[i] == 0) {
                i--;
            }
            out[s] = i;
        }
        return out;
    }
}
