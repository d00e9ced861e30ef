package io.qhybrid.simulator;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A real-weighted sum of Pauli strings, {@code sum_t c_t P_t}, each {@code P_t} a tensor product
 * of I, X, Y, Z per qubit. Immutable. The minimal input the simulators need to compute
 * expectation values without sampling.
 */
public final class PauliObservable implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int numQubits;
    private final List<Term> terms;

    private PauliObservable(int numQubits, List<Term> terms) {
        this.numQubits = numQubits;
        this.terms = List.copyOf(terms);
    }

    /** One term: a coefficient and a Pauli letter (I, X, Y or Z) per qubit, index = qubit. */
    public static final class Term implements Serializable {
        private static final long serialVersionUID = 1L;
        private final double coefficient;
        private final char[] paulis;

        Term(double coefficient, char[] paulis) {
            this.coefficient = coefficient;
            this.paulis = paulis.clone();
        }

        public double coefficient() {
            return coefficient;
        }

        /** The letter on qubit {@code q}. */
        public char pauli(int q) {
            return paulis[q];
        }

        /** Bit mask of qubits carrying X or Y: the basis states the term flips. */
        public long flipMask() {
            long mask = 0;
            for (int q = 0; q < paulis.length; q++) {
                if (paulis[q] == 'X' || paulis[q] == 'Y') {
                    mask |= 1L << q;
                }
            }
            return mask;
        }

        /** Bit mask of qubits carrying Y or Z: the qubits contributing a sign. */
        public long signMask() {
            long mask = 0;
            for (int q = 0; q < paulis.length; q++) {
                if (paulis[q] == 'Z' || paulis[q] == 'Y') {
                    mask |= 1L << q;
                }
            }
            return mask;
        }

        public int yCount() {
            int count = 0;
            for (char p : paulis) {
                count += p == 'Y' ? 1 : 0;
            }
            return count;
        }
    }

    public static Builder builder(int numQubits) {
        return new Builder(numQubits);
    }

    public int numQubits() {
        return numQubits;
    }

    public List<Term> terms() {
        return terms;
    }

    /** Accumulates terms; a word is given as a map-like list of (qubit, letter) in text form "X0 Z3". */
    public static final class Builder {
        private final int numQubits;
        private final List<Term> terms = new ArrayList<>();

        private Builder(int numQubits) {
            if (numQubits < 1) {
                throw new IllegalArgumentException("an observable needs at least one qubit, got " + numQubits);
            }
            this.numQubits = numQubits;
        }

        /**
         * Adds {@code coefficient * word}; the word is space-separated letters with qubit
         * indices, e.g. {@code "X0 Y1 Z3"}, empty or {@code "I"} for the identity.
         */
        public Builder add(double coefficient, String word) {
            requireNonNull(word, "word is null");
            if (!Double.isFinite(coefficient)) {
                throw new IllegalArgumentException("coefficient must be finite, got " + coefficient);
            }
            char[] paulis = new char[numQubits];
            java.util.Arrays.fill(paulis, 'I');
            for (String factor : word.trim().split("\\s+")) {
                if (factor.isEmpty() || factor.equals("I")) {
                    continue;
                }
                char letter = Character.toUpperCase(factor.charAt(0));
                int q;
                try {
                    q = Integer.parseInt(factor.substring(1));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("bad Pauli factor '" + factor + "' in '" + word + "'");
                }
                if ("IXYZ".indexOf(letter) < 0 || q < 0 || q >= numQubits || paulis[q] != 'I') {
                    throw new IllegalArgumentException("bad Pauli factor '" + factor + "' in '" + word
                            + "' for " + numQubits + " qubits");
                }
                paulis[q] = letter;
            }
            terms.add(new Term(coefficient, paulis));
            return this;
        }

        public PauliObservable build() {
            return new PauliObservable(numQubits, terms);
        }
    }
}
