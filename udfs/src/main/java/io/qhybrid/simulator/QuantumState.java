package io.qhybrid.simulator;

import io.qhybrid.model.Bitstrings;
import io.qhybrid.model.IsingModel;
import io.qhybrid.simulator.internal.Observables;
import io.qhybrid.simulator.internal.Parallel;
import io.qhybrid.simulator.internal.Sampler;
import io.qhybrid.simulator.internal.StateLayout;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The final state of a simulation: 2^n complex amplitudes, index bit k being qubit k. Read-only
 * to callers; not serialisable on purpose (it can be gigabytes), ship counts instead.
 */
public final class QuantumState {
    private final StateLayout layout;
    /** The amplitudes where {@link #layout} puts them. */
    private final double[] amp;
    private final Parallel parallel;

    QuantumState(StateLayout layout, double[] amp, Parallel parallel) {
        this.layout = layout;
        this.amp = amp;
        this.parallel = parallel;
    }

    public int numQubits() {
        return layout.numQubits();
    }

    public double real(long index) {
        return amp[layout.index((int) index)];
    }

    public double imaginary(long index) {
        return amp[layout.imaginaryOffset() + layout.index((int) index)];
    }

    public double probability(long index) {
        int a = layout.index((int) index), im = layout.imaginaryOffset();
        return amp[a] * amp[a] + amp[im + a] * amp[im + a];
    }

    /** All 2^n probabilities, by index. */
    public double[] probabilities() {
        double[] p = new double[layout.length()];
        for (int i = 0; i < p.length; i++) {
            p[i] = probability(i);
        }
        return p;
    }

    /** Probabilities above {@code threshold}, keyed by bitstring (qubit 0 rightmost), sorted. */
    public Map<String, Double> probabilityMap(double threshold) {
        Map<String, Double> out = new TreeMap<>();
        for (int i = 0, length = layout.length(); i < length; i++) {
            double p = probability(i);
            if (p > threshold) {
                out.put(Bitstrings.of(i, numQubits()), p);
            }
        }
        return out;
    }

    /**
     * Seeded measurement of every qubit {@code shots} times. The same seed gives the same counts
     * whatever the thread count.
     *
     * @return counts keyed by bitstring (qubit 0 rightmost), sorted by bitstring
     */
    public Map<String, Long> sample(int shots, long seed) {
        return countsOf(sampleIndices(shots, seed), numQubits());
    }

    /** The sampled basis-state indices, sorted. */
    public long[] sampleIndices(int shots, long seed) {
        if (shots < 0) {
            throw new IllegalArgumentException("shots must be >= 0, got " + shots);
        }
        return Sampler.sample(amp, layout, shots, seed);
    }

    static Map<String, Long> countsOf(long[] indices, int numQubits) {
        Map<String, Long> counts = new TreeMap<>();
        for (long index : indices) {
            counts.merge(Bitstrings.of(index, numQubits), 1L, Long::sum);
        }
        return counts;
    }

    /** The exact expectation of a diagonal Ising observable (spin s_i = 1 - 2 b_i). */
    public double expectation(IsingModel model) {
        Objects.requireNonNull(model, "model is null");
        checkSize(model.numSpins());
        return Observables.ising(amp, layout, model, parallel);
    }

    /** The exact expectation of a Pauli sum. */
    public double expectation(PauliObservable observable) {
        Objects.requireNonNull(observable, "observable is null");
        checkSize(observable.numQubits());
        double sum = 0;
        for (PauliObservable.Term term : observable.terms()) {
            sum += term.coefficient() * Observables.pauli(amp, layout, term.flipMask(), term.signMask(), term.yCount(), parallel);
        }
        return sum;
    }

    private void checkSize(int qubits) {
        if (qubits != numQubits()) {
            throw new IllegalArgumentException("observable on " + qubits + " qubits, state has " + numQubits());
        }
    }
}
