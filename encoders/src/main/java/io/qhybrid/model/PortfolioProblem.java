package io.qhybrid.model;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Assets with expected returns {@code mu} and a symmetric covariance matrix {@code sigma}; asset
 * i is variable/qubit i. Immutable.
 */
public final class PortfolioProblem implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<String> assetIds;
    private final double[] mu;
    private final double[][] sigma;

    private PortfolioProblem(List<String> assetIds, double[] mu, double[][] sigma) {
        this.assetIds = assetIds;
        this.mu = mu;
        this.sigma = sigma;
    }

    /**
     * @throws IllegalArgumentException when sizes disagree, ids repeat, a value is not finite or
     *     sigma is not symmetric (to a relative 1e-9)
     */
    public static PortfolioProblem of(List<String> assetIds, double[] mu, double[][] sigma) {
        requireNonNull(assetIds, "assetIds is null");
        requireNonNull(mu, "mu is null");
        requireNonNull(sigma, "sigma is null");
        int n = assetIds.size();
        if (n == 0) {
            throw new IllegalArgumentException("a portfolio needs at least one asset");
        }
        if (mu.length != n || sigma.length != n) {
            throw new IllegalArgumentException("expected " + n + " returns and a " + n + "x" + n
                    + " covariance matrix, got " + mu.length + " returns and " + sigma.length + " rows");
        }
        if (new HashSet<>(assetIds).size() != n) {
            throw new IllegalArgumentException("asset ids must be unique: " + assetIds);
        }
        double[][] copy = new double[n][];
        for (int i = 0; i < n; i++) {
            checkFinite(mu[i], "return of " + assetIds.get(i));
            if (sigma[i].length != n) {
                throw new IllegalArgumentException("covariance row " + i + " has " + sigma[i].length + " entries, expected " + n);
            }
            copy[i] = sigma[i].clone();
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                checkFinite(copy[i][j], "covariance entry (" + i + ", " + j + ")");
                double scale = Math.max(1.0, Math.max(Math.abs(copy[i][j]), Math.abs(copy[j][i])));
                if (Math.abs(copy[i][j] - copy[j][i]) > 1e-9 * scale) {
                    throw new IllegalArgumentException("covariance is not symmetric: entry (" + assetIds.get(i)
                            + ", " + assetIds.get(j) + ") is " + copy[i][j] + " but (" + assetIds.get(j) + ", "
                            + assetIds.get(i) + ") is " + copy[j][i]);
                }
            }
        }
        return new PortfolioProblem(List.copyOf(assetIds), mu.clone(), copy);
    }

    private static void checkFinite(double value, String what) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be finite, got " + value);
        }
    }

    public int numAssets() {
        return mu.length;
    }

    public List<String> assetIds() {
        return assetIds;
    }

    public double mu(int i) {
        return mu[i];
    }

    public double sigma(int i, int j) {
        return sigma[i][j];
    }

    /** The unpenalised objective {@code q x'Σx - μ'x} of a selection (bit i = asset i chosen). */
    public double objective(long selection, double riskAversion) {
        double value = 0;
        for (int i = 0; i < mu.length; i++) {
            if ((selection >>> i & 1L) == 0) {
                continue;
            }
            value -= mu[i];
            for (int j = 0; j < mu.length; j++) {
                if ((selection >>> j & 1L) != 0) {
                    value += riskAversion * sigma[i][j];
                }
            }
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PortfolioProblem other && assetIds.equals(other.assetIds)
                && Arrays.equals(mu, other.mu) && Arrays.deepEquals(sigma, other.sigma);
    }

    @Override
    public int hashCode() {
        return Objects.hash(assetIds, Arrays.hashCode(mu), Arrays.deepHashCode(sigma));
    }

    @Override
    public String toString() {
        return "PortfolioProblem[" + mu.length + " assets]";
    }
}
