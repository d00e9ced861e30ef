package io.qhybrid.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.qhybrid.backend.BackendConfig;
import io.qhybrid.backend.BackendFactories;
import io.qhybrid.backend.QuantumBackend;
import io.qhybrid.backend.internal.EnvironmentSecrets;
import io.qhybrid.circuit.Circuit;
import io.qhybrid.pool.BackendPool;
import io.qhybrid.pool.PoolConfig;
import io.qhybrid.pool.PoolRequest;
import io.qhybrid.pool.PoolResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A Bell pair through each provider's wire format (IonQ qis JSON, IBM OpenQASM 3) into the
 * emulator and back. The expected law is analytic: (|00> + |11>) / sqrt 2 gives 00 and 11 with
 * probability 1/2 each and nothing else. A third qubit flipped to 1 pins the bit order: it must
 * be the leftmost character of every key.
 */
class ProviderBellTest {
    private static final Map<String, String> SECRETS = Map.of("IONQ_API_KEY", "bell-ionq",
            "QISKIT_IBM_TOKEN", "bell-ibm", "QISKIT_IBM_INSTANCE", "crn:v1:bluemix:public:quantum-computing:us-east:a/b::");
    private static final int SHOTS = 4000;

    @ParameterizedTest
    @ValueSource(strings = {"ionq", "ibm"})
    void bellPairComesBackCorrelatedInOurBitOrder(String provider) {
        try (QpuEmulator emu = QpuEmulator.builder().noiseless().ionqKey(SECRETS.get("IONQ_API_KEY"))
                .ibmApiKey(SECRETS.get("QISKIT_IBM_TOKEN")).ibmInstance(SECRETS.get("QISKIT_IBM_INSTANCE")).start()) {
            BackendConfig config = BackendConfig.of(provider + "-emu", provider, emu.baseUri().toString())
                    .withOption("iam-url", emu.baseUri().toString());
            QuantumBackend backend = BackendFactories.create(config, EnvironmentSecrets.of(SECRETS));
            BackendPool pool = new BackendPool(backend, PoolConfig.builder().approved(true)
                    .pollInterval(Duration.ofMillis(10)).fallbackChain(List.of("qpu")).build());

            Map<String, Long> bell = run(pool, "bell", Circuit.builder(2).h(0).cx(0, 1).build());
            assertThat(bell.keySet()).isSubsetOf("00", "11");
            assertHalf(bell.getOrDefault("00", 0L));

            Map<String, Long> marked = run(pool, "bell-marked", Circuit.builder(3).h(0).cx(0, 1).x(2).build());
            assertThat(marked.keySet()).isSubsetOf("100", "111");
            assertHalf(marked.getOrDefault("100", 0L));
        }
    }

    private static Map<String, Long> run(BackendPool pool, String key, Circuit circuit) {
        PoolResult r = pool.execute(new PoolRequest("bell", key, circuit, SHOTS, 17));
        assertThat(r.tier()).as("served by the emulated provider: %s", r.trail()).isEqualTo("qpu");
        assertThat(r.counts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(SHOTS);
        return r.counts();
    }

    /** Within 5 standard deviations of a fair binomial: sqrt(4000 / 4) ~ 31.6. */
    private static void assertHalf(long count) {
        assertThat(count).isBetween(SHOTS / 2 - 158L, SHOTS / 2 + 158L);
    }
}
