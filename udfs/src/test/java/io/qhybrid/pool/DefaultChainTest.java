package io.qhybrid.pool;

import static org.assertj.core.api.Assertions.assertThat;

import io.qhybrid.backend.BackendConfig;
import io.qhybrid.backend.BackendFactories;
import io.qhybrid.backend.FakeBackend;
import io.qhybrid.backend.QuantumBackend;
import io.qhybrid.backend.internal.EnvironmentSecrets;
import io.qhybrid.circuit.Circuit;
import io.qhybrid.model.Bitstrings;
import io.qhybrid.model.IsingModel;
import io.qhybrid.qaoa.QaoaCircuitBuilder;
import io.qhybrid.emulator.QpuEmulator;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The default chain {@code qpu -> statevector -> heuristic} with the tiers every pool starts with. */
class DefaultChainTest {
    private static final String KEY = "default-chain-ionq-key";

    private static PoolConfig.Builder fast() {
        return PoolConfig.builder().clusterRate(500, 1).approved(true).maxInFlight(4)
                .backoff(Duration.ofMillis(5), Duration.ofMillis(20)).pollInterval(Duration.ofMillis(10))
                .jobTimeout(Duration.ofSeconds(20)).maxWait(Duration.ofSeconds(5));
    }

    @Test
    void theSimulatorTierServesOnceTheBreakerIsOpen() {
        // ry(2 pi / 3) on |0>: P(1) = sin^2(pi / 3) = 3/4, a gate outside any hand-written runner
        Circuit tilted = Circuit.builder(1).ry(0, 2 * Math.PI / 3).build();
        try (QpuEmulator emu = QpuEmulator.builder().ionqKey(KEY).start()) {
            emu.failNext(503, 10_000);
            QuantumBackend ionq = BackendFactories.create(BackendConfig.of("ionq-emu", "ionq", emu.baseUri().toString()),
                    EnvironmentSecrets.of(Map.of("IONQ_API_KEY", KEY)));
            BackendPool pool = new BackendPool(ionq, fast().maxAttempts(2).breaker(50, 4, Duration.ofMinutes(5)).build());
            for (int i = 0; i < 4; i++) {
                pool.execute(new PoolRequest("run", "trip-" + i, tilted, 10, i));
            }
            assertThat(pool.breakerOpen()).isTrue();
            int shots = 4000;
            PoolResult r = pool.execute(new PoolRequest("run", "open", tilted, shots, 5));
            assertThat(r.tier()).isEqualTo("statevector");
            assertThat(r.fallbackReason()).isEqualTo(FallbackReason.CIRCUIT_OPEN);
            assertThat(r.trail()).containsExactly("qpu:circuit_open");
            // binomial: mean 3000, standard deviation sqrt(4000 * 3/16) ~ 27.4; allow 5 of them
            assertThat(r.counts().get("1")).isBetween(2863L, 3137L);
            assertThat(r.counts().get("0") + r.counts().get("1")).isEqualTo(shots);
        }
    }

    @Test
    void aModelIsSolvedByTheHeuristicWhenNoQuantumTierCanServe() {
        // antiferromagnetic ring of 5 with fields: frustrated, so the optimum is not obvious
        IsingModel model = IsingModel.builder(5).addCoupling(0, 1, 1).addCoupling(1, 2, 1).addCoupling(2, 3, 1)
                .addCoupling(3, 4, 1).addCoupling(4, 0, 1).addField(0, 0.3).addField(1, 0.1).addField(2, -0.2).build();
        Circuit circuit = QaoaCircuitBuilder.build(model, 1, true)
                .bind(QaoaCircuitBuilder.parameters(new double[] {0.4}, new double[] {0.3}));
        BackendPool pool = new BackendPool(new FakeBackend(), fast().approved(false).build())
                .registerTier(FallbackTier.statevector(4)); // too narrow for the 5-qubit circuit
        PoolResult r = pool.execute(new PoolRequest("run", "classical", circuit, 100, 3).withModel(model));
        assertThat(r.tier()).isEqualTo("heuristic");
        assertThat(r.fallbackReason()).isEqualTo(FallbackReason.NOT_APPROVED);
        assertThat(r.trail()).containsExactly("qpu:not_approved", "statevector:unsupported");
        assertThat(r.counts()).containsExactly(Map.entry(bruteForceMinimum(model), 100L));
    }

    @Test
    void withoutAModelTheHeuristicRefusesAndTheRequestComesBackUnserved() {
        Circuit wide = Circuit.builder(5).h(0).build();
        BackendPool pool = new BackendPool(new FakeBackend(), fast().approved(false).build())
                .registerTier(FallbackTier.statevector(4));
        PoolResult r = pool.execute(new PoolRequest("run", "nothing", wide, 100, 3));
        assertThat(r.served()).isFalse();
        assertThat(r.counts()).isEmpty();
        assertThat(r.trail()).containsExactly("qpu:not_approved", "statevector:unsupported", "heuristic:no_model");
        assertThat(r.error()).contains("no Ising model");
    }

    /** The lowest-energy state by enumeration, as a bitstring with spin 0 rightmost. */
    private static String bruteForceMinimum(IsingModel model) {
        int n = model.numSpins();
        long best = 0;
        double bestEnergy = Double.POSITIVE_INFINITY;
        for (long state = 0; state < 1L << n; state++) {
            double e = model.offset();
            for (int i = 0; i < n; i++) {
                e += model.h(i) * spin(state, i);
            }
            for (int k = 0; k < model.couplingCount(); k++) {
                e += model.couplingWeight(k) * spin(state, model.couplingI(k)) * spin(state, model.couplingJ(k));
            }
            if (e < bestEnergy - 1e-12) {
                bestEnergy = e;
                best = state;
            }
        }
        return Bitstrings.of(best, n);
    }

    private static int spin(long state, int i) {
        return (state >>> i & 1) == 0 ? 1 : -1;
    }
}
