package io.qhybrid.jobs.ingest;

import static io.qhybrid.jobs.ingest.Validation.firstReason;
import static io.qhybrid.jobs.ingest.Validation.numberProblem;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import io.qhybrid.tables.QHybridTables;
import io.qhybrid.tables.TableDefinition;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Weighted graphs, one edge a line {@code u v [weight]} (weight 1 when absent), nodes
 * non-negative integers, {@code #} comments. The graph id is the file name without extension.
 * Edges are undirected and stored with {@code u < v}; weights must be finite and non-negative
 * (Max-Cut weights). Key: (graph_id, u, v).
 */
final class GraphSource implements IngestSource {
    private static final String NODE = "^[0-9]{1,9}$";

    @Override
    public String name() {
        return "graphs";
    }

    @Override
    public String configKey() {
        return IngestOptions.GRAPHS;
    }

    @Override
    public TableDefinition table() {
        return QHybridTables.GRAPH_EDGES;
    }

    @Override
    public Dataset<Row> validate(Dataset<Row> lines) {
        Column body = trim(regexp_replace(col("raw"), "#.*$", ""));
        Column tokens = split(col("body"), "\\s+");
        Dataset<Row> parsed = lines
                .withColumn("body", body)
                .filter(col("body").notEqual(""))
                .withColumn("graph_id", regexp_extract(col("file"), "^(.*?)(\\.[^.]*)?$", 1))
                .withColumn("token_count", size(tokens))
                .withColumn("f_u", element_at(tokens, 1))
                .withColumn("f_v", when(col("token_count").geq(2), element_at(tokens, 2)))
                .withColumn("f_w", when(col("token_count").geq(3), element_at(tokens, 3)))
                .withColumn("a", col("f_u").cast("int"))
                .withColumn("b", col("f_v").cast("int"))
                .withColumn("weight", coalesce(col("f_w").cast("double"), lit(1.0)));
        Column reason = firstReason(
                col("token_count").lt(2).or(col("token_count").gt(3)),
                concat(lit("malformed edge: expected 'u v [weight]', got "), col("token_count"), lit(" fields")),
                col("f_u").startsWith("-").or(col("f_v").startsWith("-")), "negative node id",
                col("f_u").rlike(NODE).unary_$bang().or(col("f_v").rlike(NODE).unary_$bang()),
                "node id is not a non-negative integer",
                col("a").equalTo(col("b")), concat(lit("self-loop on node "), col("f_u")),
                col("f_w").isNotNull().and(numberProblem(col("f_w"), "weight").isNotNull()), numberProblem(col("f_w"), "weight"),
                col("weight").lt(0), concat(lit("negative weight "), col("f_w"), lit(" (Max-Cut weights must be >= 0)")));
        Dataset<Row> validated = parsed.withColumn("reason", reason)
                .withColumn("u", least(col("a"), col("b")))
                .withColumn("v", greatest(col("a"), col("b")));
        return Validation.rejectDuplicates(validated, "(graph_id, u, v)", "graph_id", "u", "v");
    }

    @Override
    public Dataset<Row> rows(Dataset<Row> good, String runId) {
        return good.select(col("graph_id"), col("u"), col("v"), col("weight"),
                col("file").as("source"), lit(runId).as("run_id"));
    }
}
