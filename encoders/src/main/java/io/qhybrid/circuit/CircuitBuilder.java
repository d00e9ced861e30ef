package io.qhybrid.circuit;

import java.util.ArrayList;
import java.util.List;

/** Builds a {@link Circuit}; every method returns this builder. Not thread-safe. */
public final class CircuitBuilder {
    private final int numQubits;
    private final List<Operation> operations = new ArrayList<>();

    CircuitBuilder(int numQubits) {
        this.numQubits = numQubits;
    }

    public int numQubits() {
        return numQubits;
    }

    public CircuitBuilder append(Operation operation) {
        operations.add(operation);
        return this;
    }

    public CircuitBuilder gate(Gate gate, int[] qubits, Angle... angles) {
        return append(new Operation(gate, qubits, List.of(angles)));
    }

    private CircuitBuilder one(Gate gate, int q, Angle... angles) {
        return gate(gate, new int[] {q}, angles);
    }

    private CircuitBuilder two(Gate gate, int a, int b, Angle... angles) {
        return gate(gate, new int[] {a, b}, angles);
    }

    public CircuitBuilder x(int q) { return one(Gate.X, q); }
    public CircuitBuilder y(int q) { return one(Gate.Y, q); }
    public CircuitBuilder z(int q) { return one(Gate.Z, q); }
    public CircuitBuilder h(int q) { return one(Gate.H, q); }
    public CircuitBuilder s(int q) { return one(Gate.S, q); }
    public CircuitBuilder sdg(int q) { return one(Gate.SDG, q); }
    public CircuitBuilder t(int q) { return one(Gate.T, q); }
    public CircuitBuilder tdg(int q) { return one(Gate.TDG, q); }
    public CircuitBuilder sx(int q) { return one(Gate.SX, q); }
    public CircuitBuilder rx(int q, double theta) { return one(Gate.RX, q, Angle.of(theta)); }
    public CircuitBuilder rx(int q, Angle theta) { return one(Gate.RX, q, theta); }
    public CircuitBuilder ry(int q, double theta) { return one(Gate.RY, q, Angle.of(theta)); }
    public CircuitBuilder ry(int q, Angle theta) { return one(Gate.RY, q, theta); }
    public CircuitBuilder rz(int q, double theta) { return one(Gate.RZ, q, Angle.of(theta)); }
    public CircuitBuilder rz(int q, Angle theta) { return one(Gate.RZ, q, theta); }
    public CircuitBuilder p(int q, double lambda) { return one(Gate.P, q, Angle.of(lambda)); }
    public CircuitBuilder p(int q, Angle lambda) { return one(Gate.P, q, lambda); }

    public CircuitBuilder u(int q, double theta, double phi, double lambda) {
        return one(Gate.U, q, Angle.of(theta), Angle.of(phi), Angle.of(lambda));
    }

    public CircuitBuilder u(int q, Angle theta, Angle phi, Angle lambda) {
        return one(Gate.U, q, theta, phi, lambda);
    }

    public CircuitBuilder cx(int control, int target) { return two(Gate.CX, control, target); }
    public CircuitBuilder cy(int control, int target) { return two(Gate.CY, control, target); }
    public CircuitBuilder cz(int a, int b) { return two(Gate.CZ, a, b); }
    public CircuitBuilder swap(int a, int b) { return two(Gate.SWAP, a, b); }
    public CircuitBuilder rzz(int a, int b, double theta) { return two(Gate.RZZ, a, b, Angle.of(theta)); }
    public CircuitBuilder rzz(int a, int b, Angle theta) { return two(Gate.RZZ, a, b, theta); }

    /** A barrier across every qubit. */
    public CircuitBuilder barrier() {
        return gate(Gate.BARRIER, allQubits());
    }

    /** The terminal measurement of every qubit into the classical register. */
    public CircuitBuilder measureAll() {
        return gate(Gate.MEASURE, allQubits());
    }

    private int[] allQubits() {
        int[] all = new int[numQubits];
        for (int i = 0; i < numQubits; i++) {
            all[i] = i;
        }
        return all;
    }

    public Circuit build() {
        return new Circuit(numQubits, operations);
    }
}
