package io.qhybrid.vqe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.qhybrid.circuit.Circuit;
import io.qhybrid.circuit.Gate;
import io.qhybrid.circuit.Operation;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnsatzTest {
    @Test
    void hardwareEfficientLayout() {
        Circuit circuit = HardwareEfficientAnsatz.build(4, 2);
        assertThat(circuit.parameters()).hasSize(HardwareEfficientAnsatz.parameterCount(4, 2)).hasSize(24);
        assertThat(circuit.operations().stream().filter(op -> op.gate() == Gate.CX).count()).isEqualTo(6);
        assertThat(circuit.operations().stream().filter(op -> op.gate() == Gate.RY).count()).isEqualTo(12);
        assertThat(circuit.operations().get(0).angles().get(0).parameterName()).isEqualTo("theta0");
    }

    /**
     * Applies the ansatz with hand-written real 2-qubit gate rules (x, ry, cx are real), then
     * minimises the H2 energy over theta on a fine grid: the minimum must be the exact ground
     * energy, so the ansatz reaches the ground state.
     */
    @Test
    void h2AnsatzReachesTheGroundEnergy() {
        double c0 = -1.052373245772859;
        double c1 = 0.39793742484318045; // Z0, and -c1 on Z1
        double c2 = -0.01128010425623538; // Z0 Z1
        double c3 = 0.18093119978423156; // X0 X1
        double best = Double.POSITIVE_INFINITY;
        for (int step = 0; step <= 20000; step++) {
            double theta = 2 * Math.PI * step / 20000;
            double[] psi = run(H2ParityAnsatz.build().bind(Map.of(H2ParityAnsatz.PARAMETER, theta)));
            double energy = 0;
            for (int b = 0; b < 4; b++) {
                double z0 = (b & 1) == 0 ? 1 : -1;
                double z1 = (b & 2) == 0 ? 1 : -1;
                energy += psi[b] * psi[b] * (c0 + c1 * z0 - c1 * z1 + c2 * z0 * z1);
                energy += c3 * psi[b] * psi[b ^ 3];
            }
            best = Math.min(best, energy);
        }
        assertThat(best).isCloseTo(-1.857275, within(1e-6));
    }

    private static double[] run(Circuit circuit) {
        double[] psi = {1, 0, 0, 0};
        for (Operation op : circuit.operations()) {
            double[] next = new double[4];
            int q = op.qubits()[0];
            for (int b = 0; b < 4; b++) {
                switch (op.gate()) {
                    case X -> next[b ^ (1 << q)] += psi[b];
                    case CX -> next[(b >> q & 1) == 1 ? b ^ (1 << op.qubits()[1]) : b] += psi[b];
                    case RY -> {
                        double t = op.angles().get(0).value() / 2;
                        int bit = b >> q & 1;
                        // ry(t)|0> = cos|0> + sin|1>, ry(t)|1> = -sin|0> + cos|1>
                        next[b] += Math.cos(t) * psi[b];
                        next[b ^ (1 << q)] += (bit == 0 ? Math.sin(t) : -Math.sin(t)) * psi[b];
                    }
                    default -> throw new AssertionError("unexpected gate " + op.gate());
                }
            }
            psi = next;
        }
        return psi;
    }
}
