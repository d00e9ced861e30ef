package io.qhybrid.pool;

import io.qhybrid.backend.CircuitRunner;
import io.qhybrid.backend.NoiseParameters;
import io.qhybrid.circuit.Circuit;
import java.util.Map;

/**
 * A local way to answer a request when the remote backend does not: the state-vector simulator,
 * a classical heuristic. Tiers are registered on a {@link BackendPool} by name and tried in the
 * order of {@link PoolConfig#fallbackChain()}. A tier returns counts like a backend would (a
 * heuristic returns its best bitstring with all the shots), or throws to pass to the next tier.
 */
public interface FallbackTier {
    /** The name used in the chain and recorded as the serving tier, e.g. {@code statevector}. */
    String name();

    /** Counts keyed by bitstring, qubit 0 rightmost, summing to {@code shots}. */
    Map<String, Long> run(Circuit circuit, int shots, long seed);

    /** A tier over a {@link CircuitRunner}: how the simulator tiers are wired. */
    static FallbackTier of(String name, CircuitRunner runner, NoiseParameters noise) {
        return new FallbackTier() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Map<String, Long> run(Circuit circuit, int shots, long seed) {
                return runner.run(circuit, shots, seed, noise);
            }
        };
    }
}
