package io.qhybrid.report.internal;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log10;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.qhybrid.report.internal.PlotData.BackendLatency;
import io.qhybrid.report.internal.PlotData.EnergyCurve;
import io.qhybrid.report.internal.PlotData.EnergyPoint;
import io.qhybrid.report.internal.PlotData.Latency;
import io.qhybrid.report.internal.PlotData.LatencyBin;
import io.qhybrid.report.internal.PlotData.RatioGroup;
import io.qhybrid.report.internal.PlotData.Ratios;
import io.qhybrid.report.internal.PlotData.ReasonCount;
import io.qhybrid.report.internal.PlotData.SizeRange;
import io.qhybrid.report.internal.PlotData.TrendPoint;
import io.qhybrid.tables.QHybridTables;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/** Reads the numbers behind each plot from the run's rows; every aggregate is computed by Spark. */
public final class ReportQueries {
    /** The contract of {@code results.detail_json} for {@code molecule} rows. */
    static final StructType MOLECULE_DETAIL = StructType.fromDDL(
            "bond_length_angstrom DOUBLE, exact_energy DOUBLE, vqe_energy DOUBLE, sampled_energy DOUBLE");
    static final String MOLECULE_JOB = "molecule";
    public static final int TREND_DATES = 30;

    private final RunScope scope;

    public ReportQueries(RunScope scope) {
        this.scope = scope;
    }

