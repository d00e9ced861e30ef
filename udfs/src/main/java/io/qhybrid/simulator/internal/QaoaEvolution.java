package io.qhybrid.simulator.internal;

import static java.util.Objects.requireNonNull;

/**
 * QAOA layers over a precomputed {@link CostVector}, organised to touch memory as few times as
 * possible. One layer is:
 * <ol>
 *   <li>a block pass: for each cache-sized block of 2^blockBits amplitudes, multiply by the cost
 *       phase and apply RX(2 beta) on every qubit below blockBits while the block stays in cache;
 *   <li>one group pass per groupBits high qubits: lines of 2^lineBits contiguous amplitudes, one
 *       per combination of the group's bits, are butterflied together for every qubit of the
 *       group while the 2^groupBits lines stay in cache.
 * </ol>
 * A naive layer sweeps memory n + 1 times; this one 1 + ceil((n - blockBits) / groupBits) times.
 *
 * <p>On a parity-symmetric cost (no fields, see {@link CostVector#isSymmetric}) the state keeps
 * the symmetry of |+>: the mixer commutes with flipping every qubit and the cost phase is equal on
 * z and ~z, so psi(z) = psi(~z) at every layer. Then only the half with the top bit 0 is held and
 * evolved, on n - 1 qubits of index, and the top qubit's RX pairs x with the stored complement of
 * x with the top bit flipped, M - x (M = 2^(n-1) - 1): block b meets block B-1-b read backwards.
 * The block pass takes those two blocks together, so the top qubit costs no pass of its own and a
 * layer moves half the memory and does half the arithmetic. {@link #unfold} writes out the other
 * half when the whole state is wanted.
 *
 * <p>Both parts of the state sit in one array as {@link StateLayout} describes, the imaginary
 * parts {@code im} after the real ones, and the state may start at any index, its <em>origin</em>.
 * From {@link StateLayout#ORIGIN}, the whole state's origin, it starts on a cache line (see
 * {@link StateLayout}): in-cache butterflies ran 1.4x faster on aligned data. {@link #newBuffer}
 * allocates an array for that origin.
 */
public final class QaoaEvolution {
    private final CostVector cost;
    private final Parallel parallel;
    private final int blockBits;
    private final int groupBits;
    private final int lineBits;
    private final double[] cosTable = new double[256];
    private final double[] sinTable = new double[256];

    public QaoaEvolution(CostVector cost, Parallel parallel, int blockBits, int groupBits, int lineBits) {
        this.cost = requireNonNull(cost, "cost is null");
        this.parallel = requireNonNull(parallel, "parallel is null");
        this.blockBits = Math.min(indexBits(cost), blockBits);
        this.groupBits = groupBits;
        this.lineBits = Math.min(this.blockBits, lineBits);
    }

    /** Default blocking: 256 KiB blocks, groups of up to 6 high qubits over 2 KiB lines. */
    public static QaoaEvolution withDefaults(CostVector cost, Parallel parallel) {
        return new QaoaEvolution(cost, parallel, 14, 6, 8);
    }

    /** Bits of index of the held state: n - 1 for a symmetric cost, n otherwise. */
    private static int indexBits(CostVector cost) {
        return Integer.numberOfTrailingZeros(cost.stateLength());
    }

    /** Amplitudes evolved: 2^(n-1) for a symmetric cost (the half with the top bit 0), 2^n otherwise. */
    public int stateLength() {
        return cost.stateLength();
    }

    /** Where the held state's imaginary parts start, counted from its real parts ({@link StateLayout}). */
    public int imaginaryOffset() {
        return StateLayout.imaginaryOffset(stateLength());
    }

    /** An array for the held state at {@link StateLayout#ORIGIN} with its parts {@link #imaginaryOffset} apart. */
    public double[] newBuffer() {
        return new double[StateLayout.ORIGIN + imaginaryOffset() + stateLength()];
    }

    /**
     * Writes the QAOA state for the given angles into amp[0, stateLength()) (real parts) and
     * amp[im, im + stateLength()) (imaginary parts), overwriting what was there; the parts may be
     * longer (see {@link #unfold}).
     */
    public void evolve(double[] amp, int im, double[] gammas, double[] betas) {
        evolve(amp, im, 0, gammas, betas);
    }

