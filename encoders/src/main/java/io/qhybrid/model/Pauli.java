package io.qhybrid.model;

/** A single-qubit Pauli operator other than the identity. */
public enum Pauli {
    X, Y, Z;

    /** The operator named by one letter, case-insensitive; null when it is not X, Y or Z. */
    public static Pauli fromLetter(char letter) {
        switch (Character.toUpperCase(letter)) {
            case 'X': return X;
            case 'Y': return Y;
            case 'Z': return Z;
            default: return null;
        }
    }
}
