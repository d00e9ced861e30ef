package io.qhybrid.simulator;

import static java.util.Objects.requireNonNull;

import io.qhybrid.circuit.Circuit;
import io.qhybrid.circuit.Operation;
import io.qhybrid.error.QHybridErrors;
import io.qhybrid.simulator.internal.FusedOp;
import io.qhybrid.simulator.internal.Parallel;
import io.qhybrid.simulator.internal.Sampler;
import io.qhybrid.simulator.internal.StateLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Shot sampling under a {@link NoiseModel} by seeded Monte Carlo trajectories: each trajectory runs
 * the circuit gate by gate (no fusion, since noise sits between gates) drawing a random Pauli
 * after each gate with the depolarising and relaxation probabilities, then samples its share of
 * the shots and flips each read bit with the readout error. The average over trajectories is the
 * noisy channel; more trajectories, less variance. One random stream drives everything, so the
 * same seed gives the same counts whatever the thread count.
 */
public final class NoisySimulator {
    private static final double[][] PAULIS = {
        {1, 0, 0, 0, 0, 0, 1, 0}, {0, 0, 1, 0, 1, 0, 0, 0}, {0, 0, 0, -1, 0, 1, 0, 0}, {1, 0, 0, 0, 0, 0, -1, 0}};

    private final NoiseModel noise;
    private final Parallel parallel;
    private final int maxTrajectories;

    /** One thread, at most 1000 trajectories. */
    public NoisySimulator(NoiseModel noise) {
        this(noise, 1, 1000);
    }

    /**
     * @param maxTrajectories shots are shared among min(shots, maxTrajectories) trajectories
     */
    public NoisySimulator(NoiseModel noise, int threads, int maxTrajectories) {
        this.noise = requireNonNull(noise, "noise is null");
        this.parallel = Parallel.of(threads);
        if (maxTrajectories < 1) {
            throw new IllegalArgumentException("maxTrajectories must be >= 1, got " + maxTrajectories);
        }
        this.maxTrajectories = maxTrajectories;
    }

    /** Counts keyed by bitstring (qubit 0 rightmost). */
    public Map<String, Long> run(Circuit circuit, int shots, long seed) {
        return QuantumState.countsOf(sampleIndices(circuit, shots, seed), circuit.numQubits());
    }

    /** The noisy measured basis-state indices, sorted. */
    public long[] sampleIndices(Circuit circuit, int shots, long seed) {
        requireNonNull(circuit, "circuit is null");
        if (!circuit.isBound()) {
            throw QHybridErrors.invalidArgument("circuit", "parameters " + circuit.parameters(),
                    "Bind every parameter (Circuit.bind) before simulating.");
        }
        int n = circuit.numQubits();
        StateVectorSimulator.checkFits(n);
        List<FusedOp> ops = new ArrayList<>();
        for (Operation op : circuit.gates()) {
            ops.add(FusedOp.of(op));
        }
        FusedOp[][] paulis = new FusedOp[n][4];
        for (int q = 0; q < n; q++) {
            for (int p = 1; p < 4; p++) {
                paulis[q][p] = FusedOp.oneQubit(q, PAULIS[p]);
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        StateLayout layout = StateLayout.of(n);
        double[] amp = layout.allocate();
        int trajectories = Math.max(1, Math.min(shots, maxTrajectories));
        long[] out = new long[shots];
        int written = 0;
        for (int t = 0; t < trajectories; t++) {
            int share = shots / trajectories + (t < shots % trajectories ? 1 : 0);
            Arrays.fill(amp, 0);
            amp[layout.index(0)] = 1;
            for (FusedOp op : ops) {
                op.apply(amp, layout, parallel);
                addGateNoise(op, paulis, random, amp, layout);
            }
            long[] sampled = Sampler.sample(amp, layout, share, random.nextLong());
            for (long index : sampled) {
                out[written++] = readout(index, n, random);
            }
        }
        Arrays.sort(out);
        return out;
    }

    private void addGateNoise(FusedOp op, FusedOp[][] paulis, SplittableRandom random, double[] amp, StateLayout layout) {
        int[] qubits = op.qubits();
        double p = qubits.length == 1 ? noise.depolarizing1q() : noise.depolarizing2q();
        if (p > 0 && random.nextDouble() < p) {
            // uniform over all 4^k Paulis, identity included: (1 - p) rho + p I / d
            for (int q : qubits) {
                int pauli = random.nextInt(4);
                if (pauli != 0) {
                    paulis[q][pauli].apply(amp, layout, parallel);
                }
            }
        }
        double duration = noise.gateTime(qubits.length);
        if (duration > 0) {
            for (int q : qubits) {
                relax(q, duration, paulis, random, amp, layout);
            }
        }
    }

    /** Pauli-twirled amplitude and phase damping over {@code duration} microseconds. */
    private void relax(int q, double duration, FusedOp[][] paulis, SplittableRandom random, double[] amp, StateLayout layout) {
        double t1 = noise.t1(q), t2 = noise.t2(q);
        double pxy = Double.isNaN(t1) ? 0 : (1 - Math.exp(-duration / t1)) / 4;
        double pz = Double.isNaN(t2) ? 0 : Math.max(0, (1 - Math.exp(-duration / t2)) / 2 - pxy);
        double u = random.nextDouble();
        int pauli = u < pxy ? 1 : u < 2 * pxy ? 2 : u < 2 * pxy + pz ? 3 : 0;
        if (pauli != 0) {
            paulis[q][pauli].apply(amp, layout, parallel);
        }
    }

    private long readout(long index, int n, SplittableRandom random) {
        long read = index;
        for (int q = 0; q < n; q++) {
            boolean one = (index >>> q & 1) != 0;
            double flip = one ? noise.p10(q) : noise.p01(q);
            if (flip > 0 && random.nextDouble() < flip) {
                read ^= 1L << q;
            }
        }
        return read;
    }
}
