package io.qhybrid.sampledata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qhybrid.error.QHybridException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GraphGeneratorTest {
    @ParameterizedTest
    @CsvSource({"24,3,11", "1000,3,1", "200,6,2", "5000,4,3", "31,4,4"})
    void regularGraphsAreSimpleAndRegular(int nodes, int degree, long seed) {
        EdgeList g = GraphGenerator.regular(nodes, degree, EdgeWeights.UNIT, seed);
        assertSimple(g);
        assertThat(g.degrees()).containsOnly(degree);
        assertThat(g.edges()).isEqualTo(nodes * degree / 2);
    }

    @Test
    void regularRejectsOddStubCount() {
        assertThatThrownBy(() -> GraphGenerator.regular(25, 3, EdgeWeights.UNIT, 1))
                .isInstanceOf(QHybridException.class).hasMessageContaining("even");
    }

    @Test
    void powerLawDegreesAreHeavyTailed() {
        int nodes = 5000;
        int attach = 2;
        EdgeList g = GraphGenerator.powerLaw(nodes, attach, EdgeWeights.UNIT, 5);
        assertSimple(g);
        assertThat(g.edges()).isEqualTo(attach * (attach + 1) / 2 + (nodes - attach - 1) * attach);
        int[] degrees = g.degrees();
        double mean = Arrays.stream(degrees).average().orElseThrow();
        int max = Arrays.stream(degrees).max().orElseThrow();
        assertThat(Arrays.stream(degrees).min().orElseThrow()).isGreaterThanOrEqualTo(attach);
        // A power law with exponent ~3 gives max degree ~ sqrt(n) times the minimum; a Poisson graph of
        // the same mean degree (4) would almost never exceed 20.
        assertThat(max).isGreaterThan((int) (10 * mean));
        long hubs = Arrays.stream(degrees).filter(d -> d >= 5 * mean).count();
        assertThat(hubs).isGreaterThan(10);
    }

    @Test
    void communityGraphsAreDenserInsideBlocks() {
        int nodes = 2000;
        int communities = 10;
        EdgeList g = GraphGenerator.community(nodes, communities, 10, 1, EdgeWeights.UNIT, 14);
        assertSimple(g);
        long inside = 0;
        for (int e = 0; e < g.edges(); e++) {
            if (block(g.u(e), nodes, communities) == block(g.v(e), nodes, communities)) {
                inside++;
            }
        }
        long across = g.edges() - inside;
        double insidePairs = communities * 200.0 * 199 / 2;
        double acrossPairs = nodes * (nodes - 1) / 2.0 - insidePairs;
        assertThat(inside / insidePairs).isGreaterThan(20 * across / acrossPairs);
        // Expected degrees: 10 inside, 1 outside, so ~10000 and ~1000 edges; 5 sigma bounds.
        assertThat(inside).isBetween(9500L, 10500L);
        assertThat(across).isBetween(840L, 1160L);
    }

    @Test
    void ringIsACycle() {
        EdgeList g = GraphGenerator.ring(8, EdgeWeights.UNIT, 0);
        assertSimple(g);
        assertThat(g.degrees()).containsOnly(2);
        assertThat(g.edges()).isEqualTo(8);
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherGraph() throws IOException {
        GraphSpec spec = new GraphSpec("community", 500, 0, 0, 5, 6, 1, EdgeWeights.parse("real:0.5:2"), 9);
        String first = text(spec.generate());
        assertThat(text(spec.generate())).isEqualTo(first);
        GraphSpec other = new GraphSpec("community", 500, 0, 0, 5, 6, 1, EdgeWeights.parse("real:0.5:2"), 10);
        assertThat(text(other.generate())).isNotEqualTo(first);
        assertThat(text(GraphGenerator.powerLaw(300, 3, EdgeWeights.parse("int:1:9"), 4)))
                .isEqualTo(text(GraphGenerator.powerLaw(300, 3, EdgeWeights.parse("int:1:9"), 4)));
    }

    @Test
    void weightsStayInRangeAndDoNotChangeTheEdges() {
        EdgeList unit = GraphGenerator.regular(100, 3, EdgeWeights.UNIT, 8);
        EdgeList ints = GraphGenerator.regular(100, 3, EdgeWeights.parse("int:2:4"), 8);
        Set<Integer> seen = new HashSet<>();
        for (int e = 0; e < ints.edges(); e++) {
            assertThat(ints.u(e)).isEqualTo(unit.u(e));
            assertThat(ints.v(e)).isEqualTo(unit.v(e));
            seen.add((int) ints.weight(e));
        }
        assertThat(seen).containsExactlyInAnyOrder(2, 3, 4);
        assertThatThrownBy(() -> EdgeWeights.parse("int:5")).isInstanceOf(QHybridException.class);
        assertThatThrownBy(() -> EdgeWeights.parse("real:-1:2")).isInstanceOf(QHybridException.class);
    }

    private static int block(int node, int nodes, int communities) {
        int c = 0;
        while (c + 1 < communities && GraphGenerator.start(c + 1, nodes, communities) <= node) {
            c++;
        }
        return c;
    }

    private static void assertSimple(EdgeList g) {
        Set<Long> seen = new HashSet<>();
        for (int e = 0; e < g.edges(); e++) {
            assertThat(g.u(e)).isLessThan(g.v(e));
            assertThat(g.u(e)).isGreaterThanOrEqualTo(0);
            assertThat(g.v(e)).isLessThan(g.nodes());
            assertThat(seen.add(((long) g.u(e) << 32) | g.v(e))).as("duplicate edge %d-%d", g.u(e), g.v(e)).isTrue();
        }
    }

    private static String text(EdgeList g) throws IOException {
        StringWriter out = new StringWriter();
        g.write(out, null);
        return out.toString();
    }
}
