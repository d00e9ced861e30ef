package io.qhybrid.simulator;

import static java.util.Objects.requireNonNull;

import io.qhybrid.backend.CircuitRunner;
import io.qhybrid.backend.NoiseParameters;
import io.qhybrid.circuit.Circuit;
import java.util.Map;

/**
 * The simulators behind {@link CircuitRunner}: exact state-vector sampling, or Monte Carlo
 * trajectories of the {@link NoisySimulator} under a {@link NoiseModel}. This is what the
 * {@code statevector} and {@code noisy} backends, the pool's simulator tier and the QPU emulator
 * run circuits on.
 *
 * <p>A call's {@link NoiseParameters} other than {@link NoiseParameters#NONE} replaces the
 * runner's own model by uniform rates (readout error symmetric), so a caller can ask one runner
 * for a specific noise level; {@code NONE} keeps the runner's model. Stateless and thread-safe:
 * each call allocates its own state.
 */
public final class SimulatorRunner implements CircuitRunner {
    private final NoiseModel model;

    private SimulatorRunner(NoiseModel model) {
        this.model = model;
    }

    /** Exact sampling of the state vector (noise only when a call asks for it). */
    public static SimulatorRunner exact() {
        return new SimulatorRunner(null);
    }

    /** Noisy sampling under {@code model} by default. */
    public static SimulatorRunner noisy(NoiseModel model) {
        return new SimulatorRunner(requireNonNull(model, "model is null"));
    }

    /** The runner's own noise model, or null when it samples exactly. */
    public NoiseModel model() {
        return model;
    }

    @Override
    public Map<String, Long> run(Circuit circuit, int shots, long seed, NoiseParameters noise) {
        requireNonNull(circuit, "circuit is null");
        requireNonNull(noise, "noise is null");
        if (shots < 1) {
            throw new IllegalArgumentException("shots must be positive, got " + shots);
        }
        NoiseModel applied = noise.isNoiseless() ? model : NoiseModel.uniform(noise.depolarizing1q(),
                noise.depolarizing2q(), noise.readoutError(), noise.readoutError());
        if (applied == null) {
            return new StateVectorSimulator().run(circuit).sample(shots, seed);
        }
        return new NoisySimulator(applied).run(circuit, shots, seed);
    }

    /**
     * The widest circuit worth accepting in this JVM: twice the state's bytes must fit the
     * maximum heap (sampling and the trajectory buffers need room beside the amplitudes), and
     * never more than {@code cap}.
     */
    public static int maxQubitsForHeap(int cap) {
        long heap = Runtime.getRuntime().maxMemory();
        int n = 1;
        while (n < Math.min(cap, StateVectorSimulator.MAX_QUBITS)
                && 2 * StateVectorSimulator.requiredBytes(n + 1) <= heap) {
            n++;
        }
        return n;
    }
}
