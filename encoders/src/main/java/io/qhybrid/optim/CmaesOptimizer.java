package io.qhybrid.optim;

import static java.util.Objects.requireNonNull;

import io.qhybrid.optim.internal.CountingObjective;
import io.qhybrid.optim.internal.Runs;
import java.util.Arrays;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * The covariance matrix adaptation evolution strategy from commons-math3: robust on noisy
 * objectives such as shot-sampled energies. Seeded, so a run is reproducible. The initial step
 * is {@code sigma} per coordinate, capped at a third of each bounded range; the population is
 * the usual {@code 4 + 3 ln d}.
 */
public final class CmaesOptimizer implements Optimizer {
    private final Budget budget;
    private final double sigma;
    private final long seed;

    public CmaesOptimizer(Budget budget, double sigma, long seed) {
        this.budget = requireNonNull(budget, "budget is null");
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("sigma must be positive and finite, got " + sigma);
        }
        this.sigma = sigma;
        this.seed = seed;
    }

    /** Step 0.3. */
    public CmaesOptimizer(Budget budget, long seed) {
        this(budget, 0.3, seed);
    }

    @Override
    public String method() {
        return "cma-es";
    }

    @Override
    public OptimizationResult minimize(Objective objective, double[] initial, Bounds bounds) {
        requireNonNull(objective, "objective is null");
        requireNonNull(initial, "initial is null");
        Runs.checkDimensions(initial, bounds);
        int d = initial.length;
        double[] lower = new double[d];
        double[] upper = new double[d];
        Arrays.fill(lower, Double.NEGATIVE_INFINITY);
        Arrays.fill(upper, Double.POSITIVE_INFINITY);
        if (bounds != null) {
            lower = bounds.lower();
            upper = bounds.upper();
        }
        double[] steps = new double[d];
        for (int i = 0; i < d; i++) {
            double range = upper[i] - lower[i];
            steps[i] = Double.isFinite(range) ? Math.min(sigma, range / 3) : sigma;
        }
        int population = 4 + (int) Math.floor(3 * Math.log(d));
        CountingObjective counted = new CountingObjective(objective, budget.maxEvaluations());
        // no extra convergence checker: CMA-ES's own stopping rules (function and step
        // tolerances) are more reliable than comparing two successive generations
        CMAESOptimizer optimizer = new CMAESOptimizer(budget.maxIterations(), Double.NEGATIVE_INFINITY, true, 0, 0,
                new MersenneTwister(seed), false, null);
        double[] fixedLower = lower;
        double[] fixedUpper = upper;
        return Runs.run(counted, () -> optimizer.optimize(
                new MaxEval(budget.maxEvaluations()), new ObjectiveFunction(counted), GoalType.MINIMIZE,
                new InitialGuess(initial.clone()), new SimpleBounds(fixedLower, fixedUpper),
                new CMAESOptimizer.Sigma(steps), new CMAESOptimizer.PopulationSize(population)),
                optimizer::getIterations);
    }
}