    public Ratios ratios() {
        Dataset<Row> rows = scope.rows(QHybridTables.RESULTS).where(finite("approximation_ratio"))
                .withColumn("tier_used", coalesce(col("tier"), col("routed_tier")));
        List<Row> grouped = rows.groupBy("size_class", "tier_used")
                .agg(count(lit(1)), avg("approximation_ratio"), min("approximation_ratio"), max("approximation_ratio"),
                        expr("percentile(approximation_ratio, array(0.25, 0.5, 0.75))"), min("size"), max("size"))
                .collectAsList();
        Map<String, int[]> sizes = new LinkedHashMap<>();
        List<RatioGroup> groups = new ArrayList<>();
        for (Row row : grouped) {
            List<Double> quartiles = row.getList(6);
            groups.add(new RatioGroup(row.getString(0), row.getString(1), row.getLong(2), row.getDouble(3),
                    row.getDouble(4), quartiles.get(0), quartiles.get(1), quartiles.get(2), row.getDouble(5)));
            int[] range = sizes.computeIfAbsent(row.getString(0), k -> new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE});
            range[0] = Math.min(range[0], row.getInt(7));
            range[1] = Math.max(range[1], row.getInt(8));
        }
        List<SizeRange> classes = new ArrayList<>();
        sizes.forEach((name, range) -> classes.add(new SizeRange(name, range[0], range[1])));
        classes.sort(Comparator.comparingInt(SizeRange::minSize).thenComparing(SizeRange::sizeClass));
        List<String> order = classes.stream().map(SizeRange::sizeClass).toList();
        groups.sort(Comparator.comparingInt((RatioGroup g) -> order.indexOf(g.sizeClass()))
                .thenComparing(RatioGroup::tier, Tiers.ORDER));
        return new Ratios(groups, classes);
    }

    /** Fallbacks first, then routing decisions; each by count, most frequent first. */
    public List<ReasonCount> reasons() {
        List<ReasonCount> reasons = new ArrayList<>();
        counts(scope.rows(QHybridTables.RESULTS).where(col("fallback_reason").isNotNull()), "fallback_reason")
                .forEach((reason, n) -> reasons.add(new ReasonCount(ReasonCount.FALLBACK, reason, n)));
        counts(scope.rows(QHybridTables.SUBPROBLEMS).where(col("shortlisted")), "route_reason")
                .forEach((reason, n) -> reasons.add(new ReasonCount(ReasonCount.ROUTING, reason, n)));
        return reasons;
    }

    public Latency latency() {
        Dataset<Row> attempts = scope.rows(QHybridTables.QUANTUM_JOBS).where(col("total_ms").isNotNull());
        List<BackendLatency> backends = new ArrayList<>();
        for (Row row : attempts.groupBy("backend").agg(count(lit(1)), avg("total_ms"),
                expr("percentile(total_ms, array(0.5, 0.95))"), max("total_ms")).orderBy("backend").collectAsList()) {
            List<Double> percentiles = row.getList(3);
            backends.add(new BackendLatency(row.getString(0), row.getLong(1), row.getDouble(2), percentiles.get(0),
                    percentiles.get(1), row.getLong(4)));
        }
        List<LatencyBin> bins = new ArrayList<>();
        for (Row row : attempts.withColumn("bin", latencyBin(col("total_ms"))).groupBy("backend", "bin").count()
                .orderBy("backend", "bin").collectAsList()) {
            bins.add(new LatencyBin(row.getString(0), row.getInt(1), row.getLong(2)));
        }
        return new Latency(backends, bins);
    }

    /** The bin of {@link LatencyBin}: three per decade with edges 1, 2, 5 x 10^k ms. */
    static Column latencyBin(Column totalMs) {
        Column ms = greatest(totalMs, lit(1L)).cast("double");
        Column decade = floor(log10(ms));
        Column mantissa = ms.divide(pow(lit(10.0), decade));
        Column step = when(mantissa.lt(2), 0).when(mantissa.lt(5), 1).otherwise(2);
        return decade.multiply(3).plus(step).cast("int");
    }

    public EnergyCurve energy() {
        List<Row> rows = scope.rows(QHybridTables.RESULTS).where(col("job").equalTo(lit(MOLECULE_JOB)))
                .select(col("subproblem_id"), from_json(col("detail_json"), MOLECULE_DETAIL).as("d"))
                .select(col("subproblem_id"), col("d.bond_length_angstrom"), col("d.exact_energy"), col("d.vqe_energy"),
                        col("d.sampled_energy"))
                .collectAsList();
        List<EnergyPoint> points = new ArrayList<>();
        long skipped = 0;
        for (Row row : rows) {
            Double exact = number(row, 2);
            Double vqe = number(row, 3);
            if (number(row, 1) == null || (exact == null && vqe == null)) {
                skipped++;
                continue;
            }
            points.add(new EnergyPoint(row.getString(0), row.getDouble(1), exact, vqe, number(row, 4)));
        }
        points.sort(Comparator.comparingDouble(EnergyPoint::bondLengthAngstrom).thenComparing(EnergyPoint::subproblemId));
        return new EnergyCurve(points, skipped);
    }

    /**
     * Mean ratio per run date and method over the last {@value #TREND_DATES} run dates with
     * benchmarks up to the run's own date, for {@code jobs} (see {@link #jobs()}).
     */
    public List<TrendPoint> trend(Set<String> jobs) {
        LocalDate until = Collections.max(scope.run().runDates());
        Dataset<Row> benchmarks = scope.all(QHybridTables.BENCHMARKS)
                .where(col("job").isin(jobs.toArray()).and(col("run_date").leq(lit(Date.valueOf(until))))
                        .and(finite("mean_ratio")).and(col("subproblems").gt(0)));
        List<Row> dates = benchmarks.select("run_date").distinct().orderBy(col("run_date").desc()).limit(TREND_DATES)
                .collectAsList();
        if (dates.isEmpty()) {
            return List.of();
        }
        Date from = (Date) dates.get(dates.size() - 1).get(0);
        List<Row> rows = benchmarks.where(col("run_date").geq(lit(from))).groupBy("run_date", "job", "method")
                .agg(sum(col("mean_ratio").multiply(col("subproblems"))).divide(sum("subproblems")), sum("subproblems"))
                .orderBy("run_date", "job", "method").collectAsList();
        boolean oneJob = rows.stream().map(r -> r.getString(1)).distinct().count() == 1;
        List<TrendPoint> points = new ArrayList<>();
        for (Row row : rows) {
            String series = oneJob ? row.getString(2) : row.getString(1) + " / " + row.getString(2);
            points.add(new TrendPoint(((Date) row.get(0)).toLocalDate(), series, row.getDouble(3), row.getLong(4)));
        }
        return points;
    }

    /**
     * The jobs the run covers: those of the run and its steps, and the {@code job} column of its
     * results and benchmarks (a step may write rows for several jobs).
     */
    public Set<String> jobs() {
        Set<String> jobs = new TreeSet<>(scope.run().jobs());
        for (var table : List.of(QHybridTables.RESULTS, QHybridTables.BENCHMARKS)) {
            scope.rows(table).select("job").distinct().collectAsList().forEach(r -> jobs.add(r.getString(0)));
        }
        return jobs;
    }

    private static Column finite(String column) {
        return col(column).isNotNull().and(not(isnan(col(column))));
    }

    private static Map<String, Long> counts(Dataset<Row> rows, String column) {
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.groupBy(column).count().orderBy(col("count").desc(), col(column)).collectAsList()
                .forEach(r -> counts.put(r.isNullAt(0) ? "(none)" : r.getString(0), r.getLong(1)));
        return counts;
    }

    private static Double number(Row row, int i) {
        return row.isNullAt(i) || Double.isNaN(row.getDouble(i)) ? null : row.getDouble(i);
    }
}
