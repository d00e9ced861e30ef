package io.qhybrid.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelConversionsTest {
    /** x'Qx + offset written out directly from the dense matrix. */
    private static double denseQuboValue(double[][] q, double offset, long state) {
        double value = offset;
        for (int i = 0; i < q.length; i++) {
            for (int j = 0; j < q.length; j++) {
                value += q[i][j] * (state >>> i & 1L) * (state >>> j & 1L);
            }
        }
        return value;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 8, 10})
    void quboAndIsingAgreeOnEveryBitstring(int n) {
        Random random = new Random(100 + n);
        for (int instance = 0; instance < 5; instance++) {
            double[][] q = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    q[i][j] = random.nextDouble() < 0.7 ? random.nextGaussian() : 0.0;
                }
            }
            double offset = random.nextGaussian();
            Qubo qubo = Qubo.fromMatrix(q, offset);
            IsingModel ising = qubo.toIsing();
            Qubo back = ModelConversions.toQubo(ising);
            for (long state = 0; state < 1L << n; state++) {
                double expected = denseQuboValue(q, offset, state);
                String bits = Bitstrings.of(state, n);
                assertThat(qubo.energy(bits)).isCloseTo(expected, within(1e-9));
                assertThat(ising.energy(bits)).isCloseTo(expected, within(1e-9));
                assertThat(back.energy(state)).isCloseTo(expected, within(1e-9));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4, 7})
    void isingToQuboKeepsSpinEnergies(int n) {
        Random random = new Random(7 * n);
        double[] h = new double[n];
        double[][] j = new double[n][n];
        IsingModel.Builder builder = IsingModel.builder(n).addOffset(0.25);
        for (int a = 0; a < n; a++) {
            h[a] = random.nextGaussian();
            builder.addField(a, h[a]);
            for (int b = a + 1; b < n; b++) {
                j[a][b] = random.nextGaussian();
                builder.addCoupling(a, b, j[a][b]);
            }
        }
        Qubo qubo = ModelConversions.toQubo(builder.build());
        for (long state = 0; state < 1L << n; state++) {
            double expected = 0.25;
            for (int a = 0; a < n; a++) {
                int sa = (state >>> a & 1L) == 0 ? 1 : -1; // bit 1 is spin -1
                expected += h[a] * sa;
                for (int b = a + 1; b < n; b++) {
                    expected += j[a][b] * sa * ((state >>> b & 1L) == 0 ? 1 : -1);
                }
            }
            assertThat(qubo.energy(state)).isCloseTo(expected, within(1e-9));
        }
    }
}
