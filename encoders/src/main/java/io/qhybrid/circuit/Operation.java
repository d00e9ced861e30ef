package io.qhybrid.circuit;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One gate application: the gate, its qubits (in gate order) and its angles. Immutable. */
public final class Operation implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Gate gate;
    private final int[] qubits;
    private final List<Angle> angles;

    public Operation(Gate gate, int[] qubits, List<Angle> angles) {
        this.gate = Objects.requireNonNull(gate, "gate is null");
        this.qubits = Objects.requireNonNull(qubits, "qubits is null").clone();
        this.angles = List.copyOf(Objects.requireNonNull(angles, "angles is null"));
        if (gate.qubitCount() > 0 && this.qubits.length != gate.qubitCount()) {
            throw new IllegalArgumentException(gate.qasmName() + " acts on " + gate.qubitCount()
                    + " qubit(s), got " + this.qubits.length);
        }
        if (this.angles.size() != gate.angleCount()) {
            throw new IllegalArgumentException(gate.qasmName() + " takes " + gate.angleCount()
                    + " angle(s), got " + this.angles.size());
        }
        for (int i = 0; i < this.qubits.length; i++) {
            if (this.qubits[i] < 0) {
                throw new IllegalArgumentException("negative qubit index " + this.qubits[i]);
            }
            for (int j = 0; j < i; j++) {
                if (this.qubits[i] == this.qubits[j]) {
                    throw new IllegalArgumentException(gate.qasmName() + " uses qubit " + this.qubits[i] + " twice");
                }
            }
        }
    }

    public Gate gate() {
        return gate;
    }

    /** A copy of the qubit indices. */
    public int[] qubits() {
        return qubits.clone();
    }

    public int qubit(int i) {
        return qubits[i];
    }

    public int qubitCount() {
        return qubits.length;
    }

    public List<Angle> angles() {
        return angles;
    }

    /** The value of angle {@code i}; the operation must be bound. */
    public double angle(int i) {
        return angles.get(i).value();
    }

    public boolean isBound() {
        return angles.stream().allMatch(Angle::isBound);
    }

    Operation bind(Map<String, Double> values) {
        if (isBound()) {
            return this;
        }
        return new Operation(gate, qubits, angles.stream().map(a -> a.bind(values)).toList());
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Operation)) {
            return false;
        }
        Operation other = (Operation) o;
        return gate == other.gate && Arrays.equals(qubits, other.qubits) && angles.equals(other.angles);
    }

    @Override
    public int hashCode() {
        return Objects.hash(gate, Arrays.hashCode(qubits), angles);
    }

    @Override
    public String toString() {
        return gate.qasmName() + (angles.isEmpty() ? "" : angles.toString()) + Arrays.toString(qubits);
    }
}
