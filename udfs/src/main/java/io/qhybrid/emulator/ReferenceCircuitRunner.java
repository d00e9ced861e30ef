package io.qhybrid.emulator;

import io.qhybrid.backend.CircuitRunner;
import io.qhybrid.backend.NoiseParameters;
import io.qhybrid.circuit.Circuit;
import io.qhybrid.circuit.Operation;
import io.qhybrid.error.QHybridErrors;
import io.qhybrid.model.Bitstrings;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A small exact runner for the real-amplitude gates {@code x, z, h, cx, cz, swap} on up to 16
 * qubits, with seeded sampling and symmetric readout error. It gives the emulator and the tests
 * circuits with known distributions (basis states, Bell pairs, GHZ states) until the project's
 * state-vector and noisy simulators are plugged in through {@link CircuitRunner}. Depolarising
 * noise is not modelled here.
 */
public final class ReferenceCircuitRunner implements CircuitRunner {
    private static final int MAX_QUBITS = 16;

    @Override
    public Map<String, Long> run(Circuit circuit, int shots, long seed, NoiseParameters noise) {
        int n = circuit.numQubits();
        if (n > MAX_QUBITS) {
            throw QHybridErrors.tooLarge("circuit width", n, MAX_QUBITS, "Use the state-vector simulator.");
        }
        double[] amp = new double[1 << n];
        amp[0] = 1;
        for (Operation op : circuit.gates()) {
            apply(amp, op);
        }
        double[] cumulative = new double[amp.length];
        double sum = 0;
        for (int i = 0; i < amp.length; i++) {
            sum += amp[i] * amp[i];
            cumulative[i] = sum;
        }
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Long> counts = new TreeMap<>();
        for (int s = 0; s < shots; s++) {
            double u = random.nextDouble() * sum;
            int index = 0;
            while (index < amp.length - 1 && cumulative[index] <= u) {
                index++;
            }
            for (int q = 0; q < n && noise.readoutError() > 0; q++) {
                if (random.nextDouble() < noise.readoutError()) {
                    index ^= 1 << q;
                }
            }
            counts.merge(Bitstrings.of(index, n), 1L, Long::sum);
        }
        return counts;
    }

    private static void apply(double[] amp, Operation op) {
        int a = 1 << op.qubit(0);
        int b = op.qubitCount() > 1 ? 1 << op.qubit(1) : 0;
        double r = Math.sqrt(0.5);
        for (int i = 0; i < amp.length; i++) {
            switch (op.gate()) {
                case X -> { if ((i & a) == 0) swap(amp, i, i | a); }
                case Z -> { if ((i & a) != 0) amp[i] = -amp[i]; }
                case H -> {
                    if ((i & a) == 0) {
                        double zero = amp[i];
                        double one = amp[i | a];
                        amp[i] = r * (zero + one);
                        amp[i | a] = r * (zero - one);
                    }
                }
                case CX -> { if ((i & a) != 0 && (i & b) == 0) swap(amp, i, i | b); }
                case CZ -> { if ((i & a) != 0 && (i & b) != 0) amp[i] = -amp[i]; }
                case SWAP -> { if ((i & a) != 0 && (i & b) == 0) swap(amp, i, (i & ~a) | b); }
                default -> throw QHybridErrors.invalidArgument("gate for the reference runner", op.gate().qasmName(),
                        "It runs x, z, h, cx, cz and swap only; plug in a simulator for other gates.");
            }
        }
    }

    private static void swap(double[] amp, int i, int j) {
        double t = amp[i];
        amp[i] = amp[j];
        amp[j] = t;
    }
}
