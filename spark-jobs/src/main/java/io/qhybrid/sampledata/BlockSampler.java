package io.qhybrid.sampledata;

import java.util.Set;
import java.util.SplittableRandom;

/**
 * Draws the edges of one block of a stochastic block model in time proportional to the edges
 * drawn rather than the pairs considered: the gap to the next accepted pair is geometric, which
 * is what makes 50 000-node sparse graphs cheap (Batagelj and Brandes' skipping idea).
 */
final class BlockSampler {
    private BlockSampler() {}

    /** Adds each pair (u in [a0, a1), v in [b0, b1), u < v) with probability p. Same range: pairs inside it. */
    static void sample(int a0, int a1, int b0, int b1, double p, SplittableRandom random, Set<Long> edges) {
        if (p <= 0) {
            return;
        }
        if (a0 == b0) {
            long size = a1 - a0;
            long pairs = size * (size - 1) / 2;
            // Pair index k enumerates (w, v) with w < v row by row: v = 1, w = 0; v = 2, w = 0..1; ...
            long v = 1;
            long rowStart = 0;
            for (long k = skip(p, random); k < pairs; k += 1 + skip(p, random)) {
                while (k >= rowStart + v) {
                    rowStart += v;
                    v++;
                }
                long w = k - rowStart;
                edges.add(EdgeList.key(a0 + (int) w, a0 + (int) v));
            }
        } else {
            long width = b1 - b0;
            long pairs = (long) (a1 - a0) * width;
            for (long k = skip(p, random); k < pairs; k += 1 + skip(p, random)) {
                edges.add(EdgeList.key(a0 + (int) (k / width), b0 + (int) (k % width)));
            }
        }
    }

    /** Number of pairs rejected before the next accepted one. */
    private static long skip(double p, SplittableRandom random) {
        if (p >= 1) {
            return 0;
        }
        double u = 1.0 - random.nextDouble();
        double gap = Math.floor(StrictMath.log(u) / StrictMath.log1p(-p));
        return gap > Long.MAX_VALUE / 4 ? Long.MAX_VALUE / 4 : (long) gap;
    }
}
