package io.qhybrid.variational;

import static java.util.Objects.requireNonNull;

import io.qhybrid.solve.Solution;

/**
 * The outcome of a {@link QaoaSolver} run: the optimised angles, the exact expectation of the
 * cost there (offset included, lower is better), the best sampled state, and the work done.
 *
 * @param gammas the optimised cost angles, one per layer
 * @param betas the optimised mixer angles, one per layer
 * @param expectation {@code <psi|C|psi>} at the optimised angles, computed exactly
 * @param solution the lowest-energy bitstring among the samples of the optimised state
 * @param evaluations expectation evaluations over every start
 * @param starts optimiser starts made
 * @param shots samples drawn from the optimised state
 */
public record QaoaResult(double[] gammas, double[] betas, double expectation, Solution solution, int evaluations,
        int starts, int shots) {
    public QaoaResult {
        gammas = requireNonNull(gammas, "gammas is null").clone();
        betas = requireNonNull(betas, "betas is null").clone();
        requireNonNull(solution, "solution is null");
    }

    @Override
    public double[] gammas() {
        return gammas.clone();
    }

    @Override
    public double[] betas() {
        return betas.clone();
    }

    public int layers() {
        return gammas.length;
    }
}
