package io.qhybrid.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PauliWordTest {
    @Test
    void sortsFactorsByQubitAndBuildsMasks() {
        PauliWord word = PauliWord.parse("Z3 X0 Y1");
        assertThat(word.toString()).isEqualTo("X0 Y1 Z3");
        assertThat(word.xMask()).isEqualTo(0b0011L);
        assertThat(word.zMask()).isEqualTo(0b1010L);
        assertThat(word.yCount()).isEqualTo(1);
        assertThat(word.opOn(2)).isNull();
    }

    @Test
    void identitySpellings() {
        assertThat(PauliWord.parse("").isIdentity()).isTrue();
        assertThat(PauliWord.parse("I").isIdentity()).isTrue();
        assertThat(PauliWord.parse("I0 I1")).isEqualTo(PauliWord.identity());
    }

    @Test
    void refusesRepeatedAndNegativeQubits() {
        assertThatThrownBy(() -> PauliWord.parse("X0 Z0")).hasMessageContaining("qubit 0 appears more than once");
        assertThatThrownBy(() -> PauliWord.parse("X-1")).hasMessageContaining("-1");
        assertThatThrownBy(() -> PauliWord.parse("Q1")).hasMessageContaining("Q1");
    }

    @Test
    void sumMergesTermsAndScoresIsingStates() {
        PauliSum sum = PauliSum.builder().add(0.5, "Z0").add(0.25, "Z0").add(1.0, "Z0 Z1").add(-2.0, "I").build();
        assertThat(sum.size()).isEqualTo(3);
        assertThat(sum.coefficientOf(PauliWord.parse("Z0"))).isEqualTo(0.75);
        // state 0b01: Z0 = -1, Z1 = +1
        assertThat(sum.energy(0b01)).isEqualTo(-2.0 - 0.75 - 1.0);
        IsingModel ising = IsingModel.builder(3).addField(2, 1.5).addCoupling(0, 2, -0.5).addOffset(1).build();
        PauliSum diagonal = PauliSum.fromIsing(ising);
        for (long s = 0; s < 8; s++) {
            assertThat(diagonal.energy(s)).isEqualTo(ising.energy(s));
        }
    }
}
