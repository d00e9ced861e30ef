package io.qhybrid.variational;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.qhybrid.encode.MaxCutEncoder;
import io.qhybrid.model.IsingModel;
import io.qhybrid.model.WeightedGraph;
import org.junit.jupiter.api.Test;

class QaoaSolverTest {
    private static final int N = 8;

    @Test
    void oneLayerOnAnEvenRingReachesThreeQuartersOfTheEdges() {
        WeightedGraph.Builder ring = WeightedGraph.builder();
        for (int i = 0; i < N; i++) {
            ring.addEdge(i, (i + 1) % N, 1);
        }
        IsingModel model = new MaxCutEncoder().encode(ring.build());
        QaoaResult r = QaoaSolver.builder().layers(1).seed(7).build().run(model);
        // Farhi, Goldstone, Gutmann (2014): p = 1 on a ring cuts 3/4 of the edges in expectation
        assertThat(-r.expectation()).isCloseTo(3.0 * N / 4, within(1e-3));
        assertThat(r.gammas()).hasSize(1);
        assertThat(r.evaluations()).isPositive();
        // the sampled best is one of the two alternating colourings, which cut every edge
        assertThat(r.solution().bitstring()).isIn("01010101", "10101010");
        assertThat(r.solution().objective()).isEqualTo(-N);
    }

    @Test
    void theSameSeedGivesTheSameAngles() {
        IsingModel model = IsingModel.builder(3).addCoupling(0, 1, 1).addCoupling(1, 2, 0.5).addField(0, 0.2).build();
        QaoaResult a = QaoaSolver.builder().layers(2).starts(2).seed(3).build().run(model);
        QaoaResult b = QaoaSolver.builder().layers(2).starts(2).seed(3).build().run(model);
        assertThat(a.gammas()).containsExactly(b.gammas());
        assertThat(a.betas()).containsExactly(b.betas());
        assertThat(a.solution()).isEqualTo(b.solution());
    }
}