    /**
     * As {@link #evolve(double[], int, double[], double[])}, the state's real parts from amp[origin]
     * and its imaginary parts from amp[origin + im].
     */
    public void evolve(double[] amp, int im, int origin, double[] gammas, double[] betas) {
        if (gammas.length != betas.length) {
            throw new IllegalArgumentException("need as many gammas as betas, got " + gammas.length + " and " + betas.length);
        }
        checkFits(amp, im, origin);
        if (gammas.length == 0) {
            java.util.Arrays.fill(amp, origin, origin + stateLength(), plusAmplitude());
            java.util.Arrays.fill(amp, origin + im, origin + im + stateLength(), 0);
            return;
        }
        for (int layer = 0; layer < gammas.length; layer++) {
            layer(amp, im, origin, gammas[layer], betas[layer], layer == 0);
        }
    }

    private void checkFits(double[] amp, int im, int origin) {
        if (origin < 0 || im < stateLength() || (long) amp.length - origin - im < stateLength()) {
            throw new IllegalArgumentException("a state array of " + amp.length + " doubles with imaginary parts " + im
                    + " after the real ones cannot hold " + stateLength() + " amplitudes from index " + origin);
        }
    }

    /**
     * Turns the state {@link #evolve} left from amp[{@link StateLayout#ORIGIN}] (imaginary parts
     * {@code layout}'s imaginary offset further on) into the whole state laid out by {@code layout}:
     * for a symmetric cost, writes the upper half from the evolved lower half (psi(z) = psi(~z));
     * otherwise moves the upper half up by the layout's gap.
     */
    public void unfold(double[] amp, StateLayout layout) {
        int im = layout.imaginaryOffset(), half = layout.length() / 2, upper = layout.upperOffset();
        int lower = StateLayout.ORIGIN;
        if (layout.length() != (cost.isSymmetric() ? 2 : 1) * stateLength()) {
            throw new IllegalArgumentException("a layout of " + layout.numQubits() + " qubits for a "
                    + cost.numQubits() + "-qubit QAOA state");
        }
        if (!cost.isSymmetric()) {
            // the imaginary parts first: their upper half moves into space past the end of the real parts'
            System.arraycopy(amp, im + lower + half, amp, im + upper, half);
            System.arraycopy(amp, lower + half, amp, upper, half);
            return;
        }
        // amplitude half + j is psi(~(half + j)) = psi(half - 1 - j)
        for (int j = 0, last = lower + half - 1; j < half; j++) {
            amp[upper + j] = amp[last - j];
            amp[im + upper + j] = amp[im + last - j];
        }
    }

    private double plusAmplitude() {
        return 1 / Math.sqrt(Math.scalb(1.0, cost.numQubits()));
    }

    private void layer(double[] amp, int im, int origin, double gamma, double beta, boolean fromPlus) {
        int n = cost.numQubits();
        int bits = indexBits(cost);
        double c = Math.cos(beta), s = Math.sin(beta);
        // RX(2 beta) = cos(beta) [[1, -i tan], [-i tan, 1]]: with cos(beta)^n folded into the phase the
        // SIMD butterflies need half the arithmetic; kept to |cos| >= 1/2 so tan stays small
        double scale = 1;
        if (KernelSupport.VECTOR && Math.abs(c) >= 0.5) {
            scale = Math.pow(c, n);
            s = s / c;
            c = 1;
        }
        final double mc = c, ms = s, phaseScale = scale;
        if (cost.isCompact()) {
            for (int level = 0; level < 256; level++) {
                double angle = -gamma * cost.levelEnergy(level);
                cosTable[level] = scale * Math.cos(angle);
                sinTable[level] = scale * Math.sin(angle);
            }
        }
        int blockSize = 1 << blockBits;
        int blocks = 1 << (bits - blockBits);
        if (!cost.isSymmetric()) {
            parallel.forRange(blocks, 2, (from, to) -> {
                for (long block = from; block < to; block++) {
                    int base = origin + (int) (block << blockBits);
                    phase(amp, im, origin, base, base + blockSize, gamma, phaseScale, fromPlus);
                    MixerKernels.block(amp, im, base, blockBits, mc, ms);
                }
            });
        } else if (blocks == 1) {
            phase(amp, im, origin, origin, origin + blockSize, gamma, phaseScale, fromPlus);
            MixerKernels.mirrored(amp, im, origin, origin + blockSize - 1, blockSize / 2, mc, ms);
            MixerKernels.block(amp, im, origin, blockBits, mc, ms);
        } else {
            // block b and its mirror B-1-b: phase both, the top qubit between them, then each block's own qubits
            parallel.forRange(blocks / 2, 2, (from, to) -> {
                for (long block = from; block < to; block++) {
                    int lo = origin + (int) (block << blockBits), hi = origin + (int) ((blocks - 1 - block) << blockBits);
                    phase(amp, im, origin, lo, lo + blockSize, gamma, phaseScale, fromPlus);
                    phase(amp, im, origin, hi, hi + blockSize, gamma, phaseScale, fromPlus);
                    MixerKernels.mirrored(amp, im, lo, hi + blockSize - 1, blockSize, mc, ms);
                    MixerKernels.block(amp, im, lo, blockBits, mc, ms);
                    MixerKernels.block(amp, im, hi, blockBits, mc, ms);
                }
            });
        }
        // spread the high qubits evenly over as few groups of at most groupBits as possible:
        // 12 high qubits make two passes of 6, not 5 + 5 + 2
        int high = bits - blockBits;
        int groups = (high + groupBits - 1) / groupBits;
        for (int g = 0, g0 = blockBits; g < groups; g++) {
            int width = (high - (g0 - blockBits) + (groups - g) - 1) / (groups - g);
            groupPass(amp, im, origin, g0, g0 + width, mc, ms);
            g0 += width;
        }
    }

