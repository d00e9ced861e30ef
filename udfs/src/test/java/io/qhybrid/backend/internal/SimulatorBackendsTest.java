package io.qhybrid.backend.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qhybrid.backend.BackendCapabilities;
import io.qhybrid.backend.BackendConfig;
import io.qhybrid.backend.BackendFactories;
import io.qhybrid.backend.JobHandle;
import io.qhybrid.backend.QuantumBackend;
import io.qhybrid.backend.SubmitRequest;
import io.qhybrid.circuit.Circuit;
import io.qhybrid.circuit.Gate;
import io.qhybrid.error.QHybridException;
import io.qhybrid.simulator.Calibrations;
import io.qhybrid.simulator.NoiseModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatorBackendsTest {
    private static Map<String, Long> run(QuantumBackend backend, Circuit circuit, int shots, long seed) {
        JobHandle job = backend.submit(SubmitRequest.builder().circuit(circuit).shots(shots).seed(seed)
                .idempotencyKey("k" + seed).build());
        return backend.result(job).counts0();
    }

    @Test
    void statevectorIsRegisteredAndSamplesExactlyWithItsSeed() {
        QuantumBackend sv = BackendFactories.create(BackendConfig.of("sv", "statevector", null));
        // rx(pi/2) then rx(pi/2) = rx(pi): certainly 1
        assertThat(run(sv, Circuit.builder(1).rx(0, Math.PI / 2).rx(0, Math.PI / 2).build(), 30, 1))
                .containsExactly(Map.entry("1", 30L));
        Circuit plus = Circuit.builder(2).h(0).h(1).build();
        assertThat(run(sv, plus, 500, 9)).isEqualTo(run(sv, plus, 500, 9));
        BackendCapabilities caps = sv.capabilities();
        assertThat(caps.nativeGates()).isEqualTo(EnumSet.allOf(Gate.class));
        assertThat(caps.maxQubits()).isBetween(10, 26);
    }

    @Test
    void noisyReadsItsNoiseFileOrTheDefaultCalibration(@TempDir Path dir) throws Exception {
        Path flip = Files.writeString(dir.resolve("flip.json"), "{\"readout\": {\"p01\": 1.0, \"p10\": 1.0}}");
        QuantumBackend flipped = BackendFactories.create(BackendConfig.of("n", "noisy", null)
                .withOption(SimulatorBackends.NOISE_FILE, flip.toString()));
        assertThat(run(flipped, Circuit.builder(3).x(0).build(), 20, 2)).containsExactly(Map.entry("110", 20L));

        QuantumBackend device = BackendFactories.create(BackendConfig.of("d", "noisy", null));
        Map<String, Long> zeros = run(device, Circuit.builder(2).build(), 20_000, 3);
        // readout error 0.01 per qubit on |00>: P(00) = 0.99^2 = 0.9801, sd of the count ~ 19.8
        assertThat(zeros.get("00")).isBetween(19_503L, 19_701L);
        assertThatThrownBy(() -> BackendFactories.create(BackendConfig.of("m", "noisy", null)
                .withOption(SimulatorBackends.NOISE_FILE, dir.resolve("missing.json").toString())))
                .isInstanceOf(QHybridException.class).hasMessageContaining("missing.json");
    }

    @Test
    void calibrationGateErrorsBecomeDepolarisingRates() {
        NoiseModel noise = Calibrations.defaultNoise();
        // average infidelity r of a d-dimensional depolarising channel is p (d - 1) / d
        assertThat(noise.depolarizing1q()).isEqualTo(2 * 0.0003, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(noise.depolarizing2q()).isEqualTo(4.0 / 3 * 0.008, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(noise.p01(3)).isEqualTo(0.01);
        assertThat(noise.t1(2)).isEqualTo(122.0);
        assertThat(noise.gateTime(2)).isEqualTo(0.3);
    }
}
