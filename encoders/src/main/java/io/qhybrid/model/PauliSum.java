package io.qhybrid.model;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Hermitian operator {@code H = sum_k c_k P_k}: real coefficients over {@link PauliWord}s, on
 * {@link #numQubits()} qubits. Equal words are merged and zero coefficients dropped; terms are
 * kept sorted by word. Immutable.
 */
public final class PauliSum implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int numQubits;
    private final List<PauliWord> words;
    private final double[] coefficients;

    private PauliSum(int numQubits, List<PauliWord> words, double[] coefficients) {
        this.numQubits = numQubits;
        this.words = words;
        this.coefficients = coefficients;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The diagonal Hamiltonian of an Ising model: spin i becomes {@code Z_i}, whose eigenvalue on
     * {@code |b_i>} is {@code 1 - 2 b_i}, so expectation values on basis states equal
     * {@link IsingModel#energy(long)}.
     */
    public static PauliSum fromIsing(IsingModel ising) {
        requireNonNull(ising, "ising is null");
        Builder builder = builder().numQubits(ising.numSpins()).add(ising.offset(), PauliWord.identity());
        for (int i = 0; i < ising.numSpins(); i++) {
            builder.add(ising.h(i), PauliWord.of(Map.of(i, Pauli.Z)));
        }
        for (int k = 0; k < ising.couplingCount(); k++) {
            builder.add(ising.couplingWeight(k),
                    PauliWord.of(Map.of(ising.couplingI(k), Pauli.Z, ising.couplingJ(k), Pauli.Z)));
        }
        return builder.build();
    }

    public int numQubits() {
        return numQubits;
    }

    /** Number of terms. */
    public int size() {
        return coefficients.length;
    }

    public PauliWord word(int k) {
        return words.get(k);
    }

    public double coefficient(int k) {
        return coefficients[k];
    }

    public List<PauliWord> words() {
        return words;
    }

    /** The coefficient of {@code word}, 0 when absent. */
    public double coefficientOf(PauliWord word) {
        int k = Collections.binarySearch(words, word);
        return k < 0 ? 0.0 : coefficients[k];
    }

    /** True when every word has an even number of Y factors, so the matrix is real symmetric. */
    public boolean isReal() {
        return words.stream().allMatch(w -> w.yCount() % 2 == 0);
    }

    /** True when every word is diagonal (Z and identity only). */
    public boolean isDiagonal() {
        return words.stream().allMatch(PauliWord::isDiagonal);
    }

    /** The energy of a basis state; only for diagonal sums. */
    public double energy(long state) {
        if (!isDiagonal()) {
            throw new IllegalStateException("a basis state has a definite energy only under a diagonal Pauli sum");
        }
        double e = 0;
        for (int k = 0; k < coefficients.length; k++) {
            e += (Long.bitCount(state & words.get(k).zMask()) & 1) == 0 ? coefficients[k] : -coefficients[k];
        }
        return e;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PauliSum other && numQubits == other.numQubits && words.equals(other.words)
                && java.util.Arrays.equals(coefficients, other.coefficients);
    }

    @Override
    public int hashCode() {
        return 31 * words.hashCode() + java.util.Arrays.hashCode(coefficients);
    }

    /** The text form read by the Hamiltonian reader: one {@code <coefficient> <word>} a line. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < coefficients.length; k++) {
            text.append(coefficients[k]).append(' ').append(words.get(k)).append('\n');
        }
        return text.toString();
    }

    /** Accumulates terms; a word added twice has its coefficients summed. */
    public static final class Builder {
        private final Map<PauliWord, Double> terms = new TreeMap<>();
        private int numQubits;

        private Builder() {}

        /** At least this many qubits, even when the words name fewer. */
        public Builder numQubits(int count) {
            if (count < 0 || count > PauliWord.MAX_QUBIT + 1) {
                throw new IllegalArgumentException("qubit count " + count + " outside [0, " + (PauliWord.MAX_QUBIT + 1) + "]");
            }
            numQubits = Math.max(numQubits, count);
            return this;
        }

        public Builder add(double coefficient, PauliWord word) {
            requireNonNull(word, "word is null");
            if (!Double.isFinite(coefficient)) {
                throw new IllegalArgumentException("coefficients must be finite, got " + coefficient);
            }
            terms.merge(word, coefficient, Double::sum);
            numQubits = Math.max(numQubits, word.span());
            return this;
        }

        public Builder add(double coefficient, String word) {
            return add(coefficient, PauliWord.parse(word));
        }

        public PauliSum build() {
            List<PauliWord> words = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            terms.forEach((word, c) -> {
                if (c != 0.0) {
                    words.add(word);
                    values.add(c);
                }
            });
            double[] coefficients = values.stream().mapToDouble(Double::doubleValue).toArray();
            return new PauliSum(Math.max(1, numQubits), List.copyOf(words), coefficients);
        }
    }
}
