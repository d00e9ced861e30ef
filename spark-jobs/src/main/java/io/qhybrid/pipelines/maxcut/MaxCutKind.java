package io.qhybrid.pipelines.maxcut;

import io.qhybrid.model.WeightedGraph;
import io.qhybrid.pipelines.EncodedSubproblem;
import io.qhybrid.pipelines.SubproblemKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/** Encodes a subgraph row ({@code nodes}, {@code edges}) of {@link MaxCutPrep#candidates}. */
final class MaxCutKind implements SubproblemKind {
    private static final long serialVersionUID = 1L;

    @Override
    public String kind() {
        return "subgraph";
    }

    @Override
    public EncodedSubproblem encode(Row candidate) {
        List<Integer> nodes = candidate.getList(candidate.fieldIndex("nodes"));
        List<Row> edges = candidate.isNullAt(candidate.fieldIndex("edges")) ? List.of()
                : candidate.getList(candidate.fieldIndex("edges"));
        Map<Integer, Integer> position = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            position.put(nodes.get(i), i);
        }
        WeightedGraph.Builder graph = WeightedGraph.builder().numNodes(nodes.size());
        StringBuilder text = new StringBuilder("# ").append(candidate.<String>getAs("subproblem_id"))
                .append(": edges by position in nodes ").append(nodes).append('\n');
        for (Row e : edges) {
            double w = e.getDouble(2);
            if (!Double.isFinite(w) || w < 0) {
                throw new IllegalArgumentException("edge " + e.getInt(0) + "-" + e.getInt(1) + " has weight " + w
                        + "; Max-Cut needs finite, non-negative weights (fix the edge in graph_edges)");
            }
            int u = position.get(e.getInt(0));
            int v = position.get(e.getInt(1));
            graph.addEdge(u, v, w);
            text.append(u).append(' ').append(v).append(' ').append(w).append('\n');
        }
        return new MaxCutSubproblem(nodes, graph.build(), text.toString());
    }

    @Override
    public EncodedSubproblem decode(String modelText) {
        String[] lines = modelText.split("\n");
        String header = lines[0];
        List<Integer> nodes = new java.util.ArrayList<>();
        String list = header.substring(header.lastIndexOf('[') + 1, header.lastIndexOf(']')).trim();
        if (!list.isEmpty()) {
            for (String n : list.split(",")) {
                nodes.add(Integer.parseInt(n.trim()));
            }
        }
        WeightedGraph.Builder graph = WeightedGraph.builder().numNodes(nodes.size());
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].trim().split(" ");
            if (f.length == 3) {
                graph.addEdge(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Double.parseDouble(f[2]));
            }
        }
        return new MaxCutSubproblem(nodes, graph.build(), modelText);
    }
}
