package io.qhybrid.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qhybrid.backend.NoiseParameters;
import io.qhybrid.backend.internal.JsonCodec;
import io.qhybrid.circuit.Circuit;
import io.qhybrid.error.QHybridException;
import io.qhybrid.simulator.SimulatorRunner;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QisCircuitReaderTest {
    @Test
    void readsTheGatesOfTheQisSet() {
        String qis = "[{\"gate\":\"h\",\"target\":0},{\"gate\":\"cnot\",\"control\":0,\"target\":1},"
                + "{\"gate\":\"rx\",\"target\":2,\"rotation\":0.5},{\"gate\":\"swap\",\"targets\":[0,2]},"
                + "{\"gate\":\"z\",\"control\":1,\"target\":2},{\"gate\":\"si\",\"target\":1},{\"gate\":\"v\",\"target\":0}]";
        Circuit expected = Circuit.builder(3).h(0).cx(0, 1).rx(2, 0.5).swap(0, 2).cz(1, 2).sdg(1).sx(0)
                .measureAll().build();
        assertThat(QisCircuitReader.read(3, JsonCodec.parse(qis, "t"))).isEqualTo(expected);
    }

    @Test
    void viUndoesV() {
        // v then vi is the identity up to a global phase: |0> stays |0>
        Circuit c = QisCircuitReader.read(1, JsonCodec.parse("[{\"gate\":\"v\",\"target\":0},"
                + "{\"gate\":\"vi\",\"target\":0}]", "t"));
        assertThat(SimulatorRunner.exact().run(c, 50, 1, NoiseParameters.NONE)).containsExactly(Map.entry("0", 50L));
    }

    @Test
    void refusesUnknownGatesAndQubitsOutsideTheRegister() {
        assertThatThrownBy(() -> QisCircuitReader.read(2, JsonCodec.parse("[{\"gate\":\"foo\",\"target\":0}]", "t")))
                .isInstanceOf(QHybridException.class).hasMessageContaining("unknown gate 'foo'");
        assertThatThrownBy(() -> QisCircuitReader.read(2, JsonCodec.parse("[{\"gate\":\"h\",\"target\":2}]", "t")))
                .isInstanceOf(QHybridException.class).hasMessageContaining("outside 0..1");
        assertThatThrownBy(() -> QisCircuitReader.read(1, JsonCodec.parse("[{\"gate\":\"rz\",\"target\":0}]", "t")))
                .hasMessageContaining("rotation");
    }
}
