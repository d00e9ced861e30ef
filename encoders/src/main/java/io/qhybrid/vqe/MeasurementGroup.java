package io.qhybrid.vqe;

import static java.util.Objects.requireNonNull;

import io.qhybrid.model.Pauli;
import io.qhybrid.model.PauliWord;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pauli words that one measurement circuit estimates together: they are qubit-wise commuting,
 * so on every qubit they name they all carry the same letter, and measuring each qubit in that
 * letter's eigenbasis gives every word's eigenvalue in the same shot.
 *
 * @param basis the measurement basis, written as a word: the letter on each qubit that some word
 *     of the group names (X, Y or Z); qubits it does not name need no particular basis
 * @param words the non-identity words of the group, each agreeing with {@code basis} on its
 *     qubits; together they name exactly the qubits of {@code basis}
 */
public record MeasurementGroup(PauliWord basis, List<PauliWord> words) implements Serializable {
    public MeasurementGroup {
        requireNonNull(basis, "basis is null");
        requireNonNull(words, "words is null");
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a measurement group needs at least one word");
        }
        Map<Integer, Pauli> union = new HashMap<>();
        for (PauliWord word : words) {
            if (word.isIdentity()) {
                throw new IllegalArgumentException("the identity needs no measurement and belongs to no group");
            }
            if (!fits(basis, word)) {
                throw new IllegalArgumentException("word " + word + " is not diagonal in the basis " + basis);
            }
            for (int k = 0; k < word.weight(); k++) {
                union.put(word.qubit(k), word.op(k));
            }
        }
        if (!PauliWord.of(union).equals(basis)) {
            throw new IllegalArgumentException("basis " + basis + " differs from " + PauliWord.of(union)
                    + ", the letters the words " + words + " put on their qubits");
        }
    }

    /** The letter to measure {@code qubit} in, or null when no word of the group acts on it. */
    public Pauli basisOn(int qubit) {
        return basis.opOn(qubit);
    }

    /**
     * True when {@code word} agrees with {@code basis} wherever both name a qubit, so that a basis
     * grown by the word's letters still measures everything measured before.
     */
    static boolean fits(PauliWord basis, PauliWord word) {
        for (int k = 0; k < word.weight(); k++) {
            Pauli current = basis.opOn(word.qubit(k));
            if (current != null && current != word.op(k)) {
                return false;
            }
        }
        return true;
    }
}
