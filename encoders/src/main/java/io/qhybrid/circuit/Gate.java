package io.qhybrid.circuit;

import java.util.Locale;

/**
 * The gate set of the circuit IR, named as in OpenQASM 3's {@code stdgates.inc}.
 *
 * <p>Conventions (Qiskit's): {@code rx(t) = exp(-i t X / 2)}, likewise {@code ry}, {@code rz};
 * {@code p(l) = diag(1, e^{il})}; {@code u(t, f, l) = [[cos(t/2), -e^{il} sin(t/2)],
 * [e^{if} sin(t/2), e^{i(f+l)} cos(t/2)]]}; {@code rzz(t) = exp(-i t Z⊗Z / 2)};
 * for {@code cx}, {@code cy}, {@code cz} the first qubit is the control.
 * {@link #BARRIER} and {@link #MEASURE} act on any number of qubits.
 */
public enum Gate {
    X(1, 0), Y(1, 0), Z(1, 0), H(1, 0), S(1, 0), SDG(1, 0), T(1, 0), TDG(1, 0), SX(1, 0),
    RX(1, 1), RY(1, 1), RZ(1, 1), P(1, 1), U(1, 3),
    CX(2, 0), CY(2, 0), CZ(2, 0), SWAP(2, 0), RZZ(2, 1),
    BARRIER(-1, 0), MEASURE(-1, 0);

    private final int qubitCount;
    private final int angleCount;

    Gate(int qubitCount, int angleCount) {
        this.qubitCount = qubitCount;
        this.angleCount = angleCount;
    }

    /** Number of qubits the gate acts on, or -1 for {@link #BARRIER} and {@link #MEASURE}. */
    public int qubitCount() {
        return qubitCount;
    }

    /** Number of angle parameters. */
    public int angleCount() {
        return angleCount;
    }

    /** True for unitary gates (everything but barrier and measure). */
    public boolean isUnitary() {
        return qubitCount > 0;
    }

    /** The OpenQASM 3 name, e.g. {@code "sdg"}. */
    public String qasmName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The gate named {@code name} in OpenQASM 3, or null when there is none. */
    public static Gate fromQasmName(String name) {
        for (Gate gate : values()) {
            if (gate.qasmName().equals(name)) {
                return gate;
            }
        }
        return null;
    }
}
