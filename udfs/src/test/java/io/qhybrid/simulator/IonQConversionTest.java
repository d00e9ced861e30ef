package io.qhybrid.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.qhybrid.circuit.Circuit;
import io.qhybrid.circuit.CircuitBuilder;
import io.qhybrid.circuit.Gate;
import io.qhybrid.circuit.ionq.IonQCircuits;
import io.qhybrid.circuit.ionq.QisGate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IonQConversionTest {

    @ParameterizedTest
    @EnumSource(value = Gate.class, names = {"BARRIER", "MEASURE"}, mode = EnumSource.Mode.EXCLUDE)
    void everyGateKeepsItsUnitaryUpToGlobalPhase(Gate gate) {
        Random random = new Random(gate.ordinal() + 17);
        for (int trial = 0; trial < 3; trial++) {
            CircuitBuilder b = Circuit.builder(3);
            RandomCircuits.appendRandom(b, gate, 3, random);
            assertSameUnitaryUpToPhase(b.build());
        }
    }

    @Test
    void randomCircuitsKeepTheirUnitary() {
        for (long seed = 0; seed < 5; seed++) {
            assertSameUnitaryUpToPhase(RandomCircuits.circuit(3, 8, seed));
        }
    }

    @Test
    void gateListLooksLikeIonQsJson() {
        List<QisGate> gates = IonQCircuits.toQis(Circuit.builder(2).h(0).cx(0, 1).rz(1, 0.5).barrier().measureAll().build());
        assertThat(gates).extracting(QisGate::toString).containsExactly(
                "{\"gate\":\"h\",\"target\":0}", "{\"gate\":\"cnot\",\"control\":0,\"target\":1}",
                "{\"gate\":\"rz\",\"target\":1,\"rotation\":0.5}");
    }

    /** Columns of both unitaries, each from a basis state, compared after removing one global phase. */
    private static void assertSameUnitaryUpToPhase(Circuit circuit) {
        int n = circuit.numQubits();
        List<QisGate> qis = IonQCircuits.toQis(circuit);
        double phaseRe = Double.NaN, phaseIm = Double.NaN;
        for (int column = 0; column < 1 << n; column++) {
            QuantumState expected = new StateVectorSimulator().run(prepend(column, circuit.toBuilder(), n, circuit));
            QuantumState actual = new StateVectorSimulator().run(prepend(column, qisCircuit(qis, n), n, null));
            for (int row = 0; row < 1 << n; row++) {
                double er = expected.real(row), ei = expected.imaginary(row);
                double ar = actual.real(row), ai = actual.imaginary(row);
                if (Double.isNaN(phaseRe) && er * er + ei * ei > 0.01) {
                    // phase = actual / expected
                    double norm = er * er + ei * ei;
                    phaseRe = (ar * er + ai * ei) / norm;
                    phaseIm = (ai * er - ar * ei) / norm;
                }
                if (!Double.isNaN(phaseRe)) {
                    assertThat(ar).as("%s row %d col %d", qis, row, column).isCloseTo(phaseRe * er - phaseIm * ei, within(1e-10));
                    assertThat(ai).as("%s row %d col %d", qis, row, column).isCloseTo(phaseRe * ei + phaseIm * er, within(1e-10));
                }
            }
        }
        assertThat(phaseRe * phaseRe + phaseIm * phaseIm).isCloseTo(1.0, within(1e-10));
    }

    private static Circuit prepend(int basis, CircuitBuilder body, int n, Circuit original) {
        CircuitBuilder b = Circuit.builder(n);
        for (int q = 0; q < n; q++) {
            if ((basis >> q & 1) != 0) {
                b.x(q);
            }
        }
        body.build().operations().forEach(b::append);
        return b.build();
    }

    /** The qis gates as circuit gates, written from IonQ's definitions (v = sqrt(X), up to phase for vi). */
    private static CircuitBuilder qisCircuit(List<QisGate> gates, int n) {
        CircuitBuilder b = Circuit.builder(n);
        for (QisGate g : gates) {
            int t = g.target();
            switch (g.gate()) {
                case "x": b.x(t); break;
                case "y": b.y(t); break;
                case "z": b.z(t); break;
                case "h": b.h(t); break;
                case "s": b.s(t); break;
                case "si": b.sdg(t); break;
                case "t": b.t(t); break;
                case "ti": b.tdg(t); break;
                case "v": b.sx(t); break;
                case "vi": b.rx(t, -Math.PI / 2); break;
                case "rx": b.rx(t, g.rotation()); break;
                case "ry": b.ry(t, g.rotation()); break;
                case "rz": b.rz(t, g.rotation()); break;
                case "cnot": b.cx(g.control(), t); break;
                case "swap": b.swap(t, g.secondTarget()); break;
                default: throw new AssertionError(g);
            }
        }
        return b;
    }
}
