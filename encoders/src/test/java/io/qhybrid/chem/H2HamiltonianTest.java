package io.qhybrid.chem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Checks the computed H2 Hamiltonians against published numbers and against each other. The
 * 0.735 angstrom reference coefficients are the widely reproduced parity-mapped, two-qubit
 * reduced STO-3G values; our qubit labelling (see {@link H2Hamiltonian}) produces them with the
 * same signs, so they are compared term by term.
 */
class H2HamiltonianTest {
    private static final double PUBLISHED = 1e-5;
    private final H2Hamiltonian h2 = H2Hamiltonian.atAngstrom(0.735);

    @Test
    void twoQubitCoefficientsMatchPublishedValues() {
        QubitHamiltonian q = h2.parityReduced();
        assertThat(q.qubits()).isEqualTo(2);
        assertThat(q.terms()).hasSize(5);
        assertThat(q.coefficient(PauliWord.IDENTITY)).isCloseTo(-1.052373245772859, within(PUBLISHED));
        assertThat(q.coefficient(PauliWord.single('Z', 0))).isCloseTo(0.39793742484318045, within(PUBLISHED));
        assertThat(q.coefficient(PauliWord.single('Z', 1))).isCloseTo(-0.39793742484318045, within(PUBLISHED));
        assertThat(q.coefficient(new PauliWord(0, 0b11))).isCloseTo(-0.01128010425623538, within(PUBLISHED));
        assertThat(q.coefficient(new PauliWord(0b11, 0))).isCloseTo(0.18093119978423156, within(PUBLISHED));
    }

    @Test
    void energiesMatchPublishedValues() {
        assertThat(h2.nuclearRepulsion()).isCloseTo(0.7199689944489797, within(1e-12));
        assertThat(h2.groundElectronicEnergy()).isCloseTo(-1.857275, within(1e-6));
        assertThat(h2.groundTotalEnergy()).isCloseTo(-1.137306, within(1e-6));
    }

    @Test
    void twoQubitGroundEnergyEqualsHandDiagonalisedBlock() {
        // The published 2x2 block {|01>, |10>}: [[II - 2 Z0 ... ]] diagonalised by hand.
        double ii = -1.052373245772859;
        double z = 0.39793742484318045;
        double zz = -0.01128010425623538;
        double xx = 0.18093119978423156;
        double d01 = ii - z - z - zz; // <01|H|01>: Z0 = -1, Z1 = +1, Z0 Z1 = -1
        double d10 = ii + z + z - zz; // <10|H|10>
        double published = 0.5 * (d01 + d10) - Math.sqrt(0.25 * (d01 - d10) * (d01 - d10) + xx * xx);
        assertThat(h2.groundElectronicEnergy()).isCloseTo(published, within(PUBLISHED));
    }

    @Test
    void jordanWignerHasTheFifteenTermsOfMinimalBasisH2() {
        QubitHamiltonian jw = h2.jordanWigner();
        assertThat(jw.qubits()).isEqualTo(4);
        assertThat(jw.terms()).hasSize(15);
        assertThat(jw.terms().keySet()).allMatch(w -> w.yCount() % 2 == 0);
    }

    @Test
    void jordanWignerGroundStateInTwoElectronSectorEqualsTwoQubitGroundState() {
        // Penalise particle numbers other than two, then diagonalise the full 16x16 matrix.
        double[][] m = h2.jordanWigner().matrix();
        for (int b = 0; b < 16; b++) {
            int excess = Integer.bitCount(b) - 2;
            m[b][b] += 10.0 * excess * excess;
        }
        double[] values = QubitHamiltonian.eigenvalues(m);
        assertThat(values[0]).isCloseTo(h2.groundElectronicEnergy(), within(1e-10));
    }

    @Test
    void twoQubitSpectrumEqualsJordanWignerSpectrumInTheOneUpOneDownSector() {
        double[][] full = h2.jordanWigner().matrix();
        int[] sector = {0b0101, 0b0110, 0b1001, 0b1010}; // one of orbitals 0,1 (up) and one of 2,3 (down)
        double[][] block = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                block[i][j] = full[sector[i]][sector[j]];
            }
        }
        assertThat(h2.parityReduced().eigenvalues())
                .containsExactly(QubitHamiltonian.eigenvalues(block), within(1e-10));
    }

    @Test
    void hartreeFockMatchesTextbookAtOnePointFourBohr() {
        assertThat(MinimalBasisH2.atBohr(1.4).hartreeFockEnergy()).isCloseTo(-1.1167, within(1e-4));
    }

    @Test
    void hartreeFockStateIsTheDiagonalElementOfTheReducedHamiltonian() {
        double[][] m = h2.parityReduced().matrix();
        assertThat(m[0b01][0b01] + h2.nuclearRepulsion()).isCloseTo(h2.hartreeFockEnergy(), within(1e-12));
        assertThat(h2.groundTotalEnergy()).isLessThan(h2.hartreeFockEnergy());
    }

    @Test
    void dissociatesToTwoHydrogenAtoms() {
        // STO-3G hydrogen atom energy: -0.466581850 hartree; exact CI separates correctly, RHF does not.
        H2Hamiltonian far = H2Hamiltonian.atAngstrom(20.0);
        assertThat(far.groundTotalEnergy()).isCloseTo(2 * -0.466581850, within(1e-6));
        assertThat(far.hartreeFockEnergy()).isGreaterThan(far.groundTotalEnergy() + 0.1);
    }
}
