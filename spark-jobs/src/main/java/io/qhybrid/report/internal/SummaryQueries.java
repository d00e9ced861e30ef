package io.qhybrid.report.internal;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;

import io.qhybrid.report.internal.Summary.ApprovalUse;
import io.qhybrid.report.internal.Summary.CostLine;
import io.qhybrid.report.internal.Summary.MeanRatio;
import io.qhybrid.tables.QHybridTables;
import io.qhybrid.tables.TableDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Reads the {@link Summary} of a run. */
public final class SummaryQueries {
    /** Stands for a null tier or cost unit. */
    public static final String NONE = "(none)";

    private final RunScope scope;

    public SummaryQueries(RunScope scope) {
        this.scope = scope;
    }

    public Summary summary() {
        Dataset<Row> subproblems = scope.rows(QHybridTables.SUBPROBLEMS);
        long candidates = 0;
        long shortlisted = 0;
        Map<String, Long> tiers = new TreeMap<>(Tiers.ORDER);
        for (Row row : subproblems.groupBy("shortlisted", "tier").count().collectAsList()) {
            candidates += row.getLong(2);
            if (row.getBoolean(0)) {
                shortlisted += row.getLong(2);
                tiers.merge(row.isNullAt(1) ? NONE : row.getString(1), row.getLong(2), Long::sum);
            }
        }
        Dataset<Row> results = scope.rows(QHybridTables.RESULTS);
        Map<String, Long> statuses = counts(results, "status");
        long fallbacks = results.where(col("fallback_reason").isNotNull()).count();
        Map<String, Long> jobStatuses = counts(scope.rows(QHybridTables.QUANTUM_JOBS), "status");
        return new Summary(candidates, shortlisted, tiers, statuses, fallbacks, ratiosByTier(results), jobStatuses,
                costs(), approvals(), tableRows());
    }

    private static Map<String, MeanRatio> ratiosByTier(Dataset<Row> results) {
        Map<String, MeanRatio> ratios = new TreeMap<>(Tiers.ORDER);
        double total = 0;
        long n = 0;
        for (Row row : results.where(col("approximation_ratio").isNotNull().and(not(isnan(col("approximation_ratio")))))
                .groupBy(coalesce(col("tier"), col("routed_tier"))).agg(count(lit(1)), avg("approximation_ratio"))
                .collectAsList()) {
            ratios.put(row.getString(0), new MeanRatio(row.getLong(1), row.getDouble(2)));
            total += row.getDouble(2) * row.getLong(1);
            n += row.getLong(1);
        }
        Map<String, MeanRatio> ordered = new LinkedHashMap<>(ratios);
        if (n > 0) {
            ordered.put(Summary.ALL, new MeanRatio(n, total / n));
        }
        return ordered;
    }

    private List<CostLine> costs() {
        List<CostLine> costs = new ArrayList<>();
        for (Row row : scope.rows(QHybridTables.QUANTUM_JOBS).groupBy("backend", "cost_unit")
                .agg(count(lit(1)), coalesce(sum("shots"), lit(0L)), coalesce(sum("cost"), lit(0.0)))
                .orderBy("backend", "cost_unit").collectAsList()) {
            costs.add(new CostLine(row.getString(0), row.isNullAt(1) ? NONE : row.getString(1), row.getLong(2),
                    row.getLong(3), row.getDouble(4)));
        }
        return costs;
    }

    private List<ApprovalUse> approvals() {
        Dataset<Row> used = scope.rows(QHybridTables.QUANTUM_JOBS).where(col("approval_id").isNotNull())
                .groupBy("approval_id").agg(coalesce(sum("shots"), lit(0L)).as("shots_used"),
                        coalesce(sum("cost"), lit(0.0)).as("cost_used"));
        Dataset<Row> caps = scope.all(QHybridTables.APPROVALS).select("approval_id", "approver", "max_shots", "max_cost");
        List<ApprovalUse> uses = new ArrayList<>();
        for (Row row : used.join(caps, used.col("approval_id").equalTo(caps.col("approval_id")), "left")
                .select(used.col("approval_id"), col("approver"), col("max_shots"), col("max_cost"), col("shots_used"),
                        col("cost_used"))
                .orderBy(used.col("approval_id")).collectAsList()) {
            uses.add(new ApprovalUse(row.getString(0), row.getString(1), row.isNullAt(2) ? null : row.getLong(2),
                    row.isNullAt(3) ? null : row.getDouble(3), row.getLong(4), row.getDouble(5)));
        }
        return uses;
    }

    /** Rows carrying the run's ids in every table of the database, in one Spark job. */
    private Map<String, Long> tableRows() {
        List<TableDefinition> all = Stream.concat(QHybridTables.CORE.stream(), QHybridTables.PIPELINE.stream()).toList();
        Dataset<Row> counts = null;
        for (TableDefinition table : all) {
            Dataset<Row> one = scope.rows(table).agg(count(lit(1)).as("rows")).select(lit(table.name()).as("t"), col("rows"));
            counts = counts == null ? one : counts.unionAll(one);
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        all.forEach(t -> rows.put(t.name(), 0L));
        counts.collectAsList().forEach(r -> rows.put(r.getString(0), r.getLong(1)));
        return rows;
    }

    private static Map<String, Long> counts(Dataset<Row> rows, String column) {
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.groupBy(column).count().orderBy(col("count").desc(), col(column)).collectAsList()
                .forEach(r -> counts.put(r.isNullAt(0) ? NONE : r.getString(0), r.getLong(1)));
        return counts;
    }
}
