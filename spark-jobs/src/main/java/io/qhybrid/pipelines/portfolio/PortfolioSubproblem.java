package io.qhybrid.pipelines.portfolio;

import static java.util.Objects.requireNonNull;

import io.qhybrid.encode.PortfolioEncoder;
import io.qhybrid.model.PortfolioProblem;
import io.qhybrid.pipelines.IsingSubproblem;
import java.util.ArrayList;
import java.util.List;

/**
 * One sector's exactly-k selection: qubit i holds asset i (ids ascending). The objective is the
 * mean-variance objective {@code q x'Sx - mu'x} (lower is better) of a feasible selection (exactly
 * k assets); the approximation ratio is {@code (f_worst - f) / (f_worst - f_best)} over all
 * feasible selections, enumerated exactly (1 is optimal, 0 the worst choice), or null when there
 * are more than {@link #ENUMERATION_LIMIT} selections.
 */
final class PortfolioSubproblem extends IsingSubproblem {
    /** Largest number of feasible selections enumerated for the ratio. */
    static final long ENUMERATION_LIMIT = 2_000_000;

    private final PortfolioProblem problem;
    private final PortfolioEncoder encoder;
    private double[] range; // f_best, f_worst over feasible selections, computed once

    PortfolioSubproblem(PortfolioProblem problem, PortfolioEncoder encoder, String text) {
        super(encoder.encode(requireNonNull(problem, "problem is null")).toIsing(), text, encoder.encoding());
        this.problem = problem;
        this.encoder = encoder;
    }

    @Override
    public boolean feasible(long state) {
        return Long.bitCount(state) == encoder.k();
    }

    @Override
    public double objective(long state) {
        return problem.objective(state, encoder.riskAversion());
    }

    @Override
    public boolean maximise() {
        return false;
    }

    @Override
    public Double ratio(double objective, Double exact, double bestKnown) {
        double[] r = range();
        if (r == null) {
            return null;
        }
        return r[1] - r[0] < 1e-15 ? 1.0 : (r[1] - objective) / (r[1] - r[0]);
    }

    private double[] range() {
        if (range == null) {
            int n = problem.numAssets();
            int k = encoder.k();
            if (binomial(n, k) > ENUMERATION_LIMIT) {
                return null;
            }
            double best = Double.POSITIVE_INFINITY;
            double worst = Double.NEGATIVE_INFINITY;
            if (k == 0) {
                best = worst = objective(0);
            } else {
                for (long s = (1L << k) - 1; s < (1L << n); s = nextCombination(s)) { // Gosper's hack
                    double f = objective(s);
                    best = Math.min(best, f);
                    worst = Math.max(worst, f);
                }
            }
            range = new double[] {best, worst};
        }
        return range;
    }

    private static long nextCombination(long s) {
        long c = s & -s;
        long r = s + c;
        return (((r ^ s) >>> 2) / c) | r;
    }

    private static double binomial(int n, int k) {
        double b = 1;
        for (int i = 1; i <= k; i++) {
            b = b * (n - k + i) / i;
        }
        return b;
    }

    @Override
    public String detailJson(long state) {
        List<String> chosen = new ArrayList<>();
        double mean = 0;
        for (int i = 0; i < problem.numAssets(); i++) {
            if (((state >>> i) & 1) == 1) {
                chosen.add("\"" + problem.assetIds().get(i) + "\"");
                mean += problem.mu(i);
            }
        }
        return "{\"chosen\":" + chosen + ",\"k\":" + encoder.k() + ",\"expected_daily_return\":" + mean
                + ",\"objective\":" + objective(state) + "}";
    }
}
