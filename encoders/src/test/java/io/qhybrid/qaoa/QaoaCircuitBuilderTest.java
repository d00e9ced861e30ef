package io.qhybrid.qaoa;

import static org.assertj.core.api.Assertions.assertThat;

import io.qhybrid.circuit.Circuit;
import io.qhybrid.circuit.Gate;
import io.qhybrid.circuit.Operation;
import io.qhybrid.encode.MaxCutEncoder;
import io.qhybrid.model.IsingModel;
import io.qhybrid.model.WeightedGraph;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class QaoaCircuitBuilderTest {
    private static Map<Gate, Long> gateCounts(Circuit circuit) {
        return circuit.operations().stream().collect(Collectors.groupingBy(Operation::gate, Collectors.counting()));
    }

    @Test
    void oneLayerOnTwoNodeGraph() {
        WeightedGraph edge = WeightedGraph.builder().addEdge(0, 1, 3.0).build();
        IsingModel ising = new MaxCutEncoder().encode(edge);
        Circuit circuit = QaoaCircuitBuilder.build(ising, 1, true);

        assertThat(circuit.numQubits()).isEqualTo(2);
        assertThat(circuit.parameters()).containsExactly("beta0", "gamma0");
        assertThat(gateCounts(circuit)).containsOnly(
                Map.entry(Gate.H, 2L), Map.entry(Gate.RZZ, 1L), Map.entry(Gate.RX, 2L), Map.entry(Gate.MEASURE, 1L));
        List<Operation> ops = circuit.operations();
        Operation rzz = ops.get(2);
        assertThat(rzz.gate()).isEqualTo(Gate.RZZ);
        // J = w/2 = 1.5, so the angle is 2 * gamma * 1.5
        assertThat(rzz.angles().get(0).parameterName()).isEqualTo("gamma0");
        assertThat(rzz.angles().get(0).scale()).isEqualTo(3.0);
        assertThat(ops.get(3).angles().get(0).scale()).isEqualTo(2.0);

        Circuit bound = circuit.bind(QaoaCircuitBuilder.parameters(new double[] {0.4}, new double[] {0.25}));
        assertThat(bound.isBound()).isTrue();
        assertThat(bound.operations().get(2).angles().get(0).value()).isCloseTo(1.2, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(bound.operations().get(3).angles().get(0).value()).isEqualTo(0.5);
    }

    @Test
    void fieldsBecomeRzAndLayersRepeat() {
        IsingModel ising = IsingModel.builder(3).addField(0, 0.5).addField(2, -1).addCoupling(0, 1, 1).addCoupling(1, 2, 2).build();
        Circuit circuit = QaoaCircuitBuilder.build(ising, 3, false);
        assertThat(circuit.parameters()).containsExactly("beta0", "beta1", "beta2", "gamma0", "gamma1", "gamma2");
        assertThat(gateCounts(circuit)).containsOnly(
                Map.entry(Gate.H, 3L), Map.entry(Gate.RZ, 6L), Map.entry(Gate.RZZ, 6L), Map.entry(Gate.RX, 9L));
        assertThat(circuit.hasMeasurement()).isFalse();
    }
}
