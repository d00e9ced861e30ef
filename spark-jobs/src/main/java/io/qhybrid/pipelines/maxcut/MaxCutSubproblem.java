package io.qhybrid.pipelines.maxcut;

import static java.util.Objects.requireNonNull;

import io.qhybrid.encode.MaxCutEncoder;
import io.qhybrid.model.WeightedGraph;
import io.qhybrid.pipelines.IsingSubproblem;
import java.util.List;

/**
 * One subgraph as an Ising model: qubit i is the i-th node of the block in ascending id order;
 * the objective is the cut weight (larger is better) and the approximation ratio is the cut over
 * the optimum cut (exact enumeration), or over the best cut any method found when the block is too
 * large to enumerate.
 */
final class MaxCutSubproblem extends IsingSubproblem {
    private static final MaxCutEncoder ENCODER = new MaxCutEncoder();

    private final List<Integer> nodes;
    private final WeightedGraph graph;

    MaxCutSubproblem(List<Integer> nodes, WeightedGraph graph, String text) {
        super(ENCODER.encode(requireNonNull(graph, "graph is null")), text, ENCODER.encoding());
        this.nodes = List.copyOf(nodes);
        this.graph = graph;
    }

    @Override
    public double objective(long state) {
        return graph.cutValue(state);
    }

    @Override
    public boolean maximise() {
        return true;
    }

    @Override
    public Double ratio(double objective, Double exact, double bestKnown) {
        double reference = exact != null ? exact : bestKnown;
        if (!Double.isFinite(reference)) {
            return null;
        }
        return reference == 0 ? 1.0 : objective / reference;
    }

    @Override
    public String detailJson(long state) {
        StringBuilder json = new StringBuilder("{\"nodes\":").append(nodes).append(",\"side\":\"");
        for (int i = 0; i < nodes.size(); i++) {
            json.append((state >>> i) & 1);
        }
        return json.append("\",\"cut\":").append(graph.cutValue(state)).append('}').toString();
    }
}
