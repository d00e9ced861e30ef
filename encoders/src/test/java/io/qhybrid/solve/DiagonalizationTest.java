package io.qhybrid.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.qhybrid.encode.PauliSumReader;
import io.qhybrid.model.Pauli;
import io.qhybrid.model.PauliSum;
import io.qhybrid.model.PauliWord;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DiagonalizationTest {
    /** H2, STO-3G, 0.735 Å, parity mapping with two-qubit reduction; IZ is Z on qubit 0. */
    static final String H2 = """
            -1.052373245772859 I
            0.39793742484318045 Z0
            -0.39793742484318045 Z1
            -0.01128010425623538 Z0 Z1
            0.18093119978423156 X0 X1
            """;

    @Test
    void h2GroundEnergyMatchesPublishedValue() {
        PauliSum h2 = PauliSumReader.parse(H2, "h2");
        assertThat(new DenseDiagonalizer().solve(h2).energy()).isCloseTo(-1.857275, within(1e-6));
        assertThat(new LanczosDiagonalizer().solve(h2).energy()).isCloseTo(-1.857275, within(1e-6));
    }

    static PauliSum randomSum(int n, int terms, long seed) {
        Random random = new Random(seed);
        PauliSum.Builder sum = PauliSum.builder().numQubits(n);
        for (int t = 0; t < terms; t++) {
            Map<Integer, Pauli> ops = new HashMap<>();
            for (int q = 0; q < n; q++) {
                if (random.nextDouble() < 0.4) {
                    ops.put(q, Pauli.values()[random.nextInt(3)]);
                }
            }
            sum.add(random.nextGaussian(), PauliWord.of(ops));
        }
        return sum.build();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 7, 8})
    void lanczosEqualsDenseOnRandomSums(int n) {
        for (long seed = 0; seed < 3; seed++) {
            PauliSum sum = randomSum(n, 4 * n + 2, 17 * n + seed);
            double dense = new DenseDiagonalizer().solve(sum).energy();
            assertThat(new LanczosDiagonalizer().solve(sum).energy()).as("seed %d", seed).isCloseTo(dense, within(1e-8));
        }
    }

    @Test
    void realAndComplexDensePathsAgreeOnARealSum() {
        // X0 Y1 Y2 has two Y factors, so the matrix is real; adding a zero-coefficient-free single Y term makes it complex
        PauliSum real = PauliSum.builder().add(0.7, "X0 Y1 Y2").add(-0.3, "Z1").add(0.2, "Z0 Z2").build();
        assertThat(real.isReal()).isTrue();
        double expected = new LanczosDiagonalizer().solve(real).energy();
        assertThat(new DenseDiagonalizer().solve(real).energy()).isCloseTo(expected, within(1e-9));
    }

    /**
     * Periodic transverse-field Ising chain {@code H = -J sum Z_i Z_{i+1} - g sum X_i}. By the
     * Jordan-Wigner free-fermion solution its ground state lies in the even-parity sector with
     * antiperiodic momenta {@code k = ±(2m+1) pi / N}, giving
     * {@code E0 = -sum_k sqrt(J^2 + g^2 - 2 J g cos k)} over those N momenta.
     */
    static double tfimGroundEnergy(int n, double j, double g) {
        double e = 0;
        for (int m = 0; m < n; m++) {
            double k = Math.PI * (2 * m + 1) / n;
            e -= Math.sqrt(j * j + g * g - 2 * j * g * Math.cos(k));
        }
        return e;
    }

    static PauliSum tfim(int n, double j, double g) {
        PauliSum.Builder sum = PauliSum.builder();
        for (int i = 0; i < n; i++) {
            sum.add(-j, PauliWord.of(Map.of(i, Pauli.Z, (i + 1) % n, Pauli.Z)));
            sum.add(-g, PauliWord.of(Map.of(i, Pauli.X)));
        }
        return sum.build();
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 6, 10, 12})
    void lanczosMatchesFreeFermionTransverseFieldIsing(int n) {
        for (double g : new double[] {0.5, 1.0, 1.7}) {
            double expected = tfimGroundEnergy(n, 1.0, g);
            GroundState lanczos = new LanczosDiagonalizer().solve(tfim(n, 1.0, g));
            assertThat(lanczos.energy()).as("n=%d g=%s", n, g).isCloseTo(expected, within(1e-8));
            if (n <= 6) {
                assertThat(new DenseDiagonalizer().solve(tfim(n, 1.0, g)).energy()).isCloseTo(expected, within(1e-9));
            }
        }
    }

    @Test
    void restartedLanczosWithATinyBasisStillConverges() {
        // six basis vectors cannot hold the answer for 2^8 states: only restarts get there
        GroundState small = new LanczosDiagonalizer(6, 200, 1e-10, 5L).solve(tfim(8, 1.0, 0.8));
        assertThat(small.energy()).isCloseTo(tfimGroundEnergy(8, 1.0, 0.8), within(1e-8));
        assertThat(small.iterations()).isGreaterThan(6);
    }

    @Test
    void selectorUsesDenseForSmallAndLanczosForLarge() {
        assertThat(new ExactDiagonalization().solve(tfim(4, 1, 1)).method()).isEqualTo("dense-diagonalisation");
        assertThat(new ExactDiagonalization().solve(tfim(9, 1, 1)).method()).isEqualTo("lanczos");
    }
}
