package io.qhybrid.simulator.internal;

/**
 * Where the amplitudes of a whole n-qubit state sit in its one array. Amplitude i's real part is
 * at {@code amp[index(i)]} and its imaginary part at {@code amp[im + index(i)]}, where the lower
 * half of the state (top qubit 0) is stored from {@link #ORIGIN} and the upper half (top qubit 1)
 * a {@code gap} after it:
 * <pre>
 *   [ | real, lower | gap | real, upper | pad | imaginary, lower | gap | imaginary, upper ]
 *       O                 O + half + gap        O + im                  O + im + half + gap
 * </pre>
 * where O is {@link #ORIGIN}. Within each half the amplitudes are contiguous, so every gate that
 * does not touch the top qubit streams through each half as through a state of n - 1 qubits.
 *
 * <p>Why the two offsets. A one-qubit gate streams four runs at once: both parts of both partners.
 * At some distances between runs that are large powers of two the memory controller maps the
 * runs onto the same banks, and the gate runs at half speed or worse:
 * <ul>
 *   <li>the imaginary parts {@code im} after the real ones: held in two arrays, that distance was
 *       whatever the garbage collector chose, and at 2^29 + 2^22 bytes (two 2^26-amplitude arrays
 *       side by side) the gates on targets 14 and 19 ran at half speed. {@code im} is the state's
 *       length plus 3/64 of it, rounded to a multiple of 8 so both parts keep the same cache-line offset;
 *   <li>the partners of the top qubit, half the state apart: stored contiguously, at 26 qubits
 *       they are 256 MiB apart and the gate on qubit 25 ran at 1.6-2.0 ns per amplitude against
 *       0.7-0.9 for the others. The gap (3/128 of the state, at least 8 doubles) takes the
 *       distance off the power of two; any gap of 4 KiB or more did.
 * </ul>
 *
 * <p>Why the origin. The SIMD kernels load and store 8 doubles (64 bytes) at a time, and one that
 * straddles two cache lines costs about twice one that does not. G1, the JVM's default collector,
 * places an array larger than half a heap region at the start of a region and its elements 16
 * bytes after that, so element {@link #ORIGIN} is the first on a cache line. Every offset above is
 * a multiple of 8 doubles, so from there every part and half starts on a line. Smaller arrays and
 * other collectors get no such guarantee, only the same index arithmetic. In one process at 24
 * qubits the gates on targets 7-11 ran 3-22 % faster from the origin than from element 0 (medians
 * of 10 runs); a second comparison, old and new classes side by side, found less.
 *
 * <p>States held from an origin as one contiguous run (the QAOA path's, see
 * {@link QaoaEvolution}) use only {@link #imaginaryOffset(int)}.
 */
public final class StateLayout {
    /** Java arrays are int-indexed: a 29-qubit state with its gaps and pad still fits one array. */
    public static final int MAX_QUBITS = 29;
    /** The longest contiguous run {@link #imaginaryOffset(int)} lays out. */
    public static final int MAX_LENGTH = 1 << MAX_QUBITS;
    /** Where amplitude 0 has its real part: the first element on a cache line in a large array (see above). */
    public static final int ORIGIN = 6;

    private final int numQubits;
    final int length;
    final int half;
    final int gap;
    final int im;

    private StateLayout(int numQubits) {
        this.numQubits = numQubits;
        this.length = 1 << numQubits;
        this.half = length >>> 1;
        this.gap = numQubits == 0 ? 0 : roundUp8(Math.max(8, 3 * (half >>> 6)));
        this.im = imaginaryOffset(length);
    }

    /** The layout of a whole state of {@code numQubits} qubits, 0 to {@link #MAX_QUBITS}. */
    public static StateLayout of(int numQubits) {
        if (numQubits < 0 || numQubits > MAX_QUBITS) {
            throw new IllegalArgumentException("qubit count must be in [0, " + MAX_QUBITS + "], got " + numQubits);
        }
        return new StateLayout(numQubits);
    }

    /**
     * The offset of the imaginary parts from the real parts, for a contiguous run of {@code length}
     * amplitudes or a whole state of that length: the length plus a pad of 3/64 of it (at least 8),
     * rounded up to a multiple of 8. A whole state's gap (3/128) fits inside that pad.
     */
    public static int imaginaryOffset(int length) {
        if (length < 0 || length > MAX_LENGTH) {
            throw new IllegalArgumentException("state length must be in [0, " + MAX_LENGTH + "], got " + length);
        }
        return roundUp8(length + Math.max(8, 3 * (length >>> 6)));
    }

    private static int roundUp8(int value) {
        return (value + 7) & ~7;
    }

    public int numQubits() {
        return numQubits;
    }

    /** 2^n amplitudes. */
    public int length() {
        return length;
    }

    /** Where the imaginary parts start, counted from the real parts. */
    public int imaginaryOffset() {
        return im;
    }

    /** Where amplitude 2^(n-1), the first of the upper half, has its real part. */
    public int upperOffset() {
        return ORIGIN + half + gap;
    }

    /** Where amplitude i has its real part; its imaginary part is {@link #imaginaryOffset()} further on. */
    public int index(int i) {
        return ORIGIN + (i < half ? i : i + gap);
    }

    /** A zeroed array for the state. */
    public double[] allocate() {
        return new double[ORIGIN + im + length + gap];
    }

    /** Bytes {@link #allocate} takes. */
    public long bytes() {
        return 8L * ((long) ORIGIN + im + length + gap);
    }
}
