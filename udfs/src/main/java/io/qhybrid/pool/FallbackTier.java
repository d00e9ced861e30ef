package io.qhybrid.pool;

import static java.util.Objects.requireNonNull;

import io.qhybrid.backend.CircuitRunner;
import io.qhybrid.backend.NoiseParameters;
import io.qhybrid.circuit.Circuit;
import io.qhybrid.simulator.SimulatorRunner;
import java.util.Map;

/**
 * A local way to answer a request when the remote backend does not: the state-vector simulator,
 * a classical heuristic. Tiers are registered on a {@link BackendPool} by name and tried in the
 * order of {@link PoolConfig#fallbackChain()}. A tier first says whether it can serve at all
 * ({@link #refusal}); if it can, it returns counts like a backend would (a heuristic returns its
 * best bitstring with all the shots), or throws to pass to the next tier.
 */
public interface FallbackTier {
    /** Name of the exact simulator tier. */
    String STATEVECTOR = "statevector";
    /** Name of the classical heuristic tier. */
    String HEURISTIC = "heuristic";

    /** Why a tier passes a request on without trying it. */
    record Refusal(FallbackReason reason, String message) {
        public Refusal {
            requireNonNull(reason, "reason is null");
            requireNonNull(message, "message is null");
        }
    }

    /** The name used in the chain and recorded as the serving tier, e.g. {@code statevector}. */
    String name();

    /** Why this tier cannot serve {@code request}, or null when it can. */
    default Refusal refusal(PoolRequest request) {
        return null;
    }

    /** Counts keyed by bitstring, qubit 0 rightmost, summing to {@code request.shots()}. */
    Map<String, Long> run(PoolRequest request);

    /** A tier over a {@link CircuitRunner}: how the simulator tiers are wired. */
    static FallbackTier of(String name, CircuitRunner runner, NoiseParameters noise) {
        requireNonNull(name, "name is null");
        requireNonNull(runner, "runner is null");
        requireNonNull(noise, "noise is null");
        return new FallbackTier() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Map<String, Long> run(PoolRequest request) {
                Circuit circuit = request.circuit();
                return runner.run(circuit, request.shots(), request.seed(), noise);
            }
        };
    }

    /**
     * The exact state-vector simulator, seeded by the request; it refuses circuits wider than
     * {@code maxQubits} as {@link FallbackReason#UNSUPPORTED} instead of exhausting the heap.
     */
    static FallbackTier statevector(int maxQubits) {
        FallbackTier exact = of(STATEVECTOR, SimulatorRunner.exact(), NoiseParameters.NONE);
        return new FallbackTier() {
            @Override
            public String name() {
                return STATEVECTOR;
            }

            @Override
            public Refusal refusal(PoolRequest request) {
                int n = request.circuit().numQubits();
                return n <= maxQubits ? null : new Refusal(FallbackReason.UNSUPPORTED,
                        "statevector tier: " + n + " qubits is above its " + maxQubits + "-qubit limit");
            }

            @Override
            public Map<String, Long> run(PoolRequest request) {
                return exact.run(request);
            }
        };
    }

    /** The classical heuristic: seeded simulated annealing on the request's Ising model. */
    static FallbackTier heuristic() {
        return new HeuristicTier();
    }
}
