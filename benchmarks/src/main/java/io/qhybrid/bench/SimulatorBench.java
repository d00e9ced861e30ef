package io.qhybrid.bench;

import io.qhybrid.model.IsingModel;
import io.qhybrid.simulator.QaoaSimulator;
import io.qhybrid.simulator.internal.CostVector;
import io.qhybrid.simulator.internal.KernelSupport;
import io.qhybrid.simulator.internal.Parallel;
import io.qhybrid.simulator.internal.QaoaEvolution;
import io.qhybrid.simulator.internal.StateLayout;
import java.util.Locale;
import java.util.Random;

/**
 * {@code qhybrid bench simulator [--quick]}: simulator kernels against this machine's own
 * streaming bandwidth, every figure measured in the same run so the ratios hold on a noisy host.
 * Needs about 3 GiB of heap ({@code -Xmx3g}) and {@code --add-modules jdk.incubator.vector} for
 * the SIMD kernels. {@code --quick} stops at 22 qubits and skips the 26-qubit QAOA evaluation;
 * {@code --only gate|layer|qaoa} runs the bandwidth figures and that one section.
 */
public final class SimulatorBench {
    private static final int REPEATS = 5;
    /** A layer is cheap next to the whole run and noisier than a gate, so it takes more tries. */
    private static final int LAYER_REPEATS = 10;

    private SimulatorBench() {}

    public static void main(String[] args) {
        java.util.List<String> argList = java.util.Arrays.asList(args);
        boolean quick = argList.contains("--quick");
        int onlyAt = argList.indexOf("--only");
        String only = onlyAt >= 0 && onlyAt + 1 < args.length ? args[onlyAt + 1] : "all";
        boolean all = only.equals("all");
        int maxQubits = quick ? 22 : 26;
        System.out.printf(Locale.ROOT, "kernels: %s; heap %d MiB; %s%n", KernelSupport.describe(),
                Runtime.getRuntime().maxMemory() >> 20, quick ? "quick run (n <= 22)" : "full run (n <= 26)");
        // the largest state as StateVectorSimulator lays it out: both parts in one array
        double[] amp = StateLayout.of(maxQubits).allocate();
        java.util.Arrays.fill(amp, 0.5);
        warmUp();
        double[] bandwidth = new double[3];
        for (int threads = 1; threads <= 2; threads++) {
            bandwidth[threads] = streamingBandwidth(amp, Parallel.of(threads));
            System.out.printf(Locale.ROOT, "streaming scale x[i] *= a, %d thread(s): %.1f GB/s (bytes read + written)%n",
                    threads, bandwidth[threads]);
        }
        amp = null;
        for (int threads = 1; threads <= 2 && (all || only.equals("gate")); threads++) {
            oneQubitGates(maxQubits, Parallel.of(threads), bandwidth[threads]);
            complexGates(maxQubits, Parallel.of(threads), bandwidth[threads]);
        }
        for (int threads = 1; threads <= 2 && (all || only.equals("layer")); threads++) {
            qaoaLayers(maxQubits, Parallel.of(threads), bandwidth[threads]);
        }
        if (!all && !only.equals("qaoa")) {
            return;
        }
        if (!quick) {
            for (int threads = 1; threads <= 2; threads++) {
                qaoaEvaluation(26, threads, bandwidth[threads]);
            }
        } else {
            qaoaEvaluation(20, 1, bandwidth[1]);
        }
    }

    /** Compiles every kernel before anything is timed, so no figure includes JIT time. */
    private static void warmUp() {
        int n = 16;
        StateLayout layout = StateLayout.of(n);
        int im = layout.imaginaryOffset();
        double[] amp = layout.allocate();
        amp[0] = 1;
        // a real and a complex matrix: the kernels take a path of their own for each
        double[][] matrices = {{0.6, 0, 0.8, 0, 0.8, 0, -0.6, 0}, {0.6, 0, 0, 0.8, 0, 0.8, 0.6, 0}};
        // the defaults, and blocks small enough that a 16-qubit state has superblocks and group passes
        // from memory as the larger states do; betas whose cosine is above 1/2 and below
        CostVector maxCut = CostVector.of(randomMaxCut(n, 24, 1)), fields = CostVector.of(withFields(randomMaxCut(n, 24, 1)));
        QaoaEvolution[] evolutions = {
            QaoaEvolution.withDefaults(maxCut, Parallel.of(1)), QaoaEvolution.withDefaults(fields, Parallel.of(1)),
            new QaoaEvolution(maxCut, Parallel.of(1), 9, 3, 12, 12), new QaoaEvolution(fields, Parallel.of(1), 9, 3, 12, 12)
        };
        for (int r = 0; r < 30; r++) {
            for (double[] m : matrices) {
                for (int t = 0; t < n; t++) {
                    KernelSupport.apply1q(amp, layout, t, m, 0, 1L << (n - 1));
                }
            }
            for (QaoaEvolution evolution : evolutions) {
                evolution.evolve(amp, im, new double[] {0.1, 0.2, 0.3}, new double[] {0.3, 0.5, 1.2});
            }
            scale(amp, 0, amp.length, 1.0);
        }
    }

