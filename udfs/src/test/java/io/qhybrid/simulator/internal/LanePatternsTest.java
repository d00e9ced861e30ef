package io.qhybrid.simulator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.qhybrid.model.IsingModel;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LanePatternsTest {
    /**
     * Every state's energy, as its run's first level plus its pattern's difference, against the
     * model's own energy function: integer weights with and without fields, at sizes whose runs
     * fill one or both id tables.
     */
    @Test
    void firstLevelPlusPatternIsEveryStatesEnergy() {
        Random random = new Random(5);
        for (int n : new int[] {5, 9, 13, 16}) {
            for (boolean fields : new boolean[] {false, true}) {
                IsingModel model = integerModel(random, n, fields, 3);
                CostVector cost = CostVector.of(model);
                LanePatterns lanes = cost.lanePatterns();
                assertThat(lanes).as("n=%d fields=%s", n, fields).isNotNull();
                byte[] levels = cost.levels();
                for (int z = 0; z < cost.stateLength(); z++) {
                    int run = z / LanePatterns.LANES;
                    int level = (levels[run * LanePatterns.LANES] & 0xFF) + lanes.delta(lanes.row(run), z % LanePatterns.LANES);
                    assertThat(cost.levelEnergy(level)).as("state %d", z).isCloseTo(model.energy(z) - model.offset(), within(1e-9));
                }
            }
        }
    }

    /** Patterns need two runs of 8 states, and at most {@link LanePatterns#MAX_PATTERNS} of them. */
    @Test
    void tooManyPatternsOrTooFewRunsLeaveThePerAmplitudeTable() {
        IsingModel.Builder wide = IsingModel.builder(9);
        for (int u = 3; u < 9; u++) {
            wide.addCoupling(0, u, 0.5 * (u - 2)).addCoupling(1, u, 0.5 * (u - 2)).addCoupling(2, u, 0.5);
        }
        // sums of 1..6 units: 22 values for qubits 0 and 1, 7 for qubit 2: 3388 patterns
        CostVector many = CostVector.of(wide.build());
        assertThat(many.isCompact()).isTrue();
        assertThat(many.lanePatterns()).isNull();
        CostVector four = CostVector.of(IsingModel.builder(4).addCoupling(0, 3, 1).addField(1, 1).build());
        assertThat(four.lanePatterns()).as("2^4 states are two runs").isNotNull();
        CostVector three = CostVector.of(IsingModel.builder(3).addCoupling(0, 2, 1).addField(1, 1).build());
        assertThat(three.lanePatterns()).as("2^3 states are one run").isNull();
    }

    private static IsingModel integerModel(Random random, int n, boolean fields, int degree) {
        IsingModel.Builder b = IsingModel.builder(n).addOffset(1.5);
        for (int q = 0; q < n && fields; q++) {
            b.addField(q, random.nextInt(3) - 1);
        }
        for (int k = 0; k < degree * n / 2; k++) {
            int i = random.nextInt(n), j = random.nextInt(n);
            if (i != j) {
                b.addCoupling(i, j, 0.5 * (1 + random.nextInt(2)));
            }
        }
        return b.build();
    }
}
