package io.qhybrid.backend.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qhybrid.backend.BackendConfig;
import io.qhybrid.backend.BackendFactories;
import io.qhybrid.backend.JobHandle;
import io.qhybrid.backend.JobStatus;
import io.qhybrid.backend.NoiseParameters;
import io.qhybrid.backend.QuantumBackend;
import io.qhybrid.backend.SubmitRequest;
import io.qhybrid.circuit.Circuit;
import io.qhybrid.simulator.SimulatorRunner;
import io.qhybrid.error.QHybridException;
import io.qhybrid.pool.BackendPool;
import io.qhybrid.pool.PoolConfig;
import io.qhybrid.pool.PoolRequest;
import io.qhybrid.pool.PoolResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunnerBackendTest {
    @Test
    void aRunnerBecomesABackendTypeWithOneRegistration() {
        BackendFactories.register(RunnerBackend.factory("reference", SimulatorRunner.exact(), NoiseParameters.NONE));
        QuantumBackend backend = BackendFactories.create(BackendConfig.of("local", "reference", null)
                .withOption("max-qubits", "4"));
        JobHandle job = backend.submit(SubmitRequest.builder().circuit(Circuit.builder(2).x(1).build()).shots(9)
                .idempotencyKey("r1").build());
        assertThat(backend.status(job)).isEqualTo(JobStatus.COMPLETED);
        assertThat(backend.result(job).counts0()).containsExactly(Map.entry("10", 9L));
        assertThatThrownBy(() -> backend.submit(SubmitRequest.builder().circuit(Circuit.builder(5).build())
                .idempotencyKey("wide").build())).isInstanceOf(QHybridException.class).hasMessageContaining("max-qubits");
    }

    @Test
    void aLocalBackendRunsThroughThePoolLikeAnyOther() {
        QuantumBackend backend = new RunnerBackend(BackendConfig.of("sv", "statevector", null),
                SimulatorRunner.exact(), NoiseParameters.NONE);
        PoolResult r = new BackendPool(backend, PoolConfig.builder().approved(true).fallbackChain(List.of("qpu"))
                .pollInterval(java.time.Duration.ofMillis(1)).build())
                .execute(new PoolRequest("run", "k", Circuit.builder(1).x(0).build(), 5, 1));
        assertThat(r.tier()).isEqualTo("qpu");
        assertThat(r.counts()).containsExactly(Map.entry("1", 5L));
    }
}
