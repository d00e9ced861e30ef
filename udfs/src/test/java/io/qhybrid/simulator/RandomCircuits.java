package io.qhybrid.simulator;

import io.qhybrid.circuit.Circuit;
import io.qhybrid.circuit.CircuitBuilder;
import io.qhybrid.circuit.Gate;
import java.util.Random;

/** Seeded random circuits over the whole gate set, for comparing against {@link DenseReference}. */
final class RandomCircuits {
    private RandomCircuits() {}

    static Circuit circuit(int n, int depth, long seed) {
        Random random = new Random(seed);
        CircuitBuilder b = Circuit.builder(n);
        Gate[] gates = java.util.Arrays.stream(Gate.values()).filter(Gate::isUnitary)
                .filter(g -> n > 1 || g.qubitCount() == 1).toArray(Gate[]::new);
        for (int layer = 0; layer < depth; layer++) {
            for (int k = 0; k < n; k++) {
                appendRandom(b, gates[random.nextInt(gates.length)], n, random);
            }
        }
        return b.build();
    }

    /** A random normalised state: random u on every qubit, a cx ladder, random u again. */
    static CircuitBuilder randomState(int n, Random random) {
        CircuitBuilder b = Circuit.builder(n);
        for (int q = 0; q < n; q++) {
            b.u(q, 3 * random.nextDouble(), 6 * random.nextDouble(), 6 * random.nextDouble());
        }
        for (int q = 0; q + 1 < n; q++) {
            b.cx(q, q + 1);
        }
        for (int q = 0; q < n; q++) {
            b.u(q, 3 * random.nextDouble(), 6 * random.nextDouble(), 6 * random.nextDouble());
        }
        return b;
    }

    static void appendRandom(CircuitBuilder b, Gate g, int n, Random random) {
        int a = random.nextInt(n);
        int[] qubits = {a};
        if (g.qubitCount() == 2) {
            int c = random.nextInt(n - 1);
            qubits = new int[] {a, c >= a ? c + 1 : c};
        }
        io.qhybrid.circuit.Angle[] angles = new io.qhybrid.circuit.Angle[g.angleCount()];
        for (int k = 0; k < angles.length; k++) {
            angles[k] = io.qhybrid.circuit.Angle.of(4 * Math.PI * random.nextDouble() - 2 * Math.PI);
        }
        b.gate(g, qubits, angles);
    }
}