    /**
     * Multiplies the amplitudes [from, to) by scale * exp(-i gamma (E - offset)), from |+>
     * when fromPlus; the state starts at origin.
     */
    private void phase(double[] amp, int im, int origin, int from, int to, double gamma, double scale, boolean fromPlus) {
        double amplitude = plusAmplitude();
        byte[] levels = cost.levels();
        if (levels != null) {
            for (int i = from; i < to; i++) {
                int level = levels[i - origin] & 0xFF;
                double pc = cosTable[level], ps = sinTable[level];
                double x = fromPlus ? amplitude : amp[i], y = fromPlus ? 0 : amp[im + i];
                amp[i] = pc * x - ps * y;
                amp[im + i] = pc * y + ps * x;
            }
        } else {
            double[] energies = cost.energies();
            for (int i = from; i < to; i++) {
                double angle = -gamma * energies[i - origin];
                double pc = scale * Math.cos(angle), ps = scale * Math.sin(angle);
                double x = fromPlus ? amplitude : amp[i], y = fromPlus ? 0 : amp[im + i];
                amp[i] = pc * x - ps * y;
                amp[im + i] = pc * y + ps * x;
            }
        }
    }

    private void groupPass(double[] amp, int im, int origin, int g0, int g1, double c, double s) {
        int width = g1 - g0;
        int line = 1 << lineBits;
        int middleBits = g0 - lineBits;
        long outer = 1L << (indexBits(cost) - width - lineBits);
        parallel.forRange(outer, 2, (from, to) -> {
            for (long o = from; o < to; o++) {
                // o's low bits fill the positions between the line and the group, the rest go above the group
                long middle = o & ((1L << middleBits) - 1);
                int base = origin + (int) (((o >>> middleBits) << g1) | (middle << lineBits));
                MixerKernels.group(amp, im, base, g0, g1, line, c, s);
            }
        });
    }

    /**
     * {@code <C>} of the state {@link #evolve} left from amp[origin] (imaginary parts from
     * amp[origin + im]), offset included.
     */
    public double expectation(double[] amp, int im, int origin) {
        checkFits(amp, im, origin);
        byte[] levels = cost.levels();
        double[] energies = cost.energies();
        double sum = parallel.sum(stateLength(), (from, to) -> {
            double acc = 0;
            if (levels != null) {
                double weighted = 0, total = 0;
                for (int i = (int) from; i < to; i++) {
                    int a = origin + i;
                    double p = amp[a] * amp[a] + amp[im + a] * amp[im + a];
                    weighted += p * (levels[i] & 0xFF);
                    total += p;
                }
                acc = cost.unit() * (weighted - cost.shift() * total);
            } else {
                for (int i = (int) from; i < to; i++) {
                    int a = origin + i;
                    acc += (amp[a] * amp[a] + amp[im + a] * amp[im + a]) * energies[i];
                }
            }
            return acc;
        });
        // the held half of a symmetric state carries half the probability
        return (cost.isSymmetric() ? 2 * sum : sum) + cost.offset();
    }
}
