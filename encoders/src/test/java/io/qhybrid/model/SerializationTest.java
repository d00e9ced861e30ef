package io.qhybrid.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Models travel in Spark closures and rows, so each must survive Java serialisation unchanged. */
class SerializationTest {
    private static Object roundTrip(Serializable value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }

    @Test
    void modelsRoundTrip() throws Exception {
        List<Serializable> values = List.of(
                Qubo.builder(3).addLinear(0, 1.5).addQuadratic(2, 1, -2).addOffset(0.5).build(),
                IsingModel.builder(2).addField(1, 0.25).addCoupling(0, 1, 3).build(),
                PauliSum.builder().add(0.5, "X0 Y2").add(-1, "I").build(),
                WeightedGraph.builder().addEdge(0, 3, 2.5).build(),
                PortfolioProblem.of(List.of("A", "B"), new double[] {0.1, 0.2}, new double[][] {{1, 0.5}, {0.5, 2}}));
        for (Serializable value : values) {
            assertThat(roundTrip(value)).isEqualTo(value).hasSameHashCodeAs(value);
        }
    }
}
