package io.qhybrid.optim;

import static java.util.Objects.requireNonNull;

/**
 * The best point an optimiser saw, its objective value, how many objective evaluations and
 * optimiser iterations it used, and whether it stopped because a budget ran out.
 */
public record OptimizationResult(double[] point, double value, int evaluations, int iterations,
        boolean budgetExhausted) {
    public OptimizationResult {
        requireNonNull(point, "point is null");
        point = point.clone();
    }

    @Override
    public double[] point() {
        return point.clone();
    }
}
