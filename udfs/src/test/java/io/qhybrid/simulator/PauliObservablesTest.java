package io.qhybrid.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.qhybrid.circuit.Circuit;
import io.qhybrid.model.PauliSum;
import org.junit.jupiter.api.Test;

class PauliObservablesTest {
    @Test
    void expectationsOfKnownStates() {
        // Bell state (|00> + |11>)/sqrt 2: <XX> = 1, <YY> = -1, <ZZ> = 1, <Z0> = 0
        QuantumState bell = new StateVectorSimulator().run(Circuit.builder(2).h(0).cx(0, 1).build());
        PauliSum sum = PauliSum.builder().add(0.5, "X0 X1").add(2, "Y0 Y1").add(-1, "Z0 Z1").add(3, "Z0")
                .add(0.25, "I").build();
        assertThat(bell.expectation(PauliObservables.of(sum))).isCloseTo(0.5 - 2 - 1 + 0 + 0.25, within(1e-12));
        // |1> on qubit 1 only: <Z1> = -1, <Z0> = +1
        QuantumState one = new StateVectorSimulator().run(Circuit.builder(2).x(1).build());
        assertThat(one.expectation(PauliObservables.of(PauliSum.builder().add(1, "Z1").add(0.5, "Z0").build())))
                .isCloseTo(-0.5, within(1e-12));
    }
}