    /** Best of several in-place scales over the whole array, in GB/s of bytes read plus written. */
    private static double streamingBandwidth(double[] amp, Parallel parallel) {
        double best = Double.MAX_VALUE;
        for (int r = 0; r < REPEATS + 2; r++) {
            long t0 = System.nanoTime();
            parallel.forRange(amp.length, (from, to) -> scale(amp, (int) from, (int) to, 1.0000001));
            best = Math.min(best, System.nanoTime() - t0);
        }
        return 2.0 * 8 * amp.length / best;
    }

    private static void scale(double[] x, int from, int to, double a) {
        for (int i = from; i < to; i++) {
            x[i] *= a;
        }
    }

    /**
     * Each target's figure is its best of {@link #REPEATS} passes, taken in rounds over all targets
     * rather than one target's passes back to back: a slow stretch of the host (a few seconds at
     * a time) then costs one pass of several targets instead of every pass of the few it falls on.
     */
    private static void oneQubitGates(int maxQubits, Parallel parallel, double bandwidth) {
        double h = Math.sqrt(0.5);
        gateLines(20, maxQubits, parallel, bandwidth, new double[] {h, 0, h, 0, h, 0, -h, 0}, "");
    }

    /**
     * The Hadamard above is a real matrix, which the kernels apply with half the arithmetic; a
     * complex one (U3(1.1, 0.4, 0.7), row-major re/im pairs) takes the general kernel. Printed for
     * the sizes the one-qubit floor is stated at.
     */
    private static void complexGates(int maxQubits, Parallel parallel, double bandwidth) {
        double theta = 1.1, phi = 0.4, lambda = 0.7, c = Math.cos(theta / 2), s = Math.sin(theta / 2);
        double[] u3 = {
            c, 0, -s * Math.cos(lambda), -s * Math.sin(lambda),
            s * Math.cos(phi), s * Math.sin(phi), c * Math.cos(phi + lambda), c * Math.sin(phi + lambda)
        };
        gateLines(Math.min(24, maxQubits), maxQubits, parallel, bandwidth, u3, " complex matrix,");
    }

    private static void gateLines(int fromQubits, int maxQubits, Parallel parallel, double bandwidth, double[] m, String label) {
        for (int n = fromQubits; n <= maxQubits; n += 2) {
            // a state of n qubits as StateVectorSimulator allocates it
            StateLayout layout = StateLayout.of(n);
            double[] amp = layout.allocate();
            java.util.Arrays.fill(amp, 0.5);
            long pairs = 1L << (n - 1);
            double[] best = new double[n];
            java.util.Arrays.fill(best, Double.MAX_VALUE);
            for (int r = 0; r < REPEATS; r++) {
                for (int t = 0; t < n; t++) {
                    int target = t;
                    long t0 = System.nanoTime();
                    parallel.forRange(pairs, (from, to) -> KernelSupport.apply1q(amp, layout, target, m, from, to));
                    best[t] = Math.min(best[t], System.nanoTime() - t0);
                }
            }
            StringBuilder line = new StringBuilder();
            double worst = Double.MAX_VALUE;
            for (int t = 0; t < n; t++) {
                double nsPerAmp = best[t] / (2.0 * pairs);
                double fraction = 32 / nsPerAmp / bandwidth;
                worst = Math.min(worst, fraction);
                line.append(String.format(Locale.ROOT, " %d:%.2f/%.0f%%", t, nsPerAmp, 100 * fraction));
            }
            System.out.printf(Locale.ROOT, "1q gate n=%d, %d thread(s),%s target:ns per amplitude/%% of bandwidth:%s; worst %.0f%%%n",
                    n, parallel.threads(), label, line, 100 * worst);
        }
    }

