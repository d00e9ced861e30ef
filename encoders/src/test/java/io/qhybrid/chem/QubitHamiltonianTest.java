package io.qhybrid.chem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QubitHamiltonianTest {
    @Test
    void matrixOfKnownWordsMatchesHandWrittenMatrices() {
        // Y0 Y1 = [[0,0,0,-1],[0,0,1,0],[0,1,0,0],[-1,0,0,0]] in the basis |q1 q0>.
        double[][] yy = new QubitHamiltonian(2, Map.of(new PauliWord(0b11, 0b11), 1.0)).matrix();
        assertThat(yy[3][0]).isEqualTo(-1.0);
        assertThat(yy[0][3]).isEqualTo(-1.0);
        assertThat(yy[1][2]).isEqualTo(1.0);
        assertThat(yy[2][1]).isEqualTo(1.0);
        // Z1 is -1 on states with bit 1 set.
        double[][] z1 = new QubitHamiltonian(2, Map.of(PauliWord.single('Z', 1), 1.0)).matrix();
        assertThat(new double[] {z1[0][0], z1[1][1], z1[2][2], z1[3][3]}).containsExactly(1, 1, -1, -1);
    }

    @Test
    void pauliExpansionRoundTrips() {
        Map<PauliWord, Double> terms = new LinkedHashMap<>();
        terms.put(PauliWord.IDENTITY, -0.5);
        terms.put(new PauliWord(0b101, 0b101), 0.25);  // Y0 Y2
        terms.put(new PauliWord(0b011, 0b100), -0.125); // X0 X1 Z2
        terms.put(new PauliWord(0, 0b110), 0.75);      // Z1 Z2
        QubitHamiltonian h = new QubitHamiltonian(3, terms);
        QubitHamiltonian back = QubitHamiltonian.fromMatrix(h.matrix());
        assertThat(back.terms()).hasSize(4);
        terms.forEach((word, c) -> assertThat(back.coefficient(word)).isCloseTo(c, within(1e-15)));
    }

    @Test
    void labelsAndOrder() {
        assertThat(PauliWord.IDENTITY.label()).isEqualTo("I");
        assertThat(new PauliWord(0b1001, 0b0011).label()).isEqualTo("Y0 Z1 X3");
        assertThat(new PauliWord(0, 1).compareTo(new PauliWord(1, 0))).isNegative(); // Z0 before X0
        assertThat(new PauliWord(0, 0b11).compareTo(new PauliWord(0, 0b10))).isPositive();
    }

    @Test
    void rejectsTermsOutsideTheRegisterOrWithComplexMatrices() {
        assertThatThrownBy(() -> new QubitHamiltonian(2, Map.of(PauliWord.single('X', 2), 1.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside 2 qubits");
        assertThatThrownBy(() -> new QubitHamiltonian(2, Map.of(PauliWord.single('Y', 0), 1.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("odd number of Y");
    }

    @Test
    void parityIndexIsThePrefixParity() {
        assertThat(ParityReduction.parityIndex(0b0000, 4)).isEqualTo(0b0000);
        assertThat(ParityReduction.parityIndex(0b0001, 4)).isEqualTo(0b1111);
        assertThat(ParityReduction.parityIndex(0b0101, 4)).isEqualTo(0b0011);
        assertThat(ParityReduction.parityIndex(0b1010, 4)).isEqualTo(0b0110);
    }
}
