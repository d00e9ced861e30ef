package io.qhybrid.vqe;

import io.qhybrid.circuit.Angle;
import io.qhybrid.circuit.Circuit;
import io.qhybrid.circuit.CircuitBuilder;

/**
 * A hardware-efficient VQE ansatz: {@code depth} blocks of single-qubit {@code ry} and {@code rz}
 * rotations on every qubit followed by a CX ladder {@code cx(0,1), cx(1,2), ..., cx(n-2,n-1)},
 * then a final rotation layer so the last entangling block is not wasted. Parameters are named
 * {@code theta0, theta1, ...} in gate order: {@code 2 n (depth + 1)} of them.
 */
public final class HardwareEfficientAnsatz {
    private HardwareEfficientAnsatz() {}

    public static Circuit build(int numQubits, int depth) {
        if (numQubits < 1) {
            throw new IllegalArgumentException("need at least one qubit, got " + numQubits);
        }
        if (depth < 0) {
            throw new IllegalArgumentException("depth must be non-negative, got " + depth);
        }
        CircuitBuilder circuit = Circuit.builder(numQubits);
        int next = 0;
        for (int block = 0; block <= depth; block++) {
            for (int q = 0; q < numQubits; q++) {
                circuit.ry(q, Angle.parameter(parameterName(next++)));
                circuit.rz(q, Angle.parameter(parameterName(next++)));
            }
            if (block < depth) {
                for (int q = 0; q + 1 < numQubits; q++) {
                    circuit.cx(q, q + 1);
                }
            }
        }
        return circuit.build();
    }

    public static int parameterCount(int numQubits, int depth) {
        return 2 * numQubits * (depth + 1);
    }

    public static String parameterName(int index) {
        return "theta" + index;
    }
}
