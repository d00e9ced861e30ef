package io.qhybrid.pipelines.maxcut;

import static org.apache.spark.sql.functions.col;

import io.qhybrid.error.QHybridErrors;
import io.qhybrid.jobs.JobContext;
import io.qhybrid.pipelines.PipelineJob;
import io.qhybrid.pipelines.PipelineOptions;
import io.qhybrid.pipelines.SubproblemKind;
import io.qhybrid.tables.DeltaMerge;
import io.qhybrid.tables.QHybridTables;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code maxcut}: the graphs of {@code graph_edges} -> blocks of at most {@code maxcut.max-nodes}
 * nodes ({@link MaxCutPrep}) -> the subgraphs where cheap heuristics leave the most room,
 * shortlisted per graph -> routed and solved -> one combined cut per graph (shortlisted blocks
 * from their solution, the others from the better SQL heuristic, block sides flipped to cut the
 * most weight between blocks), reported in the run summary.
 */
public final class MaxCutJob extends PipelineJob {
    public static final String GRAPHS = "maxcut.graphs";
    public static final String MAX_NODES = "maxcut.max-nodes";
    public static final String SHORTLIST_PER_GRAPH = "maxcut.shortlist-per-graph";

    @Override
    public String name() {
        return "maxcut";
    }

    @Override
    public String description() {
        return "Max-Cut: decompose graphs into subgraphs, shortlist, solve (QAOA/exact/annealing), combine";
    }

    @Override
    protected Map<String, String> jobDefaults() {
        return Map.of(GRAPHS, "*", MAX_NODES, "12", SHORTLIST_PER_GRAPH, "6");
    }

    @Override
    protected Prepared prepare(JobContext context, PipelineOptions options) {
        int maxNodes = context.config().getInt(MAX_NODES);
        int perGraph = context.config().getInt(SHORTLIST_PER_GRAPH);
        if (maxNodes < 2 || perGraph < 0) {
            throw QHybridErrors.invalidConfig(MAX_NODES + "/" + SHORTLIST_PER_GRAPH, maxNodes + "/" + perGraph,
                    "Give at least 2 nodes per subgraph and a non-negative shortlist size.");
        }
        Dataset<Row> edges = edges(context);
        long version = DeltaMerge.version(context.tables(), QHybridTables.GRAPH_EDGES);
        return new Prepared(MaxCutPrep.candidates(edges, maxNodes, perGraph),
                Map.of(context.tables().qualified(QHybridTables.GRAPH_EDGES), Long.toString(version)));
    }

    private static Dataset<Row> edges(JobContext context) {
        Dataset<Row> edges = context.spark().table(context.tables().qualified(QHybridTables.GRAPH_EDGES));
        String graphs = context.config().get(GRAPHS).trim();
        if (!graphs.equals("*")) {
            edges = edges.filter(col("graph_id").isin((Object[]) Arrays.stream(graphs.split(","))
                    .map(String::trim).toArray(String[]::new)));
        }
        return edges.select("graph_id", "u", "v", "weight");
    }

    @Override
    protected SubproblemKind kind(PipelineOptions options) {
        return new MaxCutKind();
    }

    @Override
    protected void finish(JobContext context, PipelineOptions options, Dataset<Row> candidates, Dataset<Row> outcomes,
            Map<String, Object> summary) {
        Dataset<Row> solved = outcomes.selectExpr("subproblem.subproblem_id AS subproblem_id",
                "result.best_bitstring AS best_bitstring");
        Map<String, Map<Integer, Integer>> side = new HashMap<>();
        Map<String, Map<Integer, Integer>> blockOf = new HashMap<>();
        for (Row r : candidates.select("subproblem_id", "graph_id", "block", "nodes").join(solved, "subproblem_id")
                .collectAsList()) {
            String graph = r.getString(1);
            int block = r.getInt(2);
            List<Integer> nodes = r.getList(3);
            String bits = r.isNullAt(4) ? null : r.getString(4);
            Map<Integer, Integer> s = side.computeIfAbsent(graph, g -> new HashMap<>());
            Map<Integer, Integer> b = blockOf.computeIfAbsent(graph, g -> new HashMap<>());
            for (int i = 0; i < nodes.size(); i++) { // qubit i is the i-th node; qubit 0 is the rightmost bit
                s.put(nodes.get(i), bits == null ? i % 2 : bits.charAt(bits.length() - 1 - i) - '0');
                b.put(nodes.get(i), block);
            }
        }
        Map<String, List<CombinedCut.Edge>> edges = new HashMap<>();
        for (Row r : edges(context).filter(col("graph_id").isin(side.keySet().toArray())).collectAsList()) {
            edges.computeIfAbsent(r.getString(0), g -> new ArrayList<>())
                    .add(new CombinedCut.Edge(r.getInt(1), r.getInt(2), r.getDouble(3)));
        }
        Map<String, Object> cuts = new java.util.TreeMap<>();
        for (String graph : side.keySet()) {
            CombinedCut.Outcome o = CombinedCut.combine(edges.getOrDefault(graph, List.of()), side.get(graph),
                    blockOf.get(graph));
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("total_weight", o.totalWeight());
            g.put("cut", o.cut());
            g.put("cut_fraction", o.totalWeight() == 0 ? null : Math.round(o.cut() / o.totalWeight() * 1e4) / 1e4);
            g.put("internal_cut", o.internalCut());
            g.put("boundary_cut", o.boundaryCut());
            g.put("blocks", o.blocks());
            g.put("blocks_flipped", o.flipped());
            cuts.put(graph, g);
        }
        summary.put("combined_cuts", cuts);
    }
}
