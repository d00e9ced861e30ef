package io.qhybrid.pipelines;

import static java.util.Objects.requireNonNull;

import io.qhybrid.encode.Encoding;
import io.qhybrid.model.PauliSum;
import java.util.Map;

/** A subproblem whose answer is the ground-state energy of a qubit Hamiltonian (VQE). */
public final class HamiltonianSubproblem implements EncodedSubproblem {
    private final PauliSum hamiltonian;
    private final String modelText;
    private final Encoding encoding;
    private final Map<String, Object> attributes;

    /**
     * @param attributes job facts carried into {@code detail_json} (e.g. the bond length)
     */
    public HamiltonianSubproblem(PauliSum hamiltonian, String modelText, Encoding encoding,
            Map<String, Object> attributes) {
        this.hamiltonian = requireNonNull(hamiltonian, "hamiltonian is null");
        this.modelText = requireNonNull(modelText, "modelText is null");
        this.encoding = requireNonNull(encoding, "encoding is null");
        // in the caller's order: Map.copyOf iterates in an order that changes from JVM to JVM, and
        // detail_json, written from this map, must be the same text on every run of a date
        this.attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
    }

    public PauliSum hamiltonian() {
        return hamiltonian;
    }

    public Map<String, Object> attributes() {
        return attributes;
    }

    @Override
    public String modelText() {
        return modelText;
    }

    @Override
    public Encoding encoding() {
        return encoding;
    }

    @Override
    public int size() {
        return Math.max(1, hamiltonian.numQubits());
    }
}
