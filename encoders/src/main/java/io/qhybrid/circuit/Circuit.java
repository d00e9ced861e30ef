package io.qhybrid.circuit;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * An immutable quantum circuit over {@code numQubits} qubits: an ordered list of
 * {@link Operation}s, possibly with symbolic angles. Measurement, where present, is the
 * terminal {@code c = measure q;} of OpenQASM 3 (classical bit k holds qubit k).
 *
 * <p>Bit order everywhere in QHybrid: a bitstring is written with the highest-index qubit first,
 * qubit 0 being the rightmost character; an integer basis-state index has qubit k as bit k.
 */
public final class Circuit implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int numQubits;
    private final List<Operation> operations;

    Circuit(int numQubits, List<Operation> operations) {
        if (numQubits < 1) {
            throw new IllegalArgumentException("a circuit needs at least one qubit, got " + numQubits);
        }
        this.numQubits = numQubits;
        this.operations = List.copyOf(operations);
        for (Operation op : this.operations) {
            for (int q : op.qubits()) {
                if (q >= numQubits) {
                    throw new IllegalArgumentException("qubit " + q + " out of range for a "
                            + numQubits + "-qubit circuit in " + op);
                }
            }
        }
    }

    public static CircuitBuilder builder(int numQubits) {
        return new CircuitBuilder(numQubits);
    }

    public int numQubits() {
        return numQubits;
    }

    public List<Operation> operations() {
        return operations;
    }

    /** The unitary operations only: no barriers, no measurements. */
    public List<Operation> gates() {
        return operations.stream().filter(op -> op.gate().isUnitary()).toList();
    }

    public boolean hasMeasurement() {
        return operations.stream().anyMatch(op -> op.gate() == Gate.MEASURE);
    }

    /** Names of the unbound parameters, sorted. */
    public Set<String> parameters() {
        Set<String> names = new TreeSet<>();
        for (Operation op : operations) {
            for (Angle angle : op.angles()) {
                if (!angle.isBound()) {
                    names.add(angle.parameterName());
                }
            }
        }
        return names;
    }

    public boolean isBound() {
        return operations.stream().allMatch(Operation::isBound);
    }

    /** A copy with the given parameters bound; parameters not in {@code values} stay symbolic. */
    public Circuit bind(Map<String, Double> values) {
        Objects.requireNonNull(values, "values is null");
        List<Operation> bound = new ArrayList<>(operations.size());
        for (Operation op : operations) {
            bound.add(op.bind(values));
        }
        return new Circuit(numQubits, bound);
    }

    /** A copy with a terminal measurement of every qubit, unless one is there already. */
    public Circuit withMeasurement() {
        return hasMeasurement() ? this : toBuilder().measureAll().build();
    }

    /** A builder holding this circuit's operations, to append to. */
    public CircuitBuilder toBuilder() {
        CircuitBuilder builder = new CircuitBuilder(numQubits);
        operations.forEach(builder::append);
        return builder;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Circuit other && numQubits == other.numQubits && operations.equals(other.operations);
    }

    @Override
    public int hashCode() {
        return 31 * numQubits + operations.hashCode();
    }

    @Override
    public String toString() {
        return "Circuit[" + numQubits + " qubits, " + operations.size() + " operations]";
    }
}
