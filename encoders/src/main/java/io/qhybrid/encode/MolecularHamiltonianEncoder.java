package io.qhybrid.encode;

import static java.util.Objects.requireNonNull;

import io.qhybrid.model.PauliSum;

/**
 * A molecular Hamiltonian already mapped to qubits (e.g. by a Jordan-Wigner or parity mapping
 * done upstream), given as Pauli-sum text; see {@link PauliSumReader} for the format. The
 * encoding is the identity on the parsed sum: its name and version record the text format.
 */
public final class MolecularHamiltonianEncoder implements ProblemEncoder<PauliSum, PauliSum> {
    public static final String NAME = "pauli-sum-text";
    public static final String VERSION = "1";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public PauliSum encode(PauliSum hamiltonian) {
        return requireNonNull(hamiltonian, "hamiltonian is null");
    }
}
