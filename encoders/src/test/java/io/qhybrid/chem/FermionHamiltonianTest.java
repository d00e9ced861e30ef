package io.qhybrid.chem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

/**
 * Builds the Hamiltonian a second way, from operator-level Jordan-Wigner annihilators
 * {@code a_j = Z_0 ... Z_(j-1) (X_j + i Y_j) / 2} multiplied as 16 x 16 matrices, and checks it
 * equals the occupation-basis matrix that {@link FermionHamiltonian} builds by the sign rule.
 */
class FermionHamiltonianTest {
    private static final int SPIN_ORBITALS = 4;

    @Test
    void signRuleMatrixEqualsOperatorLevelJordanWigner() {
        MolecularIntegrals m = MinimalBasisH2.atAngstrom(0.735).orbitalIntegrals();
        RealMatrix[] a = new RealMatrix[SPIN_ORBITALS];
        for (int j = 0; j < SPIN_ORBITALS; j++) {
            a[j] = annihilator(j);
        }
        int n = m.orbitals();
        RealMatrix h = new Array2DRowRealMatrix(16, 16);
        for (int p = 0; p < SPIN_ORBITALS; p++) {
            for (int q = 0; q < SPIN_ORBITALS; q++) {
                if (p / n == q / n) {
                    h = h.add(a[p].transpose().multiply(a[q]).scalarMultiply(m.oneBody(p % n, q % n)));
                }
                for (int r = 0; r < SPIN_ORBITALS; r++) {
                    for (int s = 0; s < SPIN_ORBITALS; s++) {
                        if (p / n == q / n && r / n == s / n) {
                            RealMatrix term = a[p].transpose().multiply(a[r].transpose()).multiply(a[s]).multiply(a[q]);
                            h = h.add(term.scalarMultiply(0.5 * m.twoBody(p % n, q % n, r % n, s % n)));
                        }
                    }
                }
            }
        }
        double[][] expected = h.getData();
        double[][] actual = new FermionHamiltonian(m).occupationMatrix();
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 16; j++) {
                assertThat(actual[i][j]).as("element %d,%d", i, j).isCloseTo(expected[i][j], within(1e-12));
            }
        }
    }

    @Test
    void annihilatorsAnticommute() {
        for (int i = 0; i < SPIN_ORBITALS; i++) {
            for (int j = 0; j < SPIN_ORBITALS; j++) {
                RealMatrix ai = annihilator(i);
                RealMatrix aj = annihilator(j);
                RealMatrix anti = ai.multiply(aj.transpose()).add(aj.transpose().multiply(ai));
                RealMatrix expected = i == j ? identity() : new Array2DRowRealMatrix(16, 16);
                assertThat(anti.subtract(expected).getFrobeniusNorm()).isLessThan(1e-15);
            }
        }
    }

    /** {@code Z_0 ... Z_(j-1) |0><1|_j}, qubit k being bit k of the basis index; (X + iY)/2 = |0><1| is real. */
    private static RealMatrix annihilator(int j) {
        RealMatrix a = new Array2DRowRealMatrix(16, 16);
        for (int b = 0; b < 16; b++) {
            if ((b >> j & 1) == 1) {
                int zString = Integer.bitCount(b & ((1 << j) - 1)) % 2 == 0 ? 1 : -1;
                a.setEntry(b ^ (1 << j), b, zString);
            }
        }
        return a;
    }

    private static RealMatrix identity() {
        RealMatrix id = new Array2DRowRealMatrix(16, 16);
        for (int i = 0; i < 16; i++) {
            id.setEntry(i, i, 1);
        }
        return id;
    }
}
