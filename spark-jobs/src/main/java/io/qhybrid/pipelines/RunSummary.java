package io.qhybrid.pipelines;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import io.qhybrid.jobs.RunStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The one-screen summary of a pipeline run, from its solve-stage outcomes: subproblems by tier,
 * fallbacks by reason, pending QPU jobs, mean approximation ratio, QPU cost used. Printed by the
 * launcher and stored in {@code runs.summary_json}.
 */
final class RunSummary {
    private RunSummary() {}

    static Map<String, Object> of(Dataset<Row> outcomes) {
        Map<String, Object> s = new LinkedHashMap<>();
        Dataset<Row> results = outcomes.filter(col("result").isNotNull()).select("result.*");
        Row totals = results.selectExpr("count(*)", "avg(approximation_ratio)", "min(approximation_ratio)",
                "count_if(status = 'pending')", "count_if(fallback_reason IS NOT NULL AND status <> 'pending')").head();
        s.put("shortlisted", totals.getLong(0));
        s.put("mean_ratio", totals.isNullAt(1) ? null : round(totals.getDouble(1)));
        s.put("min_ratio", totals.isNullAt(2) ? null : round(totals.getDouble(2)));
        s.put("pending", totals.getLong(3));
        s.put("fallbacks", totals.getLong(4));
        s.put("by_tier", counts(results.filter(col("tier").isNotNull()), "tier"));
        s.put("fallback_reasons", counts(results.filter(col("fallback_reason").isNotNull()), "fallback_reason"));
        s.put("route_reasons", counts(outcomes.select("subproblem.*"), "route_reason"));
        Row cost = outcomes.select(explode(col("jobs")).as("j")).selectExpr("count(*)", "sum(j.cost)", "sum(j.shots)")
                .head();
        s.put("backend_jobs", cost.getLong(0));
        s.put("qpu_cost", cost.isNullAt(1) ? 0.0 : cost.getDouble(1));
        s.put("backend_shots", cost.isNullAt(2) ? 0L : cost.getLong(2));
        s.put("tables", "subproblems, results, quantum_jobs, benchmarks");
        return s;
    }

    /** The sum over subproblems of their in-task solve time: the work a perfectly parallel stage would divide. */
    static long sumOfSolveMillis(Dataset<Row> outcomes) {
        Row r = outcomes.selectExpr("sum(result.solve_ms)").head();
        return r.isNullAt(0) ? 0 : r.getLong(0);
    }

    static RunStatus status(Dataset<Row> outcomes, long rejected) {
        return rejected > 0 ? RunStatus.PARTIAL : RunStatus.SUCCEEDED;
    }

    static String message(Map<String, Object> s) {
        return s.get("shortlisted") + " subproblems solved " + s.get("by_tier") + ", mean ratio " + s.get("mean_ratio")
                + ", " + s.get("fallbacks") + " fallbacks, " + s.get("pending") + " pending";
    }

    private static Map<String, Long> counts(Dataset<Row> rows, String column) {
        Map<String, Long> m = new TreeMap<>();
        rows.groupBy(column).count().collectAsList().forEach(r -> m.put(String.valueOf(r.get(0)), r.getLong(1)));
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
