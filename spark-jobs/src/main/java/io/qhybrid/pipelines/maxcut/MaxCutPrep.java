package io.qhybrid.pipelines.maxcut;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.dense_rank;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lpad;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.row_number;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * The Max-Cut pipeline's classical narrowing, in DataFrame operations only (RAPIDS-eligible):
 * a large graph -> blocks of at most {@code maxNodes} nodes -> one subgraph row per block with
 * its internal edges and the weight of the edges it shares with other blocks.
 *
 * <p>Blocks are consecutive runs of node ids. The sample generators number nodes so that
 * communities (block models) and growth order (preferential attachment) are contiguous, which
 * keeps most edge weight inside blocks; edges between blocks are settled by the classical
 * combine step.
 */
public final class MaxCutPrep {
    private MaxCutPrep() {}

    /** {@code (graph_id, node, block)} for every node of the selected graphs. */
    public static Dataset<Row> blocks(Dataset<Row> edges, int maxNodes) {
        Dataset<Row> nodes = edges.select(col("graph_id"), col("u").as("node"))
                .union(edges.select(col("graph_id"), col("v").as("node")))
                .distinct();
        return nodes.withColumn("block", floor(dense_rank().over(Window.partitionBy("graph_id").orderBy("node"))
                .minus(1).divide(maxNodes)).cast("int"));
    }

    /**
     * One row per block: {@code graph_id, block, nodes} (sorted node ids), {@code edges} (sorted
     * (u, v, weight) structs inside the block), and {@code internal_weight}, {@code boundary_weight}.
     */
    public static Dataset<Row> subgraphs(Dataset<Row> edges, Dataset<Row> blocks) {
        Dataset<Row> bu = blocks.select(col("graph_id").as("gu"), col("node").as("nu"), col("block").as("block_u"));
        Dataset<Row> bv = blocks.select(col("graph_id").as("gv"), col("node").as("nv"), col("block").as("block_v"));
        Dataset<Row> located = edges
                .join(bu, edges.col("graph_id").equalTo(bu.col("gu")).and(edges.col("u").equalTo(bu.col("nu"))))
                .join(bv, edges.col("graph_id").equalTo(bv.col("gv")).and(edges.col("v").equalTo(bv.col("nv"))))
                .select(col("graph_id"), col("u"), col("v"), col("weight"), col("block_u"), col("block_v"));
        Dataset<Row> internal = located.filter(col("block_u").equalTo(col("block_v")))
                .groupBy(col("graph_id"), col("block_u").as("block"))
                .agg(sort_array(collect_list(struct(col("u"), col("v"), col("weight")))).as("edges"),
                        sum("weight").as("internal_weight"));
        Dataset<Row> boundary = located.filter(col("block_u").notEqual(col("block_v")))
                .select(col("graph_id"), col("block_u").as("block"), col("weight"))
                .union(located.filter(col("block_u").notEqual(col("block_v")))
                        .select(col("graph_id"), col("block_v").as("block"), col("weight")))
                .groupBy("graph_id", "block").agg(sum("weight").as("boundary_weight"));
        Dataset<Row> members = blocks.groupBy("graph_id", "block")
                .agg(sort_array(collect_list(col("node"))).as("nodes"), count(lit(1)).as("node_count"));
        return members.join(internal, new String[] {"graph_id", "block"}, "left")
                .join(boundary, new String[] {"graph_id", "block"}, "left")
                .withColumn("internal_weight", when(col("internal_weight").isNull(), lit(0.0)).otherwise(col("internal_weight")))
                .withColumn("boundary_weight", when(col("boundary_weight").isNull(), lit(0.0)).otherwise(col("boundary_weight")));
    }

    /**
     * The cut weight inside each block of two cheap heuristics computable in SQL: alternate sides
     * by position in the block ({@code parity_cut}) and first half against second half
     * ({@code half_cut}).
     */
    public static Dataset<Row> heuristicCuts(Dataset<Row> edges, Dataset<Row> blocks) {
        Dataset<Row> local = blocks
                .withColumn("position", dense_rank().over(Window.partitionBy("graph_id", "block").orderBy("node")).minus(1))
                .withColumn("block_size", count(lit(1)).over(Window.partitionBy("graph_id", "block")));
        Dataset<Row> lu = local.select(col("graph_id").as("gu"), col("node").as("nu"), col("block").as("block_u"),
                col("position").as("pu"), col("block_size"));
        Dataset<Row> lv = local.select(col("graph_id").as("gv"), col("node").as("nv"), col("block").as("block_v"),
                col("position").as("pv"));
        Dataset<Row> inside = edges
                .join(lu, edges.col("graph_id").equalTo(lu.col("gu")).and(edges.col("u").equalTo(lu.col("nu"))))
                .join(lv, edges.col("graph_id").equalTo(lv.col("gv")).and(edges.col("v").equalTo(lv.col("nv"))))
                .filter(col("block_u").equalTo(col("block_v")));
        return inside.groupBy(col("graph_id"), col("block_u").as("block"))
                .agg(sum(when(pmod(col("pu"), lit(2)).notEqual(pmod(col("pv"), lit(2))), col("weight")).otherwise(0.0))
                                .as("parity_cut"),
                        sum(when(col("pu").multiply(2).lt(col("block_size"))
                                .notEqual(col("pv").multiply(2).lt(col("block_size"))), col("weight")).otherwise(0.0))
                                .as("half_cut"));
    }

    /**
     * The job's whole prep: blocks, subgraphs, the heuristic cuts, and a classical score per
     * subgraph, the larger of the gap between the better heuristic and the trivial bound
     * (every internal edge cut) and the heuristics' disagreement, both as fractions of the
     * internal weight. The {@code perGraph} highest-scoring subgraphs of each graph are shortlisted.
     */
    public static Dataset<Row> candidates(Dataset<Row> edges, int maxNodes, int perGraph) {
        Dataset<Row> blocks = blocks(edges, maxNodes);
        Dataset<Row> scored = subgraphs(edges, blocks)
                .join(heuristicCuts(edges, blocks), new String[] {"graph_id", "block"}, "left")
                .withColumn("parity_cut", when(col("parity_cut").isNull(), lit(0.0)).otherwise(col("parity_cut")))
                .withColumn("half_cut", when(col("half_cut").isNull(), lit(0.0)).otherwise(col("half_cut")))
                .withColumn("heuristic_cut", greatest(col("parity_cut"), col("half_cut"),
                        col("internal_weight").divide(2)))
                .withColumn("classical_score", when(col("internal_weight").gt(0), greatest(
                        lit(1.0).minus(col("heuristic_cut").divide(col("internal_weight"))),
                        abs(col("parity_cut").minus(col("half_cut"))).divide(col("internal_weight"))))
                        .otherwise(lit(0.0)))
                .withColumn("subproblem_id", concat(col("graph_id"), lit(":b"), lpad(col("block").cast("string"), 5, "0")));
        return scored
                .withColumn("score_rank", row_number().over(Window.partitionBy("graph_id")
                        .orderBy(col("classical_score").desc(), col("subproblem_id"))))
                .withColumn("shortlisted", col("score_rank").leq(perGraph))
                .withColumn("size", col("node_count").cast("int"))
                .withColumn("source_key", col("graph_id"))
                .withColumn("circuits", lit(1));
    }
}
