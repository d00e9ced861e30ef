package io.qhybrid.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.qhybrid.model.IsingModel;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExactSolverTest {
    static IsingModel randomIsing(int n, long seed, boolean integers) {
        Random random = new Random(seed);
        IsingModel.Builder builder = IsingModel.builder(n).addOffset(random.nextGaussian());
        for (int i = 0; i < n; i++) {
            builder.addField(i, integers ? random.nextInt(5) - 2 : random.nextGaussian());
            for (int j = i + 1; j < n; j++) {
                if (random.nextDouble() < 0.6) {
                    builder.addCoupling(i, j, integers ? random.nextInt(5) - 2 : random.nextGaussian());
                }
            }
        }
        return builder.build();
    }

    /** Plain loop over all states with the model's own O(n^2) energy; first minimum wins. */
    static long bruteForceArgmin(IsingModel model) {
        long best = 0;
        double bestEnergy = model.energy(0);
        for (long s = 1; s < 1L << model.numSpins(); s++) {
            double e = model.energy(s);
            if (e < bestEnergy - 1e-9) {
                bestEnergy = e;
                best = s;
            }
        }
        return best;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5, 11, 12, 13, 16, 17})
    void matchesBruteForceIncludingTies(int n) {
        for (long seed = 0; seed < 3; seed++) {
            for (boolean integers : new boolean[] {false, true}) {
                IsingModel model = randomIsing(n, seed * 97 + n, integers);
                long expected = bruteForceArgmin(model);
                Solution one = new ExactSolver().solve(model);
                Solution two = new ExactSolver(2).solve(model);
                assertThat(one.state()).isEqualTo(expected);
                assertThat(two.state()).isEqualTo(expected);
                assertThat(one.objective()).isCloseTo(model.energy(expected), within(1e-12));
                assertThat(one.method()).isEqualTo("exact");
            }
        }
    }

    @Test
    void allTiedModelReturnsIndexZero() {
        IsingModel flat = IsingModel.builder(14).addOffset(3).build();
        assertThat(new ExactSolver(2).solve(flat).state()).isZero();
    }

    @Test
    void annealingAndGreedyAreReproducibleAndNeverBelowExact() {
        IsingModel model = randomIsing(14, 5, false);
        double exact = new ExactSolver().solve(model).objective();
        SimulatedAnnealingSolver annealer = SimulatedAnnealingSolver.builder().sweeps(200).restarts(3).seed(9).build();
        Solution first = annealer.solve(model);
        assertThat(annealer.solve(model)).isEqualTo(first);
        assertThat(first.objective()).isGreaterThanOrEqualTo(exact - 1e-9).isCloseTo(exact, within(1e-9));
        assertThat(new GreedySolver().solve(model).objective()).isGreaterThanOrEqualTo(exact - 1e-9);
    }
}
