package io.qhybrid.bench;

import io.qhybrid.model.IsingModel;
import io.qhybrid.solve.ExactSolver;
import io.qhybrid.solve.Solution;
import java.util.Arrays;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * {@code qhybrid bench encoders}: exact enumeration of a dense random Ising model (n = 24 by
 * default, or the first argument) in Gray-code order, against a naive O(n^2)-per-state energy
 * evaluation over a random sample of states measured in the same run. Prints states per second
 * per core for both and their ratio. Target: at least 50 M energies per second per core with
 * the Gray code.
 */
public final class EncodersBench {
    private static final int SAMPLE = 1 << 20;
    private static final int REPEATS = 5;

    private EncodersBench() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 24;
        int cores = Runtime.getRuntime().availableProcessors();
        IsingModel model = denseRandomIsing(n, 2024L);
        double states = Math.pow(2, n);
        System.out.printf("encoders bench: dense random Ising, n = %d (%d couplings), %d cores%n",
                n, model.couplingCount(), cores);

        // warm-up so the JIT compiles the hot loops before anything is timed
        new ExactSolver(1).solve(denseRandomIsing(Math.min(n, 20), 1L));
        naiveMinimum(model, randomStates(n, SAMPLE / 8, 2L));

        double[] single = new double[REPEATS];
        Solution solution = null;
        for (int r = 0; r < REPEATS; r++) {
            long start = System.nanoTime();
            solution = new ExactSolver(1).solve(model);
            single[r] = states / ((System.nanoTime() - start) / 1e9);
        }
        double[] parallel = new double[REPEATS];
        for (int r = 0; r < REPEATS; r++) {
            long start = System.nanoTime();
            Solution threaded = new ExactSolver(cores).solve(model);
            parallel[r] = states / ((System.nanoTime() - start) / 1e9);
            if (threaded.state() != solution.state()) {
                throw new IllegalStateException("threaded enumeration disagrees with the single-threaded one");
            }
        }
        long[] sample = randomStates(n, SAMPLE, 3L);
        double[] naive = new double[REPEATS];
        double sampleMinimum = 0;
        for (int r = 0; r < REPEATS; r++) {
            long start = System.nanoTime();
            sampleMinimum = naiveMinimum(model, sample);
            naive[r] = SAMPLE / ((System.nanoTime() - start) / 1e9);
        }

        double grayRate = median(single);
        double naiveRate = median(naive);
        System.out.printf("gray code, 1 thread    : %8.1f M energies/s (median of %d; best %.1f)%n",
                grayRate / 1e6, REPEATS, max(single) / 1e6);
        System.out.printf("gray code, %d threads   : %8.1f M energies/s total, %.1f M/s per core%n",
                cores, median(parallel) / 1e6, median(parallel) / cores / 1e6);
        System.out.printf("naive O(n^2), 1 thread : %8.1f M energies/s over %d sampled states%n",
                naiveRate / 1e6, SAMPLE);
        System.out.printf("ratio gray / naive     : %8.1f x%n", grayRate / naiveRate);
        System.out.printf("target >= 50 M/s per core: %s%n", grayRate >= 50e6 ? "met" : "missed");
        System.out.printf("ground energy %.6f at %s (sample minimum %.6f, never lower)%n",
                solution.objective(), solution.bitstring(), sampleMinimum);
    }

    /** Every pair coupled with a Gaussian weight, Gaussian fields. */
    static IsingModel denseRandomIsing(int n, long seed) {
        Random random = new Random(seed);
        IsingModel.Builder builder = IsingModel.builder(n);
        for (int i = 0; i < n; i++) {
            builder.addField(i, random.nextGaussian());
            for (int j = i + 1; j < n; j++) {
                builder.addCoupling(i, j, random.nextGaussian());
            }
        }
        return builder.build();
    }

    private static long[] randomStates(int n, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] states = new long[count];
        for (int k = 0; k < count; k++) {
            states[k] = random.nextLong() & ((1L << n) - 1);
        }
        return states;
    }

    /** The textbook evaluation: every field and every pair from scratch for each state. */
    private static double naiveMinimum(IsingModel model, long[] states) {
        int n = model.numSpins();
        double[] h = model.fields();
        double[] j = new double[n * n];
        for (int k = 0; k < model.couplingCount(); k++) {
            j[model.couplingI(k) * n + model.couplingJ(k)] = model.couplingWeight(k);
        }
        double[] spins = new double[n];
        double minimum = Double.POSITIVE_INFINITY;
        for (long state : states) {
            for (int i = 0; i < n; i++) {
                spins[i] = (state >>> i & 1L) == 0 ? 1.0 : -1.0;
            }
            double e = model.offset();
            for (int a = 0; a < n; a++) {
                e += h[a] * spins[a];
                for (int b = a + 1; b < n; b++) {
                    e += j[a * n + b] * spins[a] * spins[b];
                }
            }
            minimum = Math.min(minimum, e);
        }
        return minimum;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
