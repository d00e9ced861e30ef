package io.qhybrid.chem;

import java.util.ArrayList;
import java.util.List;

/**
 * A tensor product of single-qubit Paulis, stored as two bit masks: qubit k carries X when only
 * bit k of {@code xMask} is set, Z when only bit k of {@code zMask} is, Y when both are, and the
 * identity otherwise. Writing {@code Y = i X Z} makes every word {@code i^(#Y) X^x Z^z}, which is
 * what {@link #phase(int)} and {@link #flip(int)} evaluate.
 */
public record PauliWord(int xMask, int zMask) implements Comparable<PauliWord> {
    public static final PauliWord IDENTITY = new PauliWord(0, 0);

    public PauliWord {
        if (xMask < 0 || zMask < 0) {
            throw new IllegalArgumentException("qubit masks cover qubits 0..30 only");
        }
    }

    /** Single-letter Pauli {@code letter} (one of I, X, Y, Z) on {@code qubit}. */
    public static PauliWord single(char letter, int qubit) {
        int bit = 1 << qubit;
        return switch (letter) {
            case 'I' -> IDENTITY;
            case 'X' -> new PauliWord(bit, 0);
            case 'Y' -> new PauliWord(bit, bit);
            case 'Z' -> new PauliWord(0, bit);
            default -> throw new IllegalArgumentException("not a Pauli letter: " + letter);
        };
    }

    /** The letter on {@code qubit}: I, X, Y or Z. */
    public char letter(int qubit) {
        boolean x = (xMask >> qubit & 1) == 1;
        boolean z = (zMask >> qubit & 1) == 1;
        return x ? (z ? 'Y' : 'X') : (z ? 'Z' : 'I');
    }

    /** Qubits that carry a non-identity letter. */
    public int support() {
        return xMask | zMask;
    }

    public int yCount() {
        return Integer.bitCount(xMask & zMask);
    }

    /** The basis state this word sends {@code |basis>} to. */
    public int flip(int basis) {
        return basis ^ xMask;
    }

    /**
     * The real sign of {@code <flip(basis)| X^x Z^z |basis>}; the full amplitude is this times
     * {@code i^(#Y)}.
     */
    public int phase(int basis) {
        return Integer.bitCount(basis & zMask) % 2 == 0 ? 1 : -1;
    }

    /** The text form {@code X0 Y1 Z3}, or {@code I} for the identity. */
    public String label() {
        if (support() == 0) {
            return "I";
        }
        List<String> parts = new ArrayList<>();
        for (int q = 0; q < 31; q++) {
            if ((support() >> q & 1) == 1) {
                parts.add(letter(q) + Integer.toString(q));
            }
        }
        return String.join(" ", parts);
    }

    /** Orders by number of qubits touched, then by the qubits, then Z before X before Y. */
    @Override
    public int compareTo(PauliWord other) {
        int byWeight = Integer.compare(Integer.bitCount(support()), Integer.bitCount(other.support()));
        if (byWeight != 0) {
            return byWeight;
        }
        for (int q = 0; q < 31; q++) {
            int a = (support() >> q) & 1;
            int b = (other.support() >> q) & 1;
            if (a != b) {
                return b - a;
            }
        }
        for (int q = 0; q < 31; q++) {
            int byLetter = Integer.compare(rank(letter(q)), rank(other.letter(q)));
            if (byLetter != 0) {
                return byLetter;
            }
        }
        return 0;
    }

    private static int rank(char letter) {
        return "IZXY".indexOf(letter);
    }

    @Override
    public String toString() {
        return label();
    }
}