    /**
     * One layer on Max-Cut, which has no fields and so is evolved on half the amplitudes (see
     * {@code QaoaEvolution}), and on the same graph with a field on every qubit, which is not.
     */
    private static void qaoaLayers(int maxQubits, Parallel parallel, double bandwidth) {
        for (int n = 20; n <= maxQubits; n++) {
            IsingModel maxCut = randomMaxCut(n, 3 * n / 2, 42);
            double pass = 32.0 * (1L << n) / bandwidth;
            double[] nanos = layerNanos(parallel, CostVector.of(maxCut), CostVector.of(withFields(maxCut)));
            double symmetric = nanos[0], fields = nanos[1];
            System.out.printf(Locale.ROOT, "QAOA layer n=%d, %d thread(s): Max-Cut %.1f ms = %.2f streaming passes; "
                            + "with fields %.1f ms = %.2f passes (naive: %d)%n",
                    n, parallel.threads(), symmetric / 1e6, symmetric / pass, fields / 1e6, fields / pass, n + 1);
        }
    }

    /**
     * Each cost's best layer, at the origin and layout QaoaSimulator uses (both parts start on a
     * cache line). The repeats come in two rounds over the costs, each cost's layers of a
     * round back to back as in an evaluation, where a state small enough stays in the last-level
     * cache from one layer to the next; the second round is there for a slow stretch of the host.
     */
    private static double[] layerNanos(Parallel parallel, CostVector... costs) {
        QaoaEvolution[] evolutions = new QaoaEvolution[costs.length];
        double[][] buffers = new double[costs.length][];
        double[] best = new double[costs.length];
        for (int k = 0; k < costs.length; k++) {
            evolutions[k] = QaoaEvolution.withDefaults(costs[k], parallel);
            buffers[k] = evolutions[k].newBuffer();
            best[k] = Double.MAX_VALUE;
        }
        for (int round = 0; round < 2; round++) {
            for (int k = 0; k < costs.length; k++) {
                for (int rep = 0; rep < LAYER_REPEATS / 2; rep++) {
                    long t0 = System.nanoTime();
                    evolutions[k].evolve(buffers[k], evolutions[k].imaginaryOffset(), StateLayout.ORIGIN,
                            new double[] {0.4}, new double[] {0.3});
                    best[k] = Math.min(best[k], System.nanoTime() - t0);
                }
            }
        }
        return best;
    }

    /** The same couplings plus a unit field on every spin: no longer parity symmetric. */
    private static IsingModel withFields(IsingModel model) {
        IsingModel.Builder b = IsingModel.builder(model.numSpins()).addOffset(model.offset());
        for (int k = 0; k < model.couplingCount(); k++) {
            b.addCoupling(model.couplingI(k), model.couplingJ(k), model.couplingWeight(k));
        }
        for (int q = 0; q < model.numSpins(); q++) {
            b.addField(q, 0.5);
        }
        return b.build();
    }

    /** Also in streaming passes of the 2^n state, which hold across hosts where seconds do not. */
    private static void qaoaEvaluation(int n, int threads, double bandwidth) {
        IsingModel graph = randomMaxCut(n, 39, 2024);
        long t0 = System.nanoTime();
        QaoaSimulator qaoa = new QaoaSimulator(graph, threads);
        long t1 = System.nanoTime();
        double[] gammas = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6};
        double[] betas = {0.6, 0.5, 0.4, 0.3, 0.2, 0.1};
        double value = qaoa.expectation(gammas, betas);
        double best = Double.MAX_VALUE;
        for (int rep = 0; rep < REPEATS; rep++) {
            long t2 = System.nanoTime();
            value = qaoa.expectation(gammas, betas);
            best = Math.min(best, System.nanoTime() - t2);
        }
        double pass = 32.0 * (1L << n) / bandwidth;
        System.out.printf(Locale.ROOT, "QAOA Max-Cut n=%d, 39 edges, p=6, %d thread(s): cost vector %.2f s (%s), "
                        + "one evaluation %.3f s = %.1f streaming passes, expected cut %.4f%n", n, threads, (t1 - t0) / 1e9,
                qaoa.compactCost() ? "1 byte/state" : "8 bytes/state", best / 1e9, best / pass, -value);
    }

    /** A seeded random simple graph with unit weights as a Max-Cut Ising model (E = -cut). */
    static IsingModel randomMaxCut(int n, int edges, long seed) {
        Random random = new Random(seed);
        java.util.Set<Long> seen = new java.util.HashSet<>();
        IsingModel.Builder b = IsingModel.builder(n);
        while (seen.size() < edges) {
            int i = random.nextInt(n), j = random.nextInt(n);
            if (i != j && seen.add((long) Math.min(i, j) * n + Math.max(i, j))) {
                b.addCoupling(i, j, 0.5).addOffset(-0.5);
            }
        }
        return b.build();
    }
}
