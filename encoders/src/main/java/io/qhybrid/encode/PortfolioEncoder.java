package io.qhybrid.encode;

import static java.util.Objects.requireNonNull;

import io.qhybrid.model.PortfolioProblem;
import io.qhybrid.model.Qubo;

/**
 * Exactly-k portfolio selection as a QUBO:
 * {@code minimise q x'Σx - μ'x + A (sum_i x_i - k)^2} over {@code x in {0,1}^n}, where bit i says
 * whether asset i is held.
 *
 * <p><b>Penalty weight.</b> Let {@code f(x) = q x'Σx - μ'x}. Flipping one bit i changes f by
 * {@code ±(q (Σ_ii + 2 sum_{j≠i} Σ_ij x_j) - μ_i)}, whose size is at most
 * {@code D_i = |μ_i| + |q| (|Σ_ii| + 2 sum_{j≠i} |Σ_ij|)}; let {@code D = max_i D_i}. Take any
 * infeasible x with {@code m = sum x ≠ k} and flip one bit towards k (a 1 to 0 when m > k, a 0 to
 * 1 when m < k; such a bit exists). The penalty falls by {@code A((m-k)^2 - (|m-k|-1)^2) =
 * A(2|m-k| - 1) >= A} while f rises by at most D, so the total falls whenever {@code A > D}.
 * Repeating reaches a feasible y with strictly lower total than x. Hence every minimiser of the
 * QUBO is feasible, and since the penalty vanishes on feasible points the QUBO minimum equals the
 * constrained minimum of f. We use {@code A = 1.1 D} (or 1 when D = 0), the margin keeping
 * {@code A > D} strict despite rounding. The constant {@code A k^2} is kept as the QUBO offset,
 * so QUBO energy equals f on feasible selections.
 */
public final class PortfolioEncoder implements ProblemEncoder<PortfolioProblem, Qubo> {
    public static final String NAME = "portfolio-exactly-k-qubo";
    public static final String VERSION = "1";

    private final int k;
    private final double riskAversion;

    /**
     * @param k number of assets to hold, in {@code [0, numAssets]}
     * @param riskAversion the weight q of the variance term, finite
     */
    public PortfolioEncoder(int k, double riskAversion) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be non-negative, got " + k);
        }
        if (!Double.isFinite(riskAversion)) {
            throw new IllegalArgumentException("risk aversion must be finite, got " + riskAversion);
        }
        this.k = k;
        this.riskAversion = riskAversion;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return VERSION;
    }

    public int k() {
        return k;
    }

    public double riskAversion() {
        return riskAversion;
    }

    /** The penalty weight A used for {@code problem} (see the class comment for why it suffices). */
    public double penaltyWeight(PortfolioProblem problem) {
        requireNonNull(problem, "problem is null");
        double bound = 0;
        for (int i = 0; i < problem.numAssets(); i++) {
            double offDiagonal = 0;
            for (int j = 0; j < problem.numAssets(); j++) {
                if (j != i) {
                    offDiagonal += Math.abs(problem.sigma(i, j));
                }
            }
            double flip = Math.abs(problem.mu(i))
                    + Math.abs(riskAversion) * (Math.abs(problem.sigma(i, i)) + 2 * offDiagonal);
            bound = Math.max(bound, flip);
        }
        return bound > 0 ? 1.1 * bound : 1.0;
    }

    @Override
    public Qubo encode(PortfolioProblem problem) {
        requireNonNull(problem, "problem is null");
        int n = problem.numAssets();
        if (k > n) {
            throw new IllegalArgumentException("cannot hold exactly " + k + " of " + n + " assets");
        }
        double a = penaltyWeight(problem);
        Qubo.Builder qubo = Qubo.builder(n);
        // A (sum x - k)^2 = A k^2 + A (1 - 2k) sum x_i + 2A sum_{i<j} x_i x_j, using x_i^2 = x_i
        qubo.addOffset(a * k * (double) k);
        for (int i = 0; i < n; i++) {
            qubo.addLinear(i, riskAversion * problem.sigma(i, i) - problem.mu(i) + a * (1 - 2.0 * k));
            for (int j = i + 1; j < n; j++) {
                qubo.addQuadratic(i, j, 2 * riskAversion * problem.sigma(i, j) + 2 * a);
            }
        }
        return qubo.build();
    }
}
