package io.qhybrid.simulator.internal;

import static java.util.Objects.requireNonNull;

/**
 * QAOA layers over a precomputed {@link CostVector}, organised to touch memory as few times as
 * possible. A layer's work splits into passes over the state:
 * <ol>
 *   <li>a block pass: for each cache-sized block of 2^blockBits amplitudes, multiply by the cost
 *       phase and apply RX(2 beta) on every qubit below blockBits while the block stays in cache;
 *   <li>one group pass per groupBits high qubits: lines of 2^lineBits contiguous amplitudes, one
 *       per combination of the group's bits, are butterflied together for every qubit of the
 *       group while the 2^groupBits lines stay in cache.
 * </ol>
 * A naive layer sweeps memory n + 1 times; this one 1 + ceil((n - blockBits) / groupBits) times.
 *
 * <p>Layers share passes. The RX factors commute, so a layer may apply its passes in either
 * order, and the next layer's phase only has to follow the whole of this layer's mixer. Even
 * layers run block, groups; odd layers run the groups in reverse, then the block. Where one layer
 * ends with the pass the next begins with, the two are one pass: this layer's mixer on that
 * pass's qubits, the next layer's phase, the next layer's mixer on the same qubits, all while the
 * lines are in cache. Past the first, each layer costs one pass fewer; a state that fits one
 * block runs every layer in a single pass.
 *
 * <p>On a parity-symmetric cost (no fields, see {@link CostVector#isSymmetric}) the state keeps
 * the symmetry of |+>: the mixer commutes with flipping every qubit and the cost phase is equal on
 * z and ~z, so psi(z) = psi(~z) at every layer. Then only the half with the top bit 0 is held and
 * evolved, on n - 1 qubits of index, and the top qubit's RX pairs x with the stored complement of
 * x with the top bit flipped, M - x (M = 2^(n-1) - 1): block b meets block B-1-b read backwards.
 * The block pass takes those two blocks together, so the top qubit costs no pass of its own and a
 * layer moves half the memory and does half the arithmetic. {@link #unfold} writes out the other
 * half when the whole state is wanted.
 */
public final class QaoaEvolution {
    /** The pass kind of the block pass; group passes are numbered from 0. */
    private static final int BLOCK = -1;

    private final CostVector cost;
    private final Parallel parallel;
    private final int blockBits;
    private final int lineBits;
    /** Group g covers qubits groupStart[g] .. groupStart[g + 1] - 1. */
    private final int[] groupStart;

