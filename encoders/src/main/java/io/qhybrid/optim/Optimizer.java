package io.qhybrid.optim;

/**
 * A derivative-free minimiser for variational loops. Implementations respect their evaluation
 * budget strictly (the objective is never called more often) and return the best point seen,
 * also when a budget stops them early.
 */
public interface Optimizer {
    /** A short method name recorded with results, e.g. {@code "bobyqa"}. */
    String method();

    /**
     * @param bounds box constraints, or null for none (BOBYQA and CMA-ES then use infinite bounds)
     */
    OptimizationResult minimize(Objective objective, double[] initial, Bounds bounds);

    default OptimizationResult minimize(Objective objective, double[] initial) {
        return minimize(objective, initial, null);
    }
}
