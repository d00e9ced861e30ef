package io.qhybrid.pool;

import static org.assertj.core.api.Assertions.assertThat;

import io.qhybrid.circuit.Circuit;
import io.qhybrid.model.IsingModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class PoolRequestTest {
    @Test
    void aRequestWithItsModelSurvivesSerialisation() throws Exception {
        IsingModel model = IsingModel.builder(2).addCoupling(0, 1, 0.5).addField(1, -0.25).addOffset(1).build();
        PoolRequest request = new PoolRequest("run", "sub.7", Circuit.builder(2).h(0).cx(0, 1).build(), 100, 9)
                .withModel(model);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(request);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            PoolRequest back = (PoolRequest) in.readObject();
            assertThat(back).isEqualTo(request);
            assertThat(back.model()).isEqualTo(model);
        }
        assertThat(new PoolRequest("run", "k", Circuit.builder(1).build(), 1, 0).model()).isNull();
    }
}
