package io.qhybrid.model;

/**
 * Conversions between basis-state indices and bitstrings. A bitstring is written with the
 * highest-index qubit first: qubit 0 is the rightmost character. Index bit k is qubit k.
 */
public final class Bitstrings {
    private Bitstrings() {}

    /** The {@code n}-character bitstring of {@code index}. */
    public static String of(long index, int n) {
        char[] chars = new char[n];
        for (int k = 0; k < n; k++) {
            chars[n - 1 - k] = (index >>> k & 1L) == 0 ? '0' : '1';
        }
        return new String(chars);
    }

    /** The index of a bitstring of length {@code n}. */
    public static long toIndex(String bitstring, int n) {
        if (bitstring.length() != n) {
            throw new IllegalArgumentException("expected a bitstring of " + n + " bits, got '" + bitstring + "'");
        }
        long index = 0;
        for (int pos = 0; pos < n; pos++) {
            char c = bitstring.charAt(pos);
            if (c != '0' && c != '1') {
                throw new IllegalArgumentException("bitstring may hold only 0 and 1, got '" + bitstring + "'");
            }
            if (c == '1') {
                index |= 1L << (n - 1 - pos);
            }
        }
        return index;
    }
}
