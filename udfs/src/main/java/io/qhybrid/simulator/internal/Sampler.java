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
     * Draws {@code shots} basis-state indices from a whole state laid out as {@link StateLayout}
     * describes (imaginary parts {@code im} after the real ones, nothing after them).
     *
     * @return sorted indices, one per shot
     */
    public static long[] sample(double[] amp, int im, int shots, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double total = 0;
        for (int i = 0, length = amp.length - im; i < length; i++) {
            total += amp[i] * amp[i] + amp[im + i] * amp[im + i];
        }
        double[] u = new double[shots];
        for (int s = 0; s < shots; s++) {
            u[s] = random.nextDouble() * total;
        }
        Arrays.sort(u);
        long[] out = new long[shots];
        double cumulative = 0;
        int i = 0;
        int last = amp.length - im - 1;
        for (int s = 0; s < shots; s++) {
            while (i < last && cumulative + amp[i] * amp[i] + amp[im + i] * amp[im + i] <= u[s]) {
                cumulative += amp[i] * amp[i] + amp[im + i] * amp[im + i];
                i++;
            }
            // never land on a zero-probability state left over by rounding at the top end
            while (i > 0 && amp[i] == 0 && amp[im + i] == 0) {
                i--;
            }
            out[s] = i;
        }
        return out;
    }
}
