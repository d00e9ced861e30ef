package io.qhybrid.solve;

import io.qhybrid.model.PauliSum;

/** Finds the ground energy (lowest eigenvalue) of a Pauli-sum Hamiltonian exactly. */
public interface GroundStateSolver {
    /** The method name recorded with results. */
    String method();

    GroundState solve(PauliSum hamiltonian);
}
