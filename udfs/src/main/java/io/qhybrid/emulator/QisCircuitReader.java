package io.qhybrid.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.qhybrid.circuit.Angle;
import io.qhybrid.circuit.Circuit;
import io.qhybrid.circuit.CircuitBuilder;
import io.qhybrid.circuit.Gate;
import io.qhybrid.circuit.Operation;
import io.qhybrid.error.QHybridErrors;
import java.util.List;

/**
 * Reads an IonQ v0.4 {@code qis} gate list into a circuit with a terminal measurement of every
 * qubit (IonQ measures all qubits). Gates: {@code x y z h s si t ti v vi rx ry rz} with
 * {@code "target"} (rotations with {@code "rotation"} in radians), {@code cnot} and controlled
 * {@code x y z} with {@code "control"} and {@code "target"}, {@code swap} with
 * {@code "targets":[a,b]}. {@code vi} becomes {@code rx(-pi/2)}, equal to the inverse of
 * {@code v} up to a global phase. Anything else is a USER_ERROR naming the gate.
 */
final class QisCircuitReader {
    private QisCircuitReader() {}

    static Circuit read(int qubits, JsonNode gates) {
        CircuitBuilder b = Circuit.builder(qubits);
        int index = 0;
        for (JsonNode g : gates) {
            b.append(operation(g, index++, qubits));
        }
        return b.measureAll().build();
    }

    private static Operation operation(JsonNode g, int index, int qubits) {
        String name = g.path("gate").asText("");
        boolean controlled = g.has("control");
        Gate gate = switch (name) {
            case "cnot" -> Gate.CX;
            case "x" -> controlled ? Gate.CX : Gate.X;
            case "y" -> controlled ? Gate.CY : Gate.Y;
            case "z" -> controlled ? Gate.CZ : Gate.Z;
            case "h" -> Gate.H;
            case "s" -> Gate.S;
            case "si" -> Gate.SDG;
            case "t" -> Gate.T;
            case "ti" -> Gate.TDG;
            case "v" -> Gate.SX;
            case "vi", "rx" -> Gate.RX;
            case "ry" -> Gate.RY;
            case "rz" -> Gate.RZ;
            case "swap" -> Gate.SWAP;
            default -> throw refuse(g, index, "unknown gate '" + name + "'");
        };
        if (controlled && gate.qubitCount() != 2) {
            throw refuse(g, index, "'" + name + "' takes no control");
        }
        int[] targets;
        if (gate == Gate.SWAP) {
            targets = new int[] {qubit(g.path("targets").path(0), g, index, qubits),
                qubit(g.path("targets").path(1), g, index, qubits)};
        } else if (gate.qubitCount() == 2) {
            targets = new int[] {qubit(g.path("control"), g, index, qubits), qubit(g.path("target"), g, index, qubits)};
        } else {
            targets = new int[] {qubit(g.path("target"), g, index, qubits)};
        }
        List<Angle> angles = List.of();
        if (name.equals("vi")) {
            angles = List.of(Angle.of(-Math.PI / 2));
        } else if (gate.angleCount() == 1) {
            if (!g.path("rotation").isNumber()) {
                throw refuse(g, index, "'" + name + "' needs a numeric \"rotation\" in radians");
            }
            angles = List.of(Angle.of(g.path("rotation").asDouble()));
        }
        try {
            return new Operation(gate, targets, angles);
        } catch (IllegalArgumentException e) {
            throw refuse(g, index, e.getMessage());
        }
    }

    private static int qubit(JsonNode node, JsonNode g, int index, int qubits) {
        if (!node.canConvertToInt() || node.asInt() < 0 || node.asInt() >= qubits) {
            throw refuse(g, index, "qubit " + node + " is outside 0.." + (qubits - 1));
        }
        return node.asInt();
    }

    private static RuntimeException refuse(JsonNode g, int index, String problem) {
        return QHybridErrors.invalidArgument("qis gate " + index, g, problem + "; use a gate of the qis gateset.");
    }
}
