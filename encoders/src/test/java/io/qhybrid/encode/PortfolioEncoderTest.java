package io.qhybrid.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.qhybrid.model.PortfolioProblem;
import io.qhybrid.model.Qubo;
import io.qhybrid.solve.ExactSolver;
import io.qhybrid.solve.Solution;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PortfolioEncoderTest {
    static PortfolioProblem randomProblem(int n, Random random) {
        // covariance = B B^T / n plus noise-free diagonal: symmetric positive semi-definite
        double[][] b = new double[n][n];
        for (double[] row : b) {
            for (int j = 0; j < n; j++) {
                row[j] = random.nextGaussian() * 0.3;
            }
        }
        double[][] sigma = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    sigma[i][j] += b[i][k] * b[j][k];
                }
            }
        }
        double[] mu = new double[n];
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            mu[i] = random.nextGaussian() * (random.nextBoolean() ? 0.1 : 2.0);
            ids.add("A" + i);
        }
        return PortfolioProblem.of(ids, mu, sigma);
    }

    @ParameterizedTest
    @CsvSource({"3,1,0.5", "5,2,1.0", "6,3,0.1", "8,4,2.0", "8,1,5.0", "10,5,1.0", "10,9,0.0", "7,0,1.0"})
    void quboOptimumIsFeasibleAndEqualsConstrainedOptimum(int n, int k, double q) {
        Random random = new Random(1000L * n + 10L * k);
        for (int instance = 0; instance < 6; instance++) {
            PortfolioProblem problem = randomProblem(n, random);
            PortfolioEncoder encoder = new PortfolioEncoder(k, q);
            Qubo qubo = encoder.encode(problem);

            double constrainedBest = Double.POSITIVE_INFINITY;
            double quboBest = Double.POSITIVE_INFINITY;
            long quboArgmin = -1;
            for (long x = 0; x < 1L << n; x++) {
                double f = 0;
                for (int i = 0; i < n; i++) {
                    if ((x >>> i & 1) == 1) {
                        f -= problem.mu(i);
                        for (int j = 0; j < n; j++) {
                            if ((x >>> j & 1) == 1) {
                                f += q * problem.sigma(i, j);
                            }
                        }
                    }
                }
                int held = Long.bitCount(x);
                double a = encoder.penaltyWeight(problem);
                double penalised = f + a * (held - k) * (held - k);
                assertThat(qubo.energy(x)).isCloseTo(penalised, within(1e-9));
                if (held == k) {
                    constrainedBest = Math.min(constrainedBest, f);
                }
                if (penalised < quboBest - 1e-12) {
                    quboBest = penalised;
                    quboArgmin = x;
                }
            }
            assertThat(Long.bitCount(quboArgmin)).isEqualTo(k);
            assertThat(quboBest).isCloseTo(constrainedBest, within(1e-9));
            Solution exact = new ExactSolver().solve(qubo);
            assertThat(Long.bitCount(exact.state())).isEqualTo(k);
            assertThat(exact.objective()).isCloseTo(constrainedBest, within(1e-9));
        }
    }
}
