package io.qhybrid.variational;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.qhybrid.encode.PauliSumReader;
import io.qhybrid.model.PauliSum;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class VqeSolverTest {
    /** Exact electronic ground energy of H2/STO-3G at 0.735 Angstrom, as published for this geometry. */
    private static final double H2_GROUND = -1.857275;
    /** Chemical accuracy: 1.6 mHa. */
    private static final double CHEMICAL_ACCURACY = 1.6e-3;

    @Test
    void h2AtEquilibriumReachesChemicalAccuracy() {
        PauliSum h2 = PauliSumReader.read(Path.of("..", "sample-data", "molecules", "h2-0.735.txt"));
        VqeResult r = VqeSolver.defaults().run(h2);
        assertThat(r.energy()).isCloseTo(H2_GROUND, within(CHEMICAL_ACCURACY));
        assertThat(r.ansatz()).isEqualTo("h2-parity");
        assertThat(r.parameters()).containsOnlyKeys("theta");
        assertThat(r.evaluations()).isPositive();
    }

    @Test
    void hardwareEfficientAnsatzFindsAThreeQubitGroundState() {
        // -Z0 - Z1 - Z2 is lowest on |000> at -3; the X term lifts nothing an ansatz cannot reach
        PauliSum h = PauliSum.builder().add(-1, "Z0").add(-1, "Z1").add(-1, "Z2").add(0.0, "X0 X1").build();
        VqeResult r = VqeSolver.of(1, 1, 5, io.qhybrid.optim.Budget.defaults()).run(h);
        assertThat(r.energy()).isCloseTo(-3, within(1e-4));
        assertThat(r.ansatz()).isEqualTo("hardware-efficient(depth=1)");
        assertThat(r.parameters()).hasSize(12);
    }
}
