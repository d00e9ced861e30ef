package io.qhybrid.optim;

import static java.util.Objects.requireNonNull;

import io.qhybrid.optim.internal.CountingObjective;
import io.qhybrid.optim.internal.Runs;
import java.util.Arrays;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Powell's BOBYQA (bound-constrained quadratic-model trust region) from commons-math3, with
 * {@code 2d+1} interpolation points. BOBYQA needs two or more variables; a one-variable problem
 * gets a second coordinate {@code y} with the term {@code y^2} added: an inert coordinate would
 * leave the quadratic model singular in that direction and stall the trust region, while
 * {@code y^2} has its minimum at {@code y = 0} and is subtracted again from the reported value.
 */
public final class BobyqaOptimizer implements Optimizer {
    private final Budget budget;
    private final double initialRadius;
    private final double stoppingRadius;

    /** Trust radius from 0.5 down to 1e-8. */
    public BobyqaOptimizer(Budget budget) {
        this(budget, 0.5, 1e-8);
    }

    public BobyqaOptimizer(Budget budget, double initialRadius, double stoppingRadius) {
        this.budget = requireNonNull(budget, "budget is null");
        if (!(stoppingRadius > 0) || !(initialRadius > stoppingRadius)) {
            throw new IllegalArgumentException("need initialRadius > stoppingRadius > 0");
        }
        this.initialRadius = initialRadius;
        this.stoppingRadius = stoppingRadius;
    }

    @Override
    public String method() {
        return "bobyqa";
    }

    @Override
    public OptimizationResult minimize(Objective objective, double[] initial, Bounds bounds) {
        requireNonNull(objective, "objective is null");
        requireNonNull(initial, "initial is null");
        Runs.checkDimensions(initial, bounds);
        int d = initial.length;
        boolean padded = d == 1;
        int dimension = padded ? 2 : d;
        double[] start = Arrays.copyOf(initial, dimension);
        double[] lower = new double[dimension];
        double[] upper = new double[dimension];
        Arrays.fill(lower, Double.NEGATIVE_INFINITY);
        Arrays.fill(upper, Double.POSITIVE_INFINITY);
        if (bounds != null) {
            System.arraycopy(bounds.lower(), 0, lower, 0, d);
            System.arraycopy(bounds.upper(), 0, upper, 0, d);
        }
        CountingObjective counted = new CountingObjective(
                point -> padded ? objective.value(new double[] {point[0]}) + point[1] * point[1] : objective.value(point),
                budget.maxEvaluations());
        BOBYQAOptimizer optimizer = new BOBYQAOptimizer(2 * dimension + 1, initialRadius, stoppingRadius);
        OptimizationResult result = Runs.run(counted, () -> optimizer.optimize(
                new MaxEval(budget.maxEvaluations()), new MaxIter(budget.maxIterations()),
                new ObjectiveFunction(counted), GoalType.MINIMIZE,
                new InitialGuess(start), new SimpleBounds(lower, upper)), optimizer::getIterations);
        if (!padded) {
            return result;
        }
        double y = result.point()[1];
        return new OptimizationResult(new double[] {result.point()[0]}, result.value() - y * y, result.evaluations(),
                result.iterations(), result.budgetExhausted());
    }
}
