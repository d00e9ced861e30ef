package io.qhybrid.solve;

import static java.util.Objects.requireNonNull;

/**
 * The lowest eigenvalue of a Hamiltonian and how it was found: the method name and the number of
 * matrix-vector products (Lanczos) or 0 (dense).
 */
public record GroundState(double energy, String method, int iterations) {
    public GroundState {
        requireNonNull(method, "method is null");
    }
}