    public QaoaEvolution(CostVector cost, Parallel parallel, int blockBits, int groupBits, int lineBits) {
        this.cost = requireNonNull(cost, "cost is null");
        this.parallel = requireNonNull(parallel, "parallel is null");
        int bits = indexBits(cost);
        this.blockBits = Math.min(bits, blockBits);
        this.lineBits = Math.min(this.blockBits, lineBits);
        // spread the high qubits evenly over as few groups of at most groupBits as possible:
        // 12 high qubits make two passes of 6, not 5 + 5 + 2
        int high = bits - this.blockBits;
        int groups = (high + groupBits - 1) / groupBits;
        this.groupStart = new int[groups + 1];
        groupStart[0] = this.blockBits;
        for (int g = 0; g < groups; g++) {
            int left = bits - groupStart[g];
            groupStart[g + 1] = groupStart[g] + (left + (groups - g) - 1) / (groups - g);
        }
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

    /** Memory passes {@link #evolve} makes for the given number of layers. */
    public int passes(int layers) {
        return schedule(layers).size();
    }

    /**
     * Writes the QAOA state for the given angles into re/im[0, stateLength()), overwriting what
     * was there; the arrays may be longer (see {@link #unfold}).
     */
    public void evolve(double[] re, double[] im, double[] gammas, double[] betas) {
        if (gammas.length != betas.length) {
            throw new IllegalArgumentException("need as many gammas as betas, got " + gammas.length + " and " + betas.length);
        }
        if (re.length < stateLength() || im.length < stateLength()) {
            throw new IllegalArgumentException("state arrays hold " + Math.min(re.length, im.length) + " amplitudes, need "
                    + stateLength());
        }
        if (gammas.length == 0) {
            java.util.Arrays.fill(re, 0, stateLength(), plusAmplitude());
            java.util.Arrays.fill(im, 0, stateLength(), 0);
            return;
        }
        Layer[] layers = new Layer[gammas.length];
        for (int l = 0; l < layers.length; l++) {
            layers[l] = new Layer(gammas[l], betas[l], l == 0);
        }
        for (Pass pass : schedule(layers.length)) {
            if (pass.kind == BLOCK) {
                blockPass(re, im, layers, pass);
            } else {
                groupPass(re, im, layers, pass);
            }
        }
    }

    /**
     * For a symmetric cost, fills re/im[2^(n-1), 2^n) from the evolved lower half (psi(z) = psi(~z));
     * otherwise does nothing. The arrays must hold 2^n amplitudes.
     */
    public void unfold(double[] re, double[] im) {
        if (!cost.isSymmetric()) {
            return;
        }
        int half = stateLength(), last = 2 * half - 1;
        for (int i = 0; i < half; i++) {
            re[last - i] = re[i];
            im[last - i] = im[i];
        }
    }

    private double plusAmplitude() {
        return 1 / Math.sqrt(Math.scalb(1.0, cost.numQubits()));
    }

    /** One memory pass: for each of its layers, in order, that layer's phase if it starts there, then its mixer. */
    private record Pass(int kind, int firstLayer, int lastLayer, boolean phaseFirst) {
        boolean phase(int layer) {
            return layer > firstLayer || phaseFirst;
        }
    }

    /** Even layers: block, group 0, 1, ...; odd layers: the groups from the last, then the block; equal neighbours merge. */
    private java.util.List<Pass> schedule(int layers) {
        int groups = groupStart.length - 1;
        java.util.List<Pass> passes = new java.util.ArrayList<>();
        for (int l = 0; l < layers; l++) {
            for (int k = 0; k <= groups; k++) {
                int kind = l % 2 == 0 ? k - 1 : groups - 1 - k;
                Pass last = passes.isEmpty() ? null : passes.get(passes.size() - 1);
                if (last != null && last.kind == kind) {
                    passes.set(passes.size() - 1, new Pass(kind, last.firstLayer, l, last.phaseFirst));
                } else {
                    // the phase leads the first pass of each layer
                    passes.add(new Pass(kind, l, l, k == 0));
                }
            }
        }
        return passes;
    }

    /** A layer's constants: the mixer in the form the kernels take and the phase table. */
    private final class Layer {
        final double gamma;
        final boolean fromPlus;
        final double c;
        final double s;
        final double scale;
        final double[] cosTable;
        final double[] sinTable;

        Layer(double gamma, double beta, boolean fromPlus) {
            this.gamma = gamma;
            this.fromPlus = fromPlus;
            double cb = Math.cos(beta), sb = Math.sin(beta);
            // RX(2 beta) = cos(beta) [[1, -i tan], [-i tan, 1]]: with cos(beta)^n folded into the phase the
            // SIMD butterflies need half the arithmetic; kept to |cos| >= 1/2 so tan stays small
            if (KernelSupport.VECTOR && Math.abs(cb) >= 0.5) {
                this.scale = Math.pow(cb, cost.numQubits());
                this.s = sb / cb;
                this.c = 1;
            } else {
                this.scale = 1;
                this.s = sb;
                this.c = cb;
            }
            this.cosTable = cost.isCompact() ? new double[256] : null;
            this.sinTable = cost.isCompact() ? new double[256] : null;
            for (int level = 0; cosTable != null && level < 256; level++) {
                double angle = -gamma * cost.levelEnergy(level);
                cosTable[level] = scale * Math.cos(angle);
                sinTable[level] = scale * Math.sin(angle);
            }
        }
    }

    private void blockPass(double[] re, double[] im, Layer[] layers, Pass pass) {
        int blockSize = 1 << blockBits;
        int blocks = 1 << (indexBits(cost) - blockBits);
        if (!cost.isSymmetric()) {
            parallel.forRange(blocks, 2, (from, to) -> {
                for (long block = from; block < to; block++) {
                    int base = (int) (block << blockBits);
                    for (int l = pass.firstLayer; l <= pass.lastLayer; l++) {
                        if (pass.phase(l)) {
                            phase(re, im, base, base + blockSize, layers[l]);
                        }
                        MixerKernels.block(re, im, base, blockBits, layers[l].c, layers[l].s);
                    }
                }
            });
        } else {
            // block b and its mirror B-1-b (the same block when there is one): phase both, the top qubit
            // between them, then each block's own qubits
            parallel.forRange(Math.max(1, blocks / 2), 2, (from, to) -> {
                for (long block = from; block < to; block++) {
                    int lo = (int) (block << blockBits), hi = (int) ((blocks - 1 - block) << blockBits);
                    for (int l = pass.firstLayer; l <= pass.lastLayer; l++) {
                        Layer layer = layers[l];
                        if (pass.phase(l)) {
                            phase(re, im, lo, lo + blockSize, layer);
                            if (hi != lo) {
                                phase(re, im, hi, hi + blockSize, layer);
                            }
                        }
                        MixerKernels.mirrored(re, im, lo, hi + blockSize - 1, hi != lo ? blockSize : blockSize / 2,
                                layer.c, layer.s);
                        MixerKernels.block(re, im, lo, blockBits, layer.c, layer.s);
                        if (hi != lo) {
                            MixerKernels.block(re, im, hi, blockBits, layer.c, layer.s);
                        }
                    }
                }
            });
        }
    }

    /** Multiplies amplitudes [from, to) by the layer's scale * exp(-i gamma (E - offset)); from |+> in the first layer. */
    private void phase(double[] re, double[] im, int from, int to, Layer layer) {
        double amplitude = plusAmplitude();
        boolean fromPlus = layer.fromPlus;
        byte[] levels = cost.levels();
        if (levels != null) {
            double[] cosTable = layer.cosTable, sinTable = layer.sinTable;
            for (int i = from; i < to; i++) {
                int level = levels[i] & 0xFF;
                double pc = cosTable[level], ps = sinTable[level];
                double x = fromPlus ? amplitude : re[i], y = fromPlus ? 0 : im[i];
                re[i] = pc * x - ps * y;
                im[i] = pc * y + ps * x;
            }
        } else {
            double[] energies = cost.energies();
            double gamma = layer.gamma, scale = layer.scale;
            for (int i = from; i < to; i++) {
                double angle = -gamma * energies[i];
                double pc = scale * Math.cos(angle), ps = scale * Math.sin(angle);
                double x = fromPlus ? amplitude : re[i], y = fromPlus ? 0 : im[i];
                re[i] = pc * x - ps * y;
                im[i] = pc * y + ps * x;
            }
        }
    }

    private void groupPass(double[] re, double[] im, Layer[] layers, Pass pass) {
        int g0 = groupStart[pass.kind], g1 = groupStart[pass.kind + 1];
        int width = g1 - g0;
        int line = 1 << lineBits;
        int middleBits = g0 - lineBits;
        long outer = 1L << (indexBits(cost) - width - lineBits);
        parallel.forRange(outer, 2, (from, to) -> {
            for (long o = from; o < to; o++) {
                // o's low bits fill the positions between the line and the group, the rest go above the group
                long middle = o & ((1L << middleBits) - 1);
                int base = (int) (((o >>> middleBits) << g1) | (middle << lineBits));
                for (int l = pass.firstLayer; l <= pass.lastLayer; l++) {
                    if (pass.phase(l)) {
                        for (int r = 0; r < 1 << width; r++) {
                            int start = base + (r << g0);
                            phase(re, im, start, start + line, layers[l]);
                        }
                    }
                    MixerKernels.group(re, im, base, g0, g1, line, layers[l].c, layers[l].s);
                }
            }
        });
    }

    /** {@code <C>} of the state {@link #evolve} left in re/im, offset included. */
    public double expectation(double[] re, double[] im) {
        byte[] levels = cost.levels();
        double[] energies = cost.energies();
        double sum = parallel.sum(stateLength(), (from, to) -> {
            double acc = 0;
            if (levels != null) {
                double weighted = 0, total = 0;
                for (int i = (int) from; i < to; i++) {
                    double p = re[i] * re[i] + im[i] * im[i];
                    weighted += p * (levels[i] & 0xFF);
                    total += p;
                }
                acc = cost.unit() * (weighted - cost.shift() * total);
            } else {
                for (int i = (int) from; i < to; i++) {
                    acc += (re[i] * re[i] + im[i] * im[i]) * energies[i];
                }
            }
            return acc;
        });
        // the held half of a symmetric state carries half the probability
        return (cost.isSymmetric() ? 2 * sum : sum) + cost.offset();
    }
}
