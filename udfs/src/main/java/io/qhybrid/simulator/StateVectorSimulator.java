package io.qhybrid.simulator;

import static java.util.Objects.requireNonNull;

import io.qhybrid.circuit.Circuit;
import io.qhybrid.error.QHybridErrors;
import io.qhybrid.simulator.internal.FusedOp;
import io.qhybrid.simulator.internal.GateFusion;
import io.qhybrid.simulator.internal.Parallel;
import io.qhybrid.simulator.internal.StateLayout;
import java.util.List;

/**
 * Exact double-precision state-vector simulation of bound circuits. Gates are fused before they
 * run (see {@code GateFusion}); measurement is the circuit's terminal measurement, done by
 * {@link QuantumState#sample}. One thread by default, because Spark already runs one
 * simulation per task; more threads help only single large states.
 */
public final class StateVectorSimulator {
    /** Java arrays are int-indexed: a state with its gaps in one array stops at 2^29 amplitudes. */
    public static final int MAX_QUBITS = StateLayout.MAX_QUBITS;

    private final Parallel parallel;

    public StateVectorSimulator() {
        this(1);
    }

    public StateVectorSimulator(int threads) {
        this.parallel = Parallel.of(threads);
    }

    public int threads() {
        return parallel.threads();
    }

    /** Bytes of heap a state of {@code numQubits} qubits takes: 16 per amplitude, 3.5 % more for the pad and the gaps. */
    public static long requiredBytes(int numQubits) {
        return StateLayout.of(numQubits).bytes();
    }

    /** Refuses, before allocating anything, a state that this JVM's heap cannot hold. */
    public static void checkFits(int numQubits) {
        if (numQubits > MAX_QUBITS) {
            throw QHybridErrors.invalidArgument("circuit size", numQubits + " qubits",
                    "The state-vector simulator handles at most " + MAX_QUBITS + " qubits.");
        }
        long needed = requiredBytes(numQubits);
        long available = availableHeap();
        if (needed > available) {
            // garbage still counts as used until collected: look again before refusing
            System.gc();
            available = availableHeap();
        }
        if (needed > available) {
            throw QHybridErrors.tooLarge("A " + numQubits + "-qubit state vector", needed, available,
                    "Give the JVM a larger heap (-Xmx, spark.executor.memory) or simulate fewer qubits.");
        }
    }

    private static long availableHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }

    /** Simulates a bound circuit from |0...0>. */
    public QuantumState run(Circuit circuit) {
        requireNonNull(circuit, "circuit is null");
        if (!circuit.isBound()) {
            throw QHybridErrors.invalidArgument("circuit", "parameters " + circuit.parameters(),
                    "Bind every parameter (Circuit.bind) before simulating.");
        }
        int n = circuit.numQubits();
        checkFits(n);
        StateLayout layout = StateLayout.of(n);
        double[] amp = layout.allocate();
        amp[layout.index(0)] = 1;
        apply(GateFusion.fuse(circuit), amp, layout);
        return new QuantumState(layout, amp, parallel);
    }

    void apply(List<FusedOp> ops, double[] amp, StateLayout layout) {
        for (FusedOp op : ops) {
            op.apply(amp, layout, parallel);
        }
    }

    Parallel parallel() {
        return parallel;
    }
}
