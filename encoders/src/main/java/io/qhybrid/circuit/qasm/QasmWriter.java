package io.qhybrid.circuit.qasm;

import static java.util.Objects.requireNonNull;

import io.qhybrid.circuit.Angle;
import io.qhybrid.circuit.Circuit;
import io.qhybrid.circuit.Gate;
import io.qhybrid.circuit.Operation;
import java.util.List;

/**
 * Writes a circuit as OpenQASM 3 that {@link QasmReader} and Qiskit read back: registers
 * {@code q} and {@code c}, one {@code input float[64]} per symbolic parameter, angles as exact
 * decimal doubles (so a round trip is lossless).
 */
public final class QasmWriter {
    private QasmWriter() {}

    public static String write(Circuit circuit) {
        requireNonNull(circuit, "circuit is null");
        int n = circuit.numQubits();
        StringBuilder out = new StringBuilder("OPENQASM 3.0;\ninclude \"stdgates.inc\";\n");
        for (String parameter : circuit.parameters()) {
            out.append("input float[64] ").append(parameter).append(";\n");
        }
        out.append("qubit[").append(n).append("] q;\n");
        if (circuit.hasMeasurement()) {
            out.append("bit[").append(n).append("] c;\n");
        }
        for (Operation op : circuit.operations()) {
            if (op.gate() == Gate.MEASURE) {
                if (op.qubitCount() == n) {
                    out.append("c = measure q;\n");
                } else {
                    for (int q : op.qubits()) {
                        out.append("c[").append(q).append("] = measure q[").append(q).append("];\n");
                    }
                }
            } else if (op.gate() == Gate.BARRIER && op.qubitCount() == n) {
                out.append("barrier q;\n");
            } else {
                out.append(op.gate().qasmName());
                List<Angle> angles = op.angles();
                if (!angles.isEmpty()) {
                    out.append('(');
                    for (int i = 0; i < angles.size(); i++) {
                        out.append(i == 0 ? "" : ", ").append(angle(angles.get(i)));
                    }
                    out.append(')');
                }
                int[] qubits = op.qubits();
                for (int i = 0; i < qubits.length; i++) {
                    out.append(i == 0 ? " " : ", ").append("q[").append(qubits[i]).append(']');
                }
                out.append(";\n");
            }
        }
        return out.toString();
    }

    static String angle(Angle angle) {
        if (angle.isBound()) {
            return Double.toString(angle.value());
        }
        String term = angle.scale() == 1.0 ? angle.parameterName() : Double.toString(angle.scale()) + "*" + angle.parameterName();
        if (angle.constant() == 0) {
            return term;
        }
        return term + (angle.constant() < 0 ? " - " + Double.toString(-angle.constant()) : " + " + Double.toString(angle.constant()));
    }
}
