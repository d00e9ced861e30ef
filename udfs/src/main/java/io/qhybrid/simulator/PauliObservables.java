package io.qhybrid.simulator;

import static java.util.Objects.requireNonNull;

import io.qhybrid.model.PauliSum;
import io.qhybrid.model.PauliWord;

/** Conversions from the encoders' models to the observables the simulators evaluate. */
public final class PauliObservables {
    private PauliObservables() {}

    /**
     * The observable of a Pauli sum, on {@code max(1, sum.numQubits())} qubits with qubit k of a
     * word acting on qubit k of the state.
     */
    public static PauliObservable of(PauliSum sum) {
        requireNonNull(sum, "sum is null");
        return of(sum, Math.max(1, sum.numQubits()));
    }

    /** The observable of a Pauli sum on a state of {@code numQubits} qubits (at least the sum's width). */
    public static PauliObservable of(PauliSum sum, int numQubits) {
        requireNonNull(sum, "sum is null");
        if (numQubits < sum.numQubits()) {
            throw new IllegalArgumentException("a Pauli sum on " + sum.numQubits() + " qubits does not fit "
                    + numQubits + " qubits");
        }
        PauliObservable.Builder observable = PauliObservable.builder(numQubits);
        for (int t = 0; t < sum.size(); t++) {
            observable.add(sum.coefficient(t), text(sum.word(t)));
        }
        return observable.build();
    }

    private static String text(PauliWord word) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < word.weight(); k++) {
            out.append(k == 0 ? "" : " ").append(word.op(k).name()).append(word.qubit(k));
        }
        return out.toString();
    }
}
