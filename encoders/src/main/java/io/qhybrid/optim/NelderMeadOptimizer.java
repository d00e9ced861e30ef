package io.qhybrid.optim;

import static java.util.Objects.requireNonNull;

import io.qhybrid.optim.internal.CountingObjective;
import io.qhybrid.optim.internal.Runs;
import java.util.Arrays;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * The Nelder-Mead downhill simplex from commons-math3. The simplex method has no bounds of its
 * own, so with bounds every point is clamped into the box before the objective sees it (and the
 * reported point is the clamped one).
 */
public final class NelderMeadOptimizer implements Optimizer {
    private final Budget budget;
    private final double step;
    private final double relativeTolerance;
    private final double absoluteTolerance;

    /** Initial simplex edge 0.5, stop when successive best values agree to 1e-12. */
    public NelderMeadOptimizer(Budget budget) {
        this(budget, 0.5, 1e-12, 1e-14);
    }

    public NelderMeadOptimizer(Budget budget, double step, double relativeTolerance, double absoluteTolerance) {
        this.budget = requireNonNull(budget, "budget is null");
        if (!(step > 0)) {
            throw new IllegalArgumentException("step must be positive, got " + step);
        }
        this.step = step;
        this.relativeTolerance = relativeTolerance;
        this.absoluteTolerance = absoluteTolerance;
    }

    @Override
    public String method() {
        return "nelder-mead";
    }

    @Override
    public OptimizationResult minimize(Objective objective, double[] initial, Bounds bounds) {
        requireNonNull(objective, "objective is null");
        requireNonNull(initial, "initial is null");
        Runs.checkDimensions(initial, bounds);
        double[] lower = bounds == null ? null : bounds.lower();
        double[] upper = bounds == null ? null : bounds.upper();
        CountingObjective counted = new CountingObjective(
                point -> objective.value(clamp(point, lower, upper)), budget.maxEvaluations());
        double[] steps = new double[initial.length];
        Arrays.fill(steps, step);
        SimplexOptimizer optimizer = new SimplexOptimizer(relativeTolerance, absoluteTolerance);
        OptimizationResult result = Runs.run(counted, () -> optimizer.optimize(
                new MaxEval(budget.maxEvaluations()), new MaxIter(budget.maxIterations()),
                new ObjectiveFunction(counted), GoalType.MINIMIZE,
                new InitialGuess(initial.clone()), new NelderMeadSimplex(steps)), optimizer::getIterations);
        return new OptimizationResult(clamp(result.point(), lower, upper), result.value(), result.evaluations(),
                result.iterations(), result.budgetExhausted());
    }

    private static double[] clamp(double[] point, double[] lower, double[] upper) {
        if (lower == null) {
            return point;
        }
        double[] clamped = point.clone();
        for (int i = 0; i < clamped.length; i++) {
            clamped[i] = Math.max(lower[i], Math.min(upper[i], clamped[i]));
        }
        return clamped;
    }
}
