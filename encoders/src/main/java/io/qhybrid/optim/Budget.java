package io.qhybrid.optim;

/** Limits on one optimisation: objective evaluations and optimiser iterations, both positive. */
public record Budget(int maxEvaluations, int maxIterations) {
    public Budget {
        if (maxEvaluations < 1 || maxIterations < 1) {
            throw new IllegalArgumentException("budgets must be positive, got " + maxEvaluations
                    + " evaluations and " + maxIterations + " iterations");
        }
    }

    /** 2000 evaluations, 1000 iterations. */
    public static Budget defaults() {
        return new Budget(2000, 1000);
    }
}
