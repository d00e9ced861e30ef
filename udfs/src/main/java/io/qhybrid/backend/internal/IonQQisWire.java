package io.qhybrid.backend.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.qhybrid.circuit.Angle;
import io.qhybrid.circuit.Circuit;
import io.qhybrid.circuit.CircuitBuilder;
import io.qhybrid.circuit.Gate;
import io.qhybrid.circuit.Operation;
import io.qhybrid.error.QHybridErrors;
import java.util.List;
import java.util.Map;

/**
 * The IonQ {@code qis} gate list the IonQ client sends and the emulator reads:
 * {@code {"gate":"h","target":0}}, {@code {"gate":"cnot","control":0,"target":1}},
 * {@code {"gate":"rx","target":0,"rotation":1.57}} (radians), {@code {"gate":"swap","targets":[0,1]}},
 * controlled Y/Z as {@code {"gate":"y"|"z","control":c,"target":t}}, {@code rzz} as
 * {@code {"gate":"zz","targets":[a,b],"rotation":t}}; {@code s}/{@code sdg}/{@code t}/{@code tdg}/
 * {@code sx} as {@code s}/{@code si}/{@code t}/{@code ti}/{@code v}; {@code p} as {@code rz} (equal up
 * to a global phase). {@code u} has no qis form and is refused. Measurement is implicit; barriers
 * are dropped. The shared qis converter of the encoders module supersedes this.
 */
public final class IonQQisWire {
    private static final Map<Gate, String> NAMES = Map.ofEntries(Map.entry(Gate.X, "x"), Map.entry(Gate.Y, "y"),
            Map.entry(Gate.Z, "z"), Map.entry(Gate.H, "h"), Map.entry(Gate.S, "s"), Map.entry(Gate.SDG, "si"),
            Map.entry(Gate.T, "t"), Map.entry(Gate.TDG, "ti"), Map.entry(Gate.SX, "v"), Map.entry(Gate.RX, "rx"),
            Map.entry(Gate.RY, "ry"), Map.entry(Gate.RZ, "rz"), Map.entry(Gate.P, "rz"), Map.entry(Gate.CX, "cnot"),
            Map.entry(Gate.CY, "y"), Map.entry(Gate.CZ, "z"), Map.entry(Gate.SWAP, "swap"), Map.entry(Gate.RZZ, "zz"));

    private IonQQisWire() {}

    public static ArrayNode write(Circuit circuit) {
        ArrayNode out = JsonCodec.MAPPER.createArrayNode();
        for (Operation op : circuit.gates()) {
            String name = NAMES.get(op.gate());
            if (name == null) {
                throw QHybridErrors.invalidArgument("gate for IonQ", op.gate().qasmName(),
                        "Decompose it into rx/ry/rz before submitting to IonQ.");
            }
            ObjectNode g = out.addObject().put("gate", name);
            switch (op.gate()) {
                case CX, CY, CZ -> g.put("control", op.qubit(0)).put("target", op.qubit(1));
                case SWAP, RZZ -> g.putArray("targets").add(op.qubit(0)).add(op.qubit(1));
                default -> g.put("target", op.qubit(0));
            }
            if (!op.angles().isEmpty()) {
                g.put("rotation", op.angle(0));
            }
        }
        return out;
    }

    /** The circuit of a qis gate list on {@code qubits} qubits, with a terminal measurement. */
    public static Circuit read(int qubits, JsonNode circuit) {
        CircuitBuilder b = Circuit.builder(qubits);
        for (JsonNode g : circuit) {
            String name = g.path("gate").asText();
            boolean controlled = g.has("control");
            Gate gate = switch (name) {
                case "cnot" -> Gate.CX;
                case "y" -> controlled ? Gate.CY : Gate.Y;
                case "z" -> controlled ? Gate.CZ : Gate.Z;
                case "zz" -> Gate.RZZ;
                case "si" -> Gate.SDG;
                case "ti" -> Gate.TDG;
                case "v" -> Gate.SX;
                default -> Gate.fromQasmName(name);
            };
            if (gate == null || !gate.isUnitary() || (controlled && gate.qubitCount() != 2)) {
                throw QHybridErrors.invalidArgument("qis gate", g, "Use a gate of the qis gateset.");
            }
            int[] q = controlled ? new int[] {g.path("control").asInt(), g.path("target").asInt()}
                    : g.has("targets") ? new int[] {g.path("targets").path(0).asInt(), g.path("targets").path(1).asInt()}
                    : new int[] {g.path("target").asInt()};
            List<Angle> angles = gate.angleCount() == 1 ? List.of(Angle.of(g.path("rotation").asDouble())) : List.of();
            b.append(new Operation(gate, q, angles));
        }
        return b.measureAll().build();
    }
}
