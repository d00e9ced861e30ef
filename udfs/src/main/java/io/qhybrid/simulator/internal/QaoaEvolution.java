package io.qhybrid.simulator.internal;

import static java.util.Objects.requireNonNull;

/**
 * QAOA layers over a precomputed {@link CostVector}, organised to touch memory as few times as
 * possible and to keep the arithmetic in registers. One layer is:
 * <ol>
 *   <li>a block pass over superblocks of 2^superBits amplitudes, each in turn:
 *     <ol>
 *       <li>for each block of 2^blockBits amplitudes (second-level cache), the cost phase and
 *           RX(2 beta) on every qubit below blockBits while the block stays in cache; with 8-lane
 *           vectors and {@link LanePatterns}, the phase and the qubits inside one vector share the
 *           block's first load and store ({@link PhaseKernels});
 *       <li>RX on the qubits blockBits .. superBits-1 in group passes over the superblock, which
 *           the blocks just left in the last-level cache;
 *     </ol>
 *   <li>group passes from memory for the qubits superBits .. n-1: per tile of 2^tileBits
 *       amplitudes, lines of contiguous amplitudes, one per combination of the group's bits, are
 *       butterflied together for every qubit of a group of at most groupBits while the tile stays
 *       in cache.
 * </ol>
 * A naive layer sweeps memory n + 1 times; this one 1 + ceil((bits - superBits) / groupBits)
 * times for a state of 2^bits amplitudes: twice with the defaults up to n = 26 on a symmetric
 * cost (bits = n - 1, below), n = 25 otherwise.
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
    private final int tileBits;
    private final int superBits;
    private final PhaseTables tables;

    public QaoaEvolution(CostVector cost, Parallel parallel, int blockBits, int groupBits, int tileBits) {
        this(cost, parallel, blockBits, groupBits, tileBits, blockBits);
    }

    /**
     * Blocks of 2^blockBits amplitudes; the qubits from blockBits to superBits done per superblock
     * of 2^superBits while it is still in the last-level cache; the rest in groups of at most
     * groupBits qubits over tiles of 2^tileBits amplitudes.
     */
    public QaoaEvolution(CostVector cost, Parallel parallel, int blockBits, int groupBits, int tileBits, int superBits) {
        this.cost = requireNonNull(cost, "cost is null");
        this.parallel = requireNonNull(parallel, "parallel is null");
        this.blockBits = Math.min(indexBits(cost), blockBits);
        this.groupBits = groupBits;
        this.tileBits = tileBits;
        this.superBits = Math.max(this.blockBits, Math.min(indexBits(cost), superBits));
        this.tables = new PhaseTables(cost);
    }

    /**
     * Default blocking: 128 KiB blocks (13 qubits: the 3 inside a vector, then five radix-4 stages
     * with no radix-2 stage left over); superblocks of 8 MiB, so that a symmetric state's pair of them (16 MiB) stays in a
     * 32 MiB last-level cache; groups of up to 6 qubits over 256 KiB tiles (2^14 amplitudes, so
     * lines of 2^8). On the AMD host where these were chosen, longer lines made the memory group
     * pass faster (2^10 against 2^8: 8.8-9.3 ms against 10.0-10.3 on four qubits), and tiles were
     * 2^16; on an Intel host the 26-qubit p = 6 evolution (no expectation) took 1.47-1.50 s on one
     * thread with tiles of 2^14 against 1.49-1.52 (2^15) and 1.58-1.59 (2^16), and 0.82 against
     * 0.86 and 0.91 s on two. The smaller tile serves the host whose one-thread evaluation was
     * nearest its floor of 1.8 s.
     */
    public static QaoaEvolution withDefaults(CostVector cost, Parallel parallel) {
        return new QaoaEvolution(cost, parallel, 13, 6, 14, 19);
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
        // from |+> every amplitude is the same, so it goes into the phase's scale
        double phaseScale = fromPlus ? scale * plusAmplitude() : scale;
        if (cost.isCompact()) {
            tables.set(gamma, phaseScale);
        }
        boolean fused = c == 1 && tables.lanes != null && KernelSupport.VECTOR && PhaseKernels.USABLE && blockBits >= 4;
        Block block = new Block(amp, im, origin, fused, c, s, fromPlus, gamma);
        int blockSize = 1 << blockBits;
        int blocks = 1 << (bits - blockBits);
        if (blocks == 1) {
            block.alone(origin, cost.isSymmetric(), phaseScale);
        } else if (cost.isSymmetric()) {
            // superblock r and its mirror R-1-r: block b of the one with block B-1-b of the other
            int top = Math.min(superBits, bits - 1), perSuper = 1 << (top - blockBits), supers = 1 << (bits - top);
            for (int r = 0; r < supers / 2; r++) {
                int first = r * perSuper;
                parallel.forRange(perSuper, 2, (from, to) -> {
                    for (long b = first + from; b < first + to; b++) {
                        int lo = origin + (int) (b << blockBits), hi = origin + (int) ((blocks - 1 - b) << blockBits);
                        block.pair(lo, hi, blockSize, phaseScale);
                    }
                });
                highQubits(amp, im, origin + (r << top), blockBits, top, c, s);
                highQubits(amp, im, origin + ((supers - 1 - r) << top), blockBits, top, c, s);
            }
            highQubits(amp, im, origin, top, bits, c, s);
        } else {
            int top = superBits, perSuper = 1 << (top - blockBits), supers = 1 << (bits - top);
            for (int r = 0; r < supers; r++) {
                int first = r * perSuper;
                parallel.forRange(perSuper, 2, (from, to) -> {
                    for (long b = first + from; b < first + to; b++) {
                        block.single(origin + (int) (b << blockBits), blockSize, phaseScale);
                    }
                });
                highQubits(amp, im, origin + (r << top), blockBits, top, c, s);
            }
            highQubits(amp, im, origin, top, bits, c, s);
        }
    }

    /**
     * The block pass's work on one block (or a mirrored pair): the cost phase and RX on every qubit
     * below blockBits, and for a pair the top qubit between them. Fused, the phase, the top qubit
     * and the in-vector qubits share one load and store ({@link PhaseKernels}); otherwise the
     * phase is a scalar loop and each stage a sweep of its own.
     */
    private final class Block {
        private final double[] amp;
        private final int im;
        private final int origin;
        private final boolean fused;
        /** RX(2 beta) as cos(beta), sin(beta), or as 1, tan(beta) when the phase carries cos(beta)^n (always when fused). */
        private final double c;
        private final double s;
        private final boolean fromPlus;
        private final double gamma;

        Block(double[] amp, int im, int origin, boolean fused, double c, double s, boolean fromPlus, double gamma) {
            this.amp = amp;
            this.im = im;
            this.origin = origin;
            this.fused = fused;
            this.c = c;
            this.s = s;
            this.fromPlus = fromPlus;
            this.gamma = gamma;
        }

        void pair(int lo, int hi, int size, double scale) {
            if (fused) {
                PhaseKernels.pair(amp, im, origin, tables, lo, hi, size, s, fromPlus);
                MixerKernels.aboveVector(amp, im, lo, blockBits, s);
                MixerKernels.aboveVector(amp, im, hi, blockBits, s);
                return;
            }
            phase(amp, im, origin, lo, lo + size, gamma, scale, fromPlus);
            phase(amp, im, origin, hi, hi + size, gamma, scale, fromPlus);
            MixerKernels.mirrored(amp, im, lo, hi + size - 1, size, c, s);
            MixerKernels.block(amp, im, lo, blockBits, c, s);
            MixerKernels.block(amp, im, hi, blockBits, c, s);
        }

        void single(int base, int size, double scale) {
            if (fused) {
                PhaseKernels.single(amp, im, origin, tables, base, base + size, s, fromPlus);
                MixerKernels.aboveVector(amp, im, base, blockBits, s);
                return;
            }
            phase(amp, im, origin, base, base + size, gamma, scale, fromPlus);
            MixerKernels.block(amp, im, base, blockBits, c, s);
        }

        /** The only block: a symmetric state's top qubit pairs its two halves. */
        void alone(int base, boolean symmetric, double scale) {
            int size = 1 << blockBits;
            if (!symmetric) {
                single(base, size, scale);
            } else if (fused) {
                PhaseKernels.pair(amp, im, origin, tables, base, base + size / 2, size / 2, s, fromPlus);
                MixerKernels.aboveVector(amp, im, base, blockBits, s);
            } else {
                phase(amp, im, origin, base, base + size, gamma, scale, fromPlus);
                MixerKernels.mirrored(amp, im, base, base + size - 1, size / 2, c, s);
                MixerKernels.block(amp, im, base, blockBits, c, s);
            }
        }
    }

    /**
     * RX on qubits q0 .. q1-1 of the 2^q1 amplitudes from base, spread evenly over as few group
     * passes of at most groupBits as possible: 12 qubits make two passes of 6, not 5 + 5 + 2.
     */
    private void highQubits(double[] amp, int im, int base, int q0, int q1, double c, double s) {
        int high = q1 - q0;
        int groups = (high + groupBits - 1) / groupBits;
        for (int g = 0, g0 = q0; g < groups; g++) {
            int width = (high - (g0 - q0) + (groups - g) - 1) / (groups - g);
            groupPass(amp, im, base, q1, g0, g0 + width, c, s);
            g0 += width;
        }
    }

    /**
     * Multiplies the amplitudes [from, to) by scale * exp(-i gamma (E - offset)), taking each as 1
     * when fromPlus; the state starts at origin.
     */
    private void phase(double[] amp, int im, int origin, int from, int to, double gamma, double scale, boolean fromPlus) {
        byte[] levels = cost.levels();
        if (levels != null) {
            double[] cosTable = tables.levelCos, sinTable = tables.levelSin;
            for (int i = from; i < to; i++) {
                int level = levels[i - origin] & 0xFF;
                double pc = cosTable[level], ps = sinTable[level];
                double x = fromPlus ? 1 : amp[i], y = fromPlus ? 0 : amp[im + i];
                amp[i] = pc * x - ps * y;
                amp[im + i] = pc * y + ps * x;
            }
        } else {
            double[] energies = cost.energies();
            for (int i = from; i < to; i++) {
                double angle = -gamma * energies[i - origin];
                double pc = scale * Math.cos(angle), ps = scale * Math.sin(angle);
                double x = fromPlus ? 1 : amp[i], y = fromPlus ? 0 : amp[im + i];
                amp[i] = pc * x - ps * y;
                amp[im + i] = pc * y + ps * x;
            }
        }
    }

    /** RX on qubits g0 .. g1-1 of the 2^span amplitudes from base, a group of lines at a time. */
    private void groupPass(double[] amp, int im, int base, int span, int g0, int g1, double c, double s) {
        int width = g1 - g0;
        // the group's 2^width lines make one tile; a line cannot reach into the group
        int lineBits = Math.max(0, Math.min(g0, tileBits - width));
        int line = 1 << lineBits;
        int middleBits = g0 - lineBits;
        long outer = 1L << (span - width - lineBits);
        parallel.forRange(outer, 2, (from, to) -> {
            for (long o = from; o < to; o++) {
                // o's low bits fill the positions between the line and the group, the rest go above the group
                long middle = o & ((1L << middleBits) - 1);
                int at = base + (int) (((o >>> middleBits) << g1) | (middle << lineBits));
                MixerKernels.group(amp, im, at, g0, g1, line, c, s);
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
                int i = (int) from;
                if (KernelSupport.VECTOR && PhaseKernels.USABLE) {
                    // whole vectors of 8 amplitudes with SIMD, what is left below
                    int end = i + (int) ((to - from) & ~7L);
                    acc = PhaseKernels.levelExpectation(amp, im, origin, levels, i, end, cost.unit(), cost.shift());
                    i = end;
                }
                double weighted = 0, total = 0;
                for (; i < to; i++) {
                    int a = origin + i;
                    double p = amp[a] * amp[a] + amp[im + a] * amp[im + a];
                    weighted += p * (levels[i] & 0xFF);
                    total += p;
                }
                acc += cost.unit() * (weighted - cost.shift() * total);
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
