package io.qhybrid.circuit.ionq;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;

/**
 * One gate of IonQ's {@code qis} gate set, as it appears in a v0.4 job's {@code input.circuit}:
 * {@code {"gate":"cnot","control":0,"target":1}}, rotations with {@code "rotation"} in radians.
 * Immutable; serialising to JSON is left to the client that owns a JSON library.
 */
public final class QisGate implements Serializable {
    private static final long serialVersionUID = 1L;
    /** IonQ's qis gate names. */
    public static final Set<String> NAMES = Set.of("x", "y", "z", "h", "s", "si", "t", "ti", "v", "vi",
            "rx", "ry", "rz", "cnot", "swap");
    private static final Set<String> ROTATIONS = Set.of("rx", "ry", "rz");

    private final String gate;
    private final int target;
    private final int control;
    private final int target2;
    private final double rotation;

    private QisGate(String gate, int target, int control, int target2, double rotation) {
        this.gate = gate;
        this.target = target;
        this.control = control;
        this.target2 = target2;
        this.rotation = rotation;
    }

    /** A fixed one-qubit gate: x y z h s si t ti v vi. */
    public static QisGate single(String gate, int target) {
        if (!NAMES.contains(gate) || ROTATIONS.contains(gate) || gate.equals("cnot") || gate.equals("swap")) {
            throw new IllegalArgumentException("not a fixed one-qubit qis gate: " + gate);
        }
        return new QisGate(gate, checkQubit(target), -1, -1, Double.NaN);
    }

    /** rx, ry or rz by {@code radians}. */
    public static QisGate rotation(String gate, int target, double radians) {
        if (!ROTATIONS.contains(gate) || !Double.isFinite(radians)) {
            throw new IllegalArgumentException("not a qis rotation: " + gate + "(" + radians + ")");
        }
        return new QisGate(gate, checkQubit(target), -1, -1, radians);
    }

    public static QisGate cnot(int control, int target) {
        if (control == target) {
            throw new IllegalArgumentException("cnot control and target must differ, both are " + target);
        }
        return new QisGate("cnot", checkQubit(target), checkQubit(control), -1, Double.NaN);
    }

    /** swap of two qubits; IonQ writes it with {@code "targets":[a,b]}. */
    public static QisGate swap(int a, int b) {
        if (a == b) {
            throw new IllegalArgumentException("swap needs two different qubits, got " + a + " twice");
        }
        return new QisGate("swap", checkQubit(a), -1, checkQubit(b), Double.NaN);
    }

    private static int checkQubit(int q) {
        if (q < 0) {
            throw new IllegalArgumentException("negative qubit " + q);
        }
        return q;
    }

    public String gate() {
        return gate;
    }

    /** The target (the first of the two for swap). */
    public int target() {
        return target;
    }

    /** The second target of a swap, or -1. */
    public int secondTarget() {
        return target2;
    }

    /** The control of a cnot, or -1. */
    public int control() {
        return control;
    }

    public boolean hasRotation() {
        return !Double.isNaN(rotation);
    }

    /** Radians; only for rx, ry, rz. */
    public double rotation() {
        if (!hasRotation()) {
            throw new IllegalStateException(gate + " has no rotation");
        }
        return rotation;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QisGate other && gate.equals(other.gate) && target == other.target
                && control == other.control && target2 == other.target2
                && Double.compare(rotation, other.rotation) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(gate, target, control, target2, rotation);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("{\"gate\":\"").append(gate).append('"');
        if (gate.equals("swap")) {
            s.append(",\"targets\":[").append(target).append(',').append(target2).append(']');
        } else {
            if (control >= 0) {
                s.append(",\"control\":").append(control);
            }
            s.append(",\"target\":").append(target);
        }
        if (hasRotation()) {
            s.append(",\"rotation\":").append(rotation);
        }
        return s.append('}').toString();
    }
}
