package io.qhybrid.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.qhybrid.model.IsingModel;
import io.qhybrid.model.WeightedGraph;
import io.qhybrid.solve.ExactSolver;
import io.qhybrid.solve.GreedySolver;
import io.qhybrid.solve.SimulatedAnnealingSolver;
import io.qhybrid.solve.Solution;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MaxCutTest {
    static WeightedGraph randomGraph(int n, long seed) {
        Random random = new Random(seed);
        WeightedGraph.Builder graph = WeightedGraph.builder().numNodes(n);
        for (int u = 0; u < n; u++) {
            for (int v = u + 1; v < n; v++) {
                if (random.nextDouble() < 0.5) {
                    graph.addEdge(u, v, 1 + random.nextInt(9) + (random.nextBoolean() ? 0.5 : 0.0));
                }
            }
        }
        return graph.build();
    }

    /** Brute force over side assignments, independent of the encoder and the solvers. */
    static double bruteForceMaxCut(WeightedGraph graph) {
        int n = graph.numNodes();
        double best = 0;
        for (int mask = 0; mask < 1 << n; mask++) {
            double cut = 0;
            for (int k = 0; k < graph.edgeCount(); k++) {
                boolean uSide = (mask & (1 << graph.edgeU(k))) != 0;
                boolean vSide = (mask & (1 << graph.edgeV(k))) != 0;
                if (uSide != vSide) {
                    cut += graph.edgeWeight(k);
                }
            }
            best = Math.max(best, cut);
        }
        return best;
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4, 6, 9, 12, 15})
    void energyIsMinusCutAndExactFindsMaxCut(int n) {
        for (long seed = 0; seed < 3; seed++) {
            WeightedGraph graph = randomGraph(n, 31 * n + seed);
            IsingModel ising = new MaxCutEncoder().encode(graph);
            for (long state = 0; state < Math.min(1L << n, 512); state++) {
                assertThat(ising.energy(state)).isCloseTo(-graph.cutValue(state), within(1e-9));
            }
            double maxCut = bruteForceMaxCut(graph);
            Solution exact = new ExactSolver().solve(ising);
            assertThat(-exact.objective()).isCloseTo(maxCut, within(1e-9));
            assertThat(graph.cutValue(exact.bitstring())).isCloseTo(maxCut, within(1e-9));
            // Z2 symmetry: the optimum and its complement tie; the lowest index wins, so node n-1 is on side 0
            assertThat(exact.state() >>> (n - 1) & 1L).isZero();
            Solution parallel = new ExactSolver(2).solve(ising);
            assertThat(parallel.state()).isEqualTo(exact.state());

            Solution annealed = SimulatedAnnealingSolver.builder().sweeps(300).restarts(4).seed(seed).build().solve(ising);
            assertThat(graph.cutValue(annealed.state())).isCloseTo(maxCut, within(1e-9));

            // one-flip local optima cut at least half of all weight, hence half the maximum
            Solution greedy = new GreedySolver().solve(ising);
            assertThat(graph.cutValue(greedy.state())).isGreaterThanOrEqualTo(0.5 * maxCut);
            for (int i = 0; i < n; i++) {
                assertThat(graph.cutValue(greedy.state() ^ (1L << i)))
                        .isLessThanOrEqualTo(graph.cutValue(greedy.state()) + 1e-9);
            }
        }
    }
}
