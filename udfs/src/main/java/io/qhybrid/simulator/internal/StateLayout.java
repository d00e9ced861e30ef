package io.qhybrid.simulator.internal;

/**
 * Where a state's amplitudes sit: one array, the real part of amplitude i at {@code amp[i]} and its
 * imaginary part at {@code amp[im + i]}, with {@code im} the state's length plus a pad of 3/64 of
 * it (at least 8 doubles), rounded up to a multiple of 8 so both parts keep the same cache-line offset.
 *
 * <p>A one-qubit gate streams four runs at once: both parts of both partners. Held in two arrays,
 * the distance between the parts is whatever the garbage collector chose, and at some distances
 * (for instance 2^29 + 2^22 bytes, two 2^26-amplitude arrays side by side) gates on particular
 * targets ran at half the speed of the rest, because the memory controller maps runs a large power
 * of two apart onto the same banks. One array puts that distance under the simulator's control,
 * and the pad keeps it off powers of two.
 */
public final class StateLayout {
    /** The largest state one array can hold with its pad: Java arrays are int-indexed. */
    public static final int MAX_LENGTH = 1 << 29;

    private StateLayout() {}

    /** The offset of the imaginary parts from the real parts for a state of {@code length} amplitudes. */
    public static int imaginaryOffset(int length) {
        if (length < 0 || length > MAX_LENGTH) {
            throw new IllegalArgumentException("state length must be in [0, " + MAX_LENGTH + "], got " + length);
        }
        int offset = length + Math.max(8, 3 * (length >>> 6));
        return (offset + 7) & ~7;
    }

    /** A zeroed array for a state of {@code length} amplitudes from index 0. */
    public static double[] allocate(int length) {
        return new double[imaginaryOffset(length) + length];
    }

    /** Bytes {@link #allocate} takes for {@code length} amplitudes. */
    public static long bytes(int length) {
        return 8L * (imaginaryOffset(length) + (long) length);
    }
}
