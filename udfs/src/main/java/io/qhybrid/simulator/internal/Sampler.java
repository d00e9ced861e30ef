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
     * Draws {@code shots} basis-state indices from a whole state laid out by {@code layout}.
     *
     * @return sorted indices, one per shot
     */
    public static long[] sample(double[] amp, StateLayout layout, int shots, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int im = layout.im;
        double total = 0;
        for (int i = 0; i < layout.length; i++) {
            int a = layout.index(i);
            total += amp[a] * amp[a] + amp[im + a] * amp[im + a];
        }
        double[] u = new double[shots];
        for (int s = 0; s < shots; s++) {
            u[s] = random.nextDouble() * total;
        }
        Arrays.sort(u);
        long[] out = new long[shots];
        double cumulative = 0;
        int i = 0;
        int last = layout.length - 1;
        for (int s = 0; s < shots; s++) {
            while (i < last && cumulative + probability(amp, layout, i) <= u[s]) {
                cumulative += probability(amp, layout, i);
                i++;
            }
            // never land on a zero-probability state left over by rounding at the top end
            while (i > 0 && probability(amp, layout, i) == 0) {
                i--;
            }
            out[s] = i;
        }
        return out;
    }

    private static double probability(double[] amp, StateLayout layout, int i) {
        int a = layout.index(i);
        return amp[a] * amp[a] + amp[layout.im + a] * amp[layout.im + a];
    }
}
