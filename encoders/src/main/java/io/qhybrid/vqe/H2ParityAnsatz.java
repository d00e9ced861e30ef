package io.qhybrid.vqe;

import io.qhybrid.circuit.Angle;
import io.qhybrid.circuit.Circuit;

/**
 * A one-parameter UCC-style ansatz for H2 in the two-qubit parity-mapped form
 * {@code H = c0 II + c1 (Z0 - Z1) + c2 Z0 Z1 + c3 X0 X1}.
 *
 * <p>Why it spans the ground state: X0X1 only couples {@code |00> <-> |11>} and
 * {@code |01> <-> |10>}, so H is block diagonal on those two pairs. On {@code {|00>, |11>}} it is
 * {@code c0 + c2 ± c3}; on {@code {|01>, |10>}} the Z terms give diagonal {@code c0 - c2 ∓ 2 c1}
 * coupled by {@code c3}, with lowest eigenvalue {@code c0 - c2 - sqrt(4 c1^2 + c3^2)}, which for
 * the H2 coefficients (c1 ≈ 0.398, |c2|, |c3| small) lies below the other block. Its
 * eigenvector is real, {@code cos(t/2)|10> + sin(t/2)|01>} for some t (bitstrings written qubit 1
 * first). The circuit {@code x(1); ry(theta) q0; cx(0,1)} maps {@code |00>} to
 * {@code |10>} then {@code cos(theta/2)|10> + sin(theta/2)|11>} then
 * {@code cos(theta/2)|10> + sin(theta/2)|01>}: every real vector of that block, so some theta
 * reaches the ground state exactly (the single-excitation UCC ansatz in this encoding).
 */
public final class H2ParityAnsatz {
    public static final String PARAMETER = "theta";

    private H2ParityAnsatz() {}

    public static Circuit build() {
        return Circuit.builder(2)
                .x(1)
                .ry(0, Angle.parameter(PARAMETER))
                .cx(0, 1)
                .build();
    }
}
