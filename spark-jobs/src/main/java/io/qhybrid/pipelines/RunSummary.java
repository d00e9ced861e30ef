package io.qhybrid.pipelines;

import io.qhybrid.jobs.RunStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The one-screen summary of a pipeline run, from its solve-stage outcomes: subproblems by tier,
 * fallbacks by reason, pending QPU jobs, mean approximation ratio, backend jobs, shots and QPU
 * cost used, the sum of in-task solve times. One small query (a few columns per subproblem)
 * aggregated on the driver. Printed by the launcher and stored in {@code runs.summary_json}.
 */
final class RunSummary {
    private RunSummary() {}

    static Map<String, Object> of(Dataset<Row> outcomes) {
        List<Row> rows = outcomes.selectExpr("subproblem.route_reason", "result IS NOT NULL", "result.tier",
                "result.fallback_reason", "result.approximation_ratio", "result.status", "result.solve_ms",
                "size(jobs)", "aggregate(jobs, 0D, (a, j) -> a + coalesce(j.cost, 0D))",
                "aggregate(jobs, 0L, (a, j) -> a + coalesce(CAST(j.shots AS BIGINT), 0L))").collectAsList();
        long shortlisted = 0;
        long pending = 0;
        long fallbacks = 0;
        long solveMillis = 0;
        long jobs = 0;
        long shots = 0;
        double cost = 0;
        double ratioSum = 0;
        long ratios = 0;
        Double minRatio = null;
        Map<String, Long> byTier = new TreeMap<>();
        Map<String, Long> fallbackReasons = new TreeMap<>();
        Map<String, Long> routeReasons = new TreeMap<>();
        for (Row r : rows) {
            routeReasons.merge(String.valueOf(r.get(0)), 1L, Long::sum);
            jobs += r.getInt(7);
            cost += r.getDouble(8);
            shots += r.getLong(9);
            if (!r.getBoolean(1)) {
                continue;
            }
            shortlisted++;
            if ("pending".equals(r.getString(5))) {
                pending++;
            } else if (!r.isNullAt(3)) {
                fallbacks++;
            }
            if (!r.isNullAt(2)) {
                byTier.merge(r.getString(2), 1L, Long::sum);
            }
            if (!r.isNullAt(3)) {
                fallbackReasons.merge(r.getString(3), 1L, Long::sum);
            }
            if (!r.isNullAt(4)) {
                double ratio = r.getDouble(4);
                ratioSum += ratio;
                ratios++;
                minRatio = minRatio == null ? ratio : Math.min(minRatio, ratio);
            }
            solveMillis += r.isNullAt(6) ? 0 : r.getLong(6);
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("shortlisted", shortlisted);
        s.put("mean_ratio", ratios == 0 ? null : round(ratioSum / ratios));
        s.put("min_ratio", minRatio == null ? null : round(minRatio));
        s.put("pending", pending);
        s.put("fallbacks", fallbacks);
        s.put("by_tier", byTier);
        s.put("fallback_reasons", fallbackReasons);
        s.put("route_reasons", routeReasons);
        s.put("backend_jobs", jobs);
        s.put("backend_shots", shots);
        s.put("qpu_cost", cost);
        s.put("sum_of_solve_ms", solveMillis);
        s.put("tables", "subproblems, results, quantum_jobs, benchmarks");
        return s;
    }

    static RunStatus status(long rejected) {
        return rejected > 0 ? RunStatus.PARTIAL : RunStatus.SUCCEEDED;
    }

    static String message(Map<String, Object> s) {
        return s.get("shortlisted") + " subproblems solved " + s.get("by_tier") + ", mean ratio " + s.get("mean_ratio")
                + ", " + s.get("fallbacks") + " fallbacks, " + s.get("pending") + " pending";
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
