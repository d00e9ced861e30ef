package io.qhybrid.optim.internal;

import io.qhybrid.optim.Objective;
import org.apache.commons.math3.analysis.MultivariateFunction;

/**
 * Wraps an objective to count calls, refuse calls past the budget and remember the best point,
 * so a budget stop still returns the best seen rather than the optimiser's last guess.
 */
public final class CountingObjective implements MultivariateFunction {
    /** Thrown when the budget is spent; the optimiser's own exception is not relied upon. */
    public static final class BudgetExhausted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BudgetExhausted() {
            super("evaluation budget exhausted", null, false, false);
        }
    }

    private final Objective objective;
    private final int maxEvaluations;
    private int evaluations;
    private double bestValue = Double.POSITIVE_INFINITY;
    private double[] bestPoint;

    public CountingObjective(Objective objective, int maxEvaluations) {
        this.objective = objective;
        this.maxEvaluations = maxEvaluations;
    }

    @Override
    public double value(double[] point) {
        if (evaluations >= maxEvaluations) {
            throw new BudgetExhausted();
        }
        evaluations++;
        double value = objective.value(point.clone());
        if (value < bestValue || bestPoint == null) {
            bestValue = value;
            bestPoint = point.clone();
        }
        return value;
    }

    /** True once every allowed evaluation has been spent. */
    public boolean exhausted() {
        return evaluations >= maxEvaluations;
    }

    public int evaluations() {
        return evaluations;
    }

    public double bestValue() {
        return bestValue;
    }

    public double[] bestPoint() {
        return bestPoint;
    }
}
