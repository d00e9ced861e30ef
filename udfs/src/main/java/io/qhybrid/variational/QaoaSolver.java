package io.qhybrid.variational;

import static java.util.Objects.requireNonNull;

import io.qhybrid.model.Bitstrings;
import io.qhybrid.model.IsingModel;
import io.qhybrid.optim.BobyqaOptimizer;
import io.qhybrid.optim.Bounds;
import io.qhybrid.optim.Budget;
import io.qhybrid.optim.OptimizationResult;
import io.qhybrid.simulator.QaoaSimulator;
import io.qhybrid.solve.Solution;
import io.qhybrid.solve.Solver;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * QAOA on the state-vector simulator: minimises the exact expectation {@code <C>} over
 * {@code gamma_l in [-pi, pi]}, {@code beta_l in [-pi/2, pi/2]} with BOBYQA from several seeded
 * starts (the landscape has many local optima; the first start is a small linear ramp, the others
 * uniform in the box), then samples the best state and keeps the sampled bitstring of lowest
 * energy. The beta box is a full period of the mixer ({@code exp(-i pi X) = -I}, a global
 * phase), and the gamma box a full period of the cost whenever energy differences are integers,
 * as for Max-Cut with integer weights. Deterministic for a given seed.
 */
public final class QaoaSolver implements Solver {
    private final int layers;
    private final int starts;
    private final int shots;
    private final long seed;
    private final Budget budget;

    private QaoaSolver(Builder b) {
        if (b.layers < 1 || b.starts < 1 || b.shots < 1) {
            throw new IllegalArgumentException("QAOA needs layers, starts and shots >= 1, got " + b.layers + ", "
                    + b.starts + ", " + b.shots);
        }
        this.layers = b.layers;
        this.starts = b.starts;
        this.shots = b.shots;
        this.seed = b.seed;
        this.budget = b.budget;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String method() {
        return "qaoa";
    }

    @Override
    public Solution solve(IsingModel model) {
        return run(model).solution();
    }

    /** Optimises the angles for {@code model} and samples the optimised state. */
    public QaoaResult run(IsingModel model) {
        requireNonNull(model, "model is null");
        QaoaSimulator simulator = new QaoaSimulator(model);
        double[] lower = new double[2 * layers];
        double[] upper = new double[2 * layers];
        Arrays.fill(lower, 0, layers, -Math.PI);
        Arrays.fill(upper, 0, layers, Math.PI);
        Arrays.fill(lower, layers, 2 * layers, -Math.PI / 2);
        Arrays.fill(upper, layers, 2 * layers, Math.PI / 2);
        Bounds bounds = new Bounds(lower, upper);
        SplittableRandom random = new SplittableRandom(seed);
        OptimizationResult best = null;
        int evaluations = 0;
        for (int s = 0; s < starts; s++) {
            double[] initial = s == 0 ? ramp() : uniform(random, lower, upper);
            OptimizationResult r = new BobyqaOptimizer(budget).minimize(
                    x -> simulator.expectation(gammas(x), betas(x)), initial, bounds);
            evaluations += r.evaluations();
            if (best == null || r.value() < best.value()) {
                best = r;
            }
        }
        double[] point = best.point();
        Map<String, Long> counts = simulator.sample(gammas(point), betas(point), shots, seed);
        String bestBits = null;
        double bestEnergy = Double.POSITIVE_INFINITY;
        for (String bits : counts.keySet()) { // sorted, so ties keep the lowest state
            double e = model.energy(bits);
            if (e < bestEnergy) {
                bestEnergy = e;
                bestBits = bits;
            }
        }
        int n = model.numSpins();
        Solution solution = new Solution(Bitstrings.toIndex(bestBits, n), n, bestEnergy, method());
        return new QaoaResult(gammas(point), betas(point), simulator.expectation(gammas(point), betas(point)),
                solution, evaluations, starts, shots);
    }

    /** A short linear ramp: gammas growing, betas shrinking, the adiabatic shape at small angles. */
    private double[] ramp() {
        double[] x = new double[2 * layers];
        for (int l = 0; l < layers; l++) {
            x[l] = 0.4 * (l + 1) / layers;
            x[layers + l] = 0.4 * (layers - l) / layers;
        }
        return x;
    }

    private static double[] uniform(SplittableRandom random, double[] lower, double[] upper) {
        double[] x = new double[lower.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = lower[i] + random.nextDouble() * (upper[i] - lower[i]);
        }
        return x;
    }

    private double[] gammas(double[] x) {
        return Arrays.copyOfRange(x, 0, layers);
    }

    private double[] betas(double[] x) {
        return Arrays.copyOfRange(x, layers, 2 * layers);
    }

    /** Builds a {@link QaoaSolver}: 1 layer, 4 starts, 1000 shots, seed 0, 500 evaluations per start. */
    public static final class Builder {
        private int layers = 1;
        private int starts = 4;
        private int shots = 1000;
        private long seed;
        private Budget budget = new Budget(500, 500);

        public Builder layers(int p) {
            this.layers = p;
            return this;
        }

        public Builder starts(int count) {
            this.starts = count;
            return this;
        }

        public Builder shots(int count) {
            this.shots = count;
            return this;
        }

        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /** The budget of each start. */
        public Builder budget(Budget value) {
            this.budget = requireNonNull(value, "budget is null");
            return this;
        }

        public QaoaSolver build() {
            return new QaoaSolver(this);
        }
    }
}
