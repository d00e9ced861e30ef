package io.qhybrid.backend;

import io.qhybrid.circuit.Circuit;
import java.util.Map;

/**
 * Runs one circuit locally and returns its measurement counts: the seam between backends that
 * execute in-process (state-vector and noisy simulators) and everything that needs "some way to
 * run a circuit" (the emulator server, simulator fallback tiers, the {@code statevector} and
 * {@code noisy} backends, which are thin adapters over a runner).
 *
 * <p>Contract: the circuit is bound and measures every qubit (terminal {@code c = measure q}).
 * The returned map is keyed by bitstrings of {@code circuit.numQubits()} characters, qubit 0
 * rightmost; its values are positive and sum to {@code shots}. The same circuit, shots, seed and
 * noise give the same counts. Implementations are thread-safe.
 */
@FunctionalInterface
public interface CircuitRunner {
    /**
     * @param circuit the circuit to run
     * @param shots number of samples, at least 1
     * @param seed seed of the sampling (and noise) randomness
     * @param noise the noise to apply; {@link NoiseParameters#NONE} for exact sampling
     * @throws io.qhybrid.error.QHybridException USER_ERROR when the circuit uses a gate or size
     *     the runner does not support
     */
    Map<String, Long> run(Circuit circuit, int shots, long seed, NoiseParameters noise);
}
