package io.qhybrid.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.qhybrid.circuit.Circuit;
import io.qhybrid.circuit.CircuitBuilder;
import io.qhybrid.circuit.Gate;
import io.qhybrid.circuit.Operation;
import io.qhybrid.model.IsingModel;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class StateVectorSimulatorTest {
    private final StateVectorSimulator simulator = new StateVectorSimulator();

    @Test
    void bellState() {
        QuantumState state = simulator.run(Circuit.builder(2).h(0).cx(0, 1).build());
        double r = Math.sqrt(0.5);
        assertThat(state.real(0)).isCloseTo(r, within(1e-15));
        assertThat(state.real(3)).isCloseTo(r, within(1e-15));
        assertThat(state.probability(1)).isZero();
        assertThat(state.probability(2)).isZero();
        Map<String, Long> counts = state.sample(1000, 7);
        assertThat(counts.keySet()).containsExactly("00", "11");
    }

    @Test
    void ghzStateOnFiveQubits() {
        CircuitBuilder b = Circuit.builder(5).h(0);
        for (int q = 0; q < 4; q++) {
            b.cx(q, q + 1);
        }
        QuantumState state = simulator.run(b.build());
        assertThat(state.probability(0)).isCloseTo(0.5, within(1e-14));
        assertThat(state.probability(31)).isCloseTo(0.5, within(1e-14));
        assertThat(state.probabilityMap(1e-12)).containsOnlyKeys("00000", "11111");
    }

    @Test
    void bitOrderPutsQubitZeroRightmost() {
        QuantumState state = simulator.run(Circuit.builder(3).x(0).build());
        assertThat(state.probability(1)).isEqualTo(1.0);
        assertThat(state.sample(5, 1)).containsEntry("001", 5L);
    }

    @ParameterizedTest
    @EnumSource(value = Gate.class, names = {"BARRIER", "MEASURE"}, mode = EnumSource.Mode.EXCLUDE)
    void everyGateMatchesItsMatrixOnRandomStates(Gate gate) {
        Random random = new Random(gate.ordinal());
        for (int trial = 0; trial < 6; trial++) {
            int n = 2 + random.nextInt(5);
            CircuitBuilder b = RandomCircuits.randomState(n, random);
            RandomCircuits.appendRandom(b, gate, n, random);
            assertMatchesReference(b.build(), 1e-12);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 8})
    void randomDepth20CircuitsMatchDenseReference(int n) {
        for (long seed = 0; seed < 4; seed++) {
            assertMatchesReference(RandomCircuits.circuit(n, 20, 100 * n + seed), 1e-10);
        }
    }

    @Test
    void twoThreadsGiveTheSameAmplitudesAsOne() {
        Circuit circuit = RandomCircuits.circuit(17, 3, 5);
        QuantumState one = simulator.run(circuit);
        QuantumState two = new StateVectorSimulator(2).run(circuit);
        for (long i = 0; i < 1 << 17; i += 97) {
            assertThat(two.real(i)).isEqualTo(one.real(i));
            assertThat(two.imaginary(i)).isEqualTo(one.imaginary(i));
        }
        assertThat(two.sample(2000, 11)).isEqualTo(one.sample(2000, 11));
    }

    @Test
    void threeThreadsSplitBetweenVectorsAndStillMatchOne() {
        // 2^16 pairs over 3 threads: ranges start at pairs 21846 and 43692, inside a vector's pairs.
        // One-qubit gates only (none is fused into a two-qubit gate), applied to a random state so
        // that every amplitude is non-zero when the low qubits' gates meet it.
        Random random = new Random(6);
        CircuitBuilder b = Circuit.builder(17);
        for (int q = 0; q < 17; q++) {
            b.u(q, 3 * random.nextDouble(), 6 * random.nextDouble(), 6 * random.nextDouble());
        }
        var ops = io.qhybrid.simulator.internal.GateFusion.fuse(b.build());
        var layout = io.qhybrid.simulator.internal.StateLayout.of(17);
        int im = layout.imaginaryOffset();
        double[] one = layout.allocate();
        for (int i = 0; i < layout.length(); i++) {
            one[layout.index(i)] = random.nextGaussian();
            one[im + layout.index(i)] = random.nextGaussian();
        }
        double[] three = one.clone();
        simulator.apply(ops, one, layout);
        new StateVectorSimulator(3).apply(ops, three, layout);
        for (int k = 0; k < one.length; k++) {
            assertThat(three[k]).isCloseTo(one[k], within(1e-12));
        }
    }

    @Test
    void isingExpectationMatchesEnumeration() {
        Circuit circuit = RandomCircuits.circuit(6, 5, 3);
        IsingModel model = IsingModel.builder(6).addField(0, 0.3).addField(4, -1.1)
                .addCoupling(0, 1, 0.7).addCoupling(2, 5, -0.4).addCoupling(3, 4, 2.0).addOffset(1.5).build();
        DenseReference ref = DenseReference.run(circuit);
        double expected = 0;
        for (int i = 0; i < 64; i++) {
            expected += (ref.re[i] * ref.re[i] + ref.im[i] * ref.im[i]) * model.energy(i);
        }
        assertThat(simulator.run(circuit).expectation(model)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void pauliExpectationsMatchDenseReference() {
        Circuit prep = RandomCircuits.circuit(4, 6, 9);
        String[] words = {"X0", "Y1", "Z2", "X0 Y1", "Y0 Y3", "X1 Z2 Y3", "Z0 Z1 Z2 Z3", "I"};
        for (String word : words) {
            PauliObservable obs = PauliObservable.builder(4).add(0.75, word).build();
            // reference: <psi| P |psi> by applying the Pauli gates to a copy through the dense reference
            DenseReference psi = DenseReference.run(prep);
            DenseReference pPsi = DenseReference.run(prep);
            for (String factor : word.split(" ")) {
                if (factor.equals("I")) {
                    continue;
                }
                Gate g = Gate.fromQasmName(factor.substring(0, 1).toLowerCase());
                pPsi.apply(new Operation(g, new int[] {Integer.parseInt(factor.substring(1))}, java.util.List.of()));
            }
            double expected = 0;
            for (int i = 0; i < 16; i++) {
                expected += psi.re[i] * pPsi.re[i] + psi.im[i] * pPsi.im[i];
            }
            assertThat(simulator.run(prep).expectation(obs)).as(word).isCloseTo(0.75 * expected, within(1e-12));
        }
    }

    @Test
    void refusesUnboundCircuits() {
        Circuit circuit = Circuit.builder(1).rx(0, io.qhybrid.circuit.Angle.parameter("theta")).build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> simulator.run(circuit))
                .hasMessageContaining("theta");
    }

    static void assertMatchesReference(Circuit circuit, double tolerance) {
        QuantumState state = new StateVectorSimulator().run(circuit);
        DenseReference ref = DenseReference.run(circuit);
        for (int i = 0; i < ref.re.length; i++) {
            assertThat(state.real(i)).as("re[%d] of %s", i, circuit.operations()).isCloseTo(ref.re[i], within(tolerance));
            assertThat(state.imaginary(i)).as("im[%d] of %s", i, circuit.operations()).isCloseTo(ref.im[i], within(tolerance));
        }
    }
}
