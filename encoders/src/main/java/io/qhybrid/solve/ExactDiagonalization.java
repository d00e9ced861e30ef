package io.qhybrid.solve;

import static java.util.Objects.requireNonNull;

import io.qhybrid.model.PauliSum;

/**
 * Picks the exact ground-state method by size: dense diagonalisation up to
 * {@link #DENSE_LIMIT} qubits (fast and robust for small matrices), Lanczos above.
 */
public final class ExactDiagonalization implements GroundStateSolver {
    public static final int DENSE_LIMIT = 8;

    private final DenseDiagonalizer dense = new DenseDiagonalizer();
    private final LanczosDiagonalizer lanczos = new LanczosDiagonalizer();

    @Override
    public String method() {
        return "exact-diagonalisation";
    }

    @Override
    public GroundState solve(PauliSum hamiltonian) {
        requireNonNull(hamiltonian, "hamiltonian is null");
        return hamiltonian.numQubits() <= DENSE_LIMIT ? dense.solve(hamiltonian) : lanczos.solve(hamiltonian);
    }
}
