package io.qhybrid.encode;

import static java.util.Objects.requireNonNull;

import io.qhybrid.model.IsingModel;
import io.qhybrid.model.WeightedGraph;

/**
 * Max-Cut as an Ising model whose energy is minus the cut value.
 *
 * <p>Node i is spin i; the two sides of the cut are spin +1 (bit 0) and spin -1 (bit 1). An edge
 * (u, v) of weight w is cut when {@code s_u s_v = -1}, so {@code cut(s) = sum w (1 - s_u s_v) / 2}
 * and the model is {@code E(s) = sum (w/2) s_u s_v - W/2} with {@code W} the total weight. Hence
 * {@code E(s) = -cut(s)} on every state and the minimum energy is {@code -(max cut)}: minimising the
 * energy maximises the cut.
 */
public final class MaxCutEncoder implements ProblemEncoder<WeightedGraph, IsingModel> {
    public static final String NAME = "maxcut-ising";
    public static final String VERSION = "1";
    /** Largest node count encoded. */
    public static final int MAX_NODES = 1 << 24;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public IsingModel encode(WeightedGraph graph) {
        requireNonNull(graph, "graph is null");
        if (graph.numNodes() == 0) {
            throw new IllegalArgumentException("the graph has no nodes");
        }
        if (graph.numNodes() > MAX_NODES) {
            // node ids index the spins directly, so a stray huge id would allocate a huge model
            throw new IllegalArgumentException("the graph names node " + (graph.numNodes() - 1)
                    + "; nodes must be numbered below " + MAX_NODES + " (renumber them from 0)");
        }
        IsingModel.Builder ising = IsingModel.builder(graph.numNodes());
        for (int k = 0; k < graph.edgeCount(); k++) {
            double half = graph.edgeWeight(k) / 2;
            ising.addCoupling(graph.edgeU(k), graph.edgeV(k), half).addOffset(-half);
        }
        return ising.build();
    }

    /** The cut value of a state: {@code -energy}. Delegates to the graph so it never depends on the model. */
    public static double cutValue(WeightedGraph graph, long state) {
        return graph.cutValue(state);
    }
}
