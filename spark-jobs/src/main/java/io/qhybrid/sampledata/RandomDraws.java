package io.qhybrid.sampledata;

import java.util.SplittableRandom;

/**
 * Standard normal (Box-Muller) and uniform draws from a {@link SplittableRandom}. The normal draw is
 * written out here, with {@link StrictMath}, so a seed gives the same bytes on every JDK and platform.
 */
final class RandomDraws {
    private RandomDraws() {}

    static double normal(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble(); // in (0, 1], so the log is finite
        double u2 = random.nextDouble();
        return Math.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * Math.PI * u2);
    }

    static double uniform(SplittableRandom random, double low, double high) {
        return low + (high - low) * random.nextDouble();
    }
}
