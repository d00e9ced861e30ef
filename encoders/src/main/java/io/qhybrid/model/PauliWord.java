package io.qhybrid.model;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * A tensor product of single-qubit Pauli operators, stored as qubit -> operator sorted by qubit;
 * qubits not named carry the identity. The empty word is the identity. Immutable.
 *
 * <p>Qubit indices are limited to [0, {@value #MAX_QUBIT}] so that a word fits two 64-bit masks:
 * {@link #xMask()} (qubits with X or Y) and {@link #zMask()} (qubits with Z or Y). Since
 * {@code Y = i X Z}, a word maps basis state {@code |b>} to
 * {@code i^{#Y} (-1)^{popcount(b & zMask)} |b ^ xMask>}.
 */
public final class PauliWord implements Comparable<PauliWord>, Serializable {
    private static final long serialVersionUID = 1L;
    public static final int MAX_QUBIT = 62;
    private static final PauliWord IDENTITY = new PauliWord(new int[0], new Pauli[0]);

    private final int[] qubits;
    private final Pauli[] ops;

    private PauliWord(int[] qubits, Pauli[] ops) {
        this.qubits = qubits;
        this.ops = ops;
    }

    public static PauliWord identity() {
        return IDENTITY;
    }

    /**
     * The word with the given operators. A repeated or out-of-range qubit is refused: a word
     * like {@code X0 Z0} is a product the caller should have simplified, and silently
     * multiplying it out would hide a mistake in the input.
     */
    public static PauliWord of(Map<Integer, Pauli> operators) {
        requireNonNull(operators, "operators is null");
        TreeMap<Integer, Pauli> sorted = new TreeMap<>(operators);
        int[] qubits = new int[sorted.size()];
        Pauli[] ops = new Pauli[sorted.size()];
        int k = 0;
        for (Map.Entry<Integer, Pauli> e : sorted.entrySet()) {
            qubits[k] = checkQubit(requireNonNull(e.getKey(), "qubit is null"));
            ops[k] = requireNonNull(e.getValue(), "operator is null");
            k++;
        }
        return new PauliWord(qubits, ops);
    }

    /**
     * Parses a word written as space-separated letters with qubit indices, e.g. {@code "X0 Y1 Z3"};
     * {@code "I"}, {@code "I0"} factors and the empty string mean the identity.
     *
     * @throws IllegalArgumentException naming the bad factor
     */
    public static PauliWord parse(String text) {
        requireNonNull(text, "text is null");
        Map<Integer, Pauli> operators = new TreeMap<>();
        for (String factor : text.trim().split("\\s+")) {
            if (factor.isEmpty()) {
                continue;
            }
            char letter = factor.charAt(0);
            String index = factor.substring(1);
            if ((letter == 'I' || letter == 'i') && (index.isEmpty() || index.matches("\\d+"))) {
                continue;
            }
            Pauli op = Pauli.fromLetter(letter);
            if (op == null || !index.matches("-?\\d+")) {
                throw new IllegalArgumentException("factor '" + factor
                        + "' is not a Pauli letter X, Y, Z or I followed by a qubit index, e.g. X0");
            }
            int qubit;
            try {
                qubit = checkQubit(Integer.parseInt(index));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("qubit index in '" + factor + "' is too large");
            }
            if (operators.put(qubit, op) != null) {
                throw new IllegalArgumentException("qubit " + qubit + " appears more than once in the word");
            }
        }
        return of(operators);
    }

    private static int checkQubit(int qubit) {
        if (qubit < 0 || qubit > MAX_QUBIT) {
            throw new IllegalArgumentException("qubit index " + qubit + " is outside [0, " + MAX_QUBIT + "]");
        }
        return qubit;
    }

    /** Number of non-identity factors. */
    public int weight() {
        return qubits.length;
    }

    public boolean isIdentity() {
        return qubits.length == 0;
    }

    public int qubit(int k) {
        return qubits[k];
    }

    public Pauli op(int k) {
        return ops[k];
    }

    /** The operator on {@code qubit}, or null for the identity. */
    public Pauli opOn(int qubit) {
        int k = Arrays.binarySearch(qubits, qubit);
        return k < 0 ? null : ops[k];
    }

    /** One more than the highest qubit named, 0 for the identity. */
    public int span() {
        return qubits.length == 0 ? 0 : qubits[qubits.length - 1] + 1;
    }

    public long xMask() {
        long mask = 0;
        for (int k = 0; k < qubits.length; k++) {
            if (ops[k] != Pauli.Z) {
                mask |= 1L << qubits[k];
            }
        }
        return mask;
    }

    public long zMask() {
        long mask = 0;
        for (int k = 0; k < qubits.length; k++) {
            if (ops[k] != Pauli.X) {
                mask |= 1L << qubits[k];
            }
        }
        return mask;
    }

    public int yCount() {
        int count = 0;
        for (Pauli op : ops) {
            if (op == Pauli.Y) {
                count++;
            }
        }
        return count;
    }

    /** True when only Z factors appear: the word is diagonal in the computational basis. */
    public boolean isDiagonal() {
        return xMask() == 0;
    }

    @Override
    public int compareTo(PauliWord other) {
        int common = Math.min(qubits.length, other.qubits.length);
        for (int k = 0; k < common; k++) {
            if (qubits[k] != other.qubits[k]) {
                return Integer.compare(qubits[k], other.qubits[k]);
            }
            if (ops[k] != other.ops[k]) {
                return ops[k].compareTo(other.ops[k]);
            }
        }
        return Integer.compare(qubits.length, other.qubits.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PauliWord other && Arrays.equals(qubits, other.qubits) && Arrays.equals(ops, other.ops);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(qubits) + Arrays.hashCode(ops);
    }

    /** The text form, e.g. {@code "X0 Y1 Z3"}, or {@code "I"} for the identity. */
    @Override
    public String toString() {
        if (qubits.length == 0) {
            return "I";
        }
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < qubits.length; k++) {
            if (k > 0) {
                text.append(' ');
            }
            text.append(ops[k].name()).append(qubits[k]);
        }
        return text.toString();
    }
}
