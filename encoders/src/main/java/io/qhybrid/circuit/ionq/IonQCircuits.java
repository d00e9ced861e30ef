package io.qhybrid.circuit.ionq;

import static java.util.Objects.requireNonNull;

import io.qhybrid.circuit.Circuit;
import io.qhybrid.circuit.Operation;
import io.qhybrid.error.QHybridErrors;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts a bound circuit to IonQ's {@code qis} gate list. Gates IonQ lacks are decomposed into
 * qis gates equal up to a global phase, which no measurement can see:
 * {@code p(l) = rz(l)}, {@code u(t,f,l) = rz(f) ry(t) rz(l)}, {@code cy = s_t cnot si_t},
 * {@code cz = h_t cnot h_t}, {@code rzz(t) = cnot rz_b(t) cnot}. Barriers are dropped and the
 * terminal measurement is implicit (IonQ measures every qubit).
 */
public final class IonQCircuits {
    private IonQCircuits() {}

    public static List<QisGate> toQis(Circuit circuit) {
        requireNonNull(circuit, "circuit is null");
        if (!circuit.isBound()) {
            throw QHybridErrors.invalidArgument("circuit", "parameters " + circuit.parameters(),
                    "Bind every parameter before converting to IonQ gates.");
        }
        List<QisGate> out = new ArrayList<>();
        for (Operation op : circuit.gates()) {
            convert(op, out);
        }
        return List.copyOf(out);
    }

    private static void convert(Operation op, List<QisGate> out) {
        int a = op.qubit(0);
        switch (op.gate()) {
            case X: case Y: case Z: case H: case S: case T:
                out.add(QisGate.single(op.gate().qasmName(), a));
                break;
            case SDG: out.add(QisGate.single("si", a)); break;
            case TDG: out.add(QisGate.single("ti", a)); break;
            case SX: out.add(QisGate.single("v", a)); break;
            case RX: case RY: case RZ:
                out.add(QisGate.rotation(op.gate().qasmName(), a, op.angle(0)));
                break;
            case P: out.add(QisGate.rotation("rz", a, op.angle(0))); break;
            case U:
                // applied right to left: rz(lambda) first, then ry(theta), then rz(phi)
                out.add(QisGate.rotation("rz", a, op.angle(2)));
                out.add(QisGate.rotation("ry", a, op.angle(0)));
                out.add(QisGate.rotation("rz", a, op.angle(1)));
                break;
            case CX: out.add(QisGate.cnot(a, op.qubit(1))); break;
            case CY: {
                int t = op.qubit(1);
                // S X S^dagger = Y on the target
                out.add(QisGate.single("si", t));
                out.add(QisGate.cnot(a, t));
                out.add(QisGate.single("s", t));
                break;
            }
            case CZ: {
                int t = op.qubit(1);
                out.add(QisGate.single("h", t));
                out.add(QisGate.cnot(a, t));
                out.add(QisGate.single("h", t));
                break;
            }
            case SWAP: out.add(QisGate.swap(a, op.qubit(1))); break;
            case RZZ: {
                int b = op.qubit(1);
                out.add(QisGate.cnot(a, b));
                out.add(QisGate.rotation("rz", b, op.angle(0)));
                out.add(QisGate.cnot(a, b));
                break;
            }
            default:
                throw new IllegalArgumentException("no qis form for " + op);
        }
    }
}
