package io.qhybrid.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.qhybrid.circuit.Circuit;
import io.qhybrid.error.InputException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoisySimulatorTest {

    @Test
    void oneQubitConvergesToTheAnalyticDepolarisedReadoutResult() {
        double theta = 1.1, p = 0.2, p01 = 0.05, p10 = 0.1;
        int shots = 100_000;
        NoisySimulator simulator = new NoisySimulator(NoiseModel.uniform(p, 0, p01, p10), 1, shots);
        Map<String, Long> counts = simulator.run(Circuit.builder(1).rx(0, theta).build(), shots, 3);
        // rho -> (1 - p) rho + p I/2, then the readout confusion matrix
        double one = (1 - p) * Math.pow(Math.sin(theta / 2), 2) + p / 2;
        double read = one * (1 - p10) + (1 - one) * p01;
        double sigma = Math.sqrt(read * (1 - read) / shots);
        assertThat(counts.getOrDefault("1", 0L) / (double) shots).isCloseTo(read, within(5 * sigma));
    }

    @Test
    void twoQubitDepolarisingMixesTowardsUniform() {
        // cx on |00> is |00>; after it, 15 of the 16 Paulis at rate p/16 each move weight off |00>
        double p = 0.4;
        int shots = 50_000;
        NoisySimulator simulator = new NoisySimulator(NoiseModel.uniform(0, p, 0, 0), 1, shots);
        Map<String, Long> counts = simulator.run(Circuit.builder(2).cx(0, 1).build(), shots, 5);
        double expected = 1 - p + p / 4;
        double sigma = Math.sqrt(expected * (1 - expected) / shots);
        assertThat(counts.get("00") / (double) shots).isCloseTo(expected, within(5 * sigma));
    }

    @Test
    void sameSeedSameCountsWhateverTheThreads() {
        Circuit circuit = RandomCircuits.circuit(17, 2, 8);
        NoiseModel noise = NoiseModel.uniform(0.01, 0.05, 0.02, 0.03);
        Map<String, Long> one = new NoisySimulator(noise, 1, 4).run(circuit, 400, 99);
        Map<String, Long> two = new NoisySimulator(noise, 2, 4).run(circuit, 400, 99);
        assertThat(two).isEqualTo(one);
        assertThat(new NoisySimulator(noise, 1, 4).run(circuit, 400, 99)).isEqualTo(one);
    }

    @Test
    void parsesTheCalibrationDocument() {
        NoiseModel noise = NoiseModel.fromJson("{\"depolarizing_1q\": 0.001, \"depolarizing_2q\": 0.02,"
                + " \"readout\": {\"p01\": 0.01, \"p10\": 0.04}, \"gate_time_2q_us\": 0.3,"
                + " \"qubits\": [{\"qubit\": 1, \"p10\": 0.07, \"t1_us\": 90, \"t2_us\": 60}]}", "cal.json");
        assertThat(noise.depolarizing1q()).isEqualTo(0.001);
        assertThat(noise.depolarizing2q()).isEqualTo(0.02);
        assertThat(noise.p01(0)).isEqualTo(0.01);
        assertThat(noise.p10(0)).isEqualTo(0.04);
        assertThat(noise.p10(1)).isEqualTo(0.07);
        assertThat(noise.p01(1)).isEqualTo(0.01);
        assertThat(noise.t1(1)).isEqualTo(90);
        assertThat(noise.t1(0)).isNaN();
        assertThat(noise.gateTime(2)).isEqualTo(0.3);
    }

    @Test
    void rejectsBadDocumentsWithLocation() {
        assertThatThrownBy(() -> NoiseModel.fromJson("{\n  \"depolarizing_1q\": 0.1,\n  oops\n}", "cal.json"))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).line()).isEqualTo(3))
                .hasMessageStartingWith("cal.json:3:");
        assertThatThrownBy(() -> NoiseModel.fromJson("{\"depolarising_1q\": 0.1}", "cal.json"))
                .hasMessageContaining("unknown key 'depolarising_1q'");
        assertThatThrownBy(() -> NoiseModel.fromJson("{\"readout\": {\"p01\": 1.5}}", "cal.json"))
                .hasMessageContaining("probability");
    }
}
