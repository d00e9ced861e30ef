package io.qhybrid.pipelines;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.current_timestamp;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

import io.qhybrid.jobs.JobContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The {@code benchmarks} rows of one run, from its results: per size class, one row for the
 * method and tier that served ({@code qaoa@simulator}, {@code exact@classical-exact}, ...) and one
 * per classical baseline ({@code baseline:exact}, {@code baseline:simulated-annealing},
 * {@code baseline:greedy}), with mean and worst approximation ratio, mean objective, solve time
 * and QPU cost.
 */
final class Benchmarks {
    private Benchmarks() {}

    static Dataset<Row> of(JobContext context, Dataset<Row> results, Dataset<Row> jobs) {
        Dataset<Row> cost = jobs.groupBy("subproblem_id").agg(sum("cost").as("cost"));
        Dataset<Row> served = results.filter(col("status").equalTo("completed"))
                .join(cost, new String[] {"subproblem_id"}, "left");
        Dataset<Row> tiers = served
                .groupBy(concat(col("method"), lit("@"), col("tier")).as("method"), col("size_class"))
                .agg(count(lit(1)).as("subproblems"), avg("approximation_ratio").as("mean_ratio"),
                        min("approximation_ratio").as("min_ratio"), avg("objective").as("mean_objective"),
                        sum("solve_ms").as("total_ms"), avg("solve_ms").as("mean_ms"),
                        sum(coalesce(col("cost"), lit(0.0))).as("cost"));
        Dataset<Row> exact = baseline(served.filter(col("exact_objective").isNotNull()), "exact", "exact_objective",
                lit(1.0));
        Dataset<Row> annealing = baseline(served.filter(col("annealing_objective").isNotNull()), "simulated-annealing",
                "annealing_objective", col("annealing_ratio"));
        Dataset<Row> greedy = baseline(served.filter(col("greedy_objective").isNotNull()), "greedy", "greedy_objective",
                col("greedy_ratio"));
        return tiers.unionByName(exact).unionByName(annealing).unionByName(greedy)
                .withColumn("run_id", lit(context.runId()))
                .withColumn("run_date", lit(java.sql.Date.valueOf(context.runDate())))
                .withColumn("job", lit(context.config().job()))
                .withColumn("config_hash", lit(context.config().hash()))
                .withColumn("recorded_at", current_timestamp())
                .select("run_id", "run_date", "job", "method", "size_class", "subproblems", "mean_ratio", "min_ratio",
                        "mean_objective", "total_ms", "mean_ms", "cost", "config_hash", "recorded_at");
    }

    private static Dataset<Row> baseline(Dataset<Row> rows, String name, String objective,
            org.apache.spark.sql.Column ratio) {
        return rows.groupBy(col("size_class"))
                .agg(count(lit(1)).as("subproblems"), avg(ratio).as("mean_ratio"), min(ratio).as("min_ratio"),
                        avg(objective).as("mean_objective"))
                .withColumn("method", lit("baseline:" + name))
                .withColumn("total_ms", lit(null).cast("bigint"))
                .withColumn("mean_ms", lit(null).cast("double"))
                .withColumn("cost", lit(0.0));
    }
}
