package io.qhybrid.report.internal;

import static io.qhybrid.report.internal.ReportTable.fixed;

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
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The tables of numbers shown on a report page, one factory per table; ids are stable for readers and tests. */
public final class ReportTables {
    private ReportTables() {}

    public static ReportTable run(RunInfo run) {
        ReportTable.Builder table = ReportTable.builder("run", "Run", "field", "value")
                .row("run id", run.runId()).row("job", run.job()).row("run date", run.runDate())
                .row("status", run.status()).row("started at", time(run.startedAt()))
                .row("finished at", time(run.finishedAt())).row("duration (s)", seconds(run.duration()))
                .row("submitter", run.submitter()).row("version", run.version()).row("git commit", run.gitCommit())
                .row("config hash", run.configHash());
        if (run.parentRunId() != null) {
            table.row("parent run id", run.parentRunId());
        }
        return table.row("message", run.message()).build();
    }

    public static ReportTable steps(List<RunInfo> steps) {
        ReportTable.Builder table = ReportTable.builder("steps", "Steps (runs with this run as parent)",
                "run id", "job", "status", "started at", "duration (s)", "message");
        steps.forEach(s -> table.row(s.runId(), s.job(), s.status(), time(s.startedAt()), seconds(s.duration()),
                s.message()));
        return table.build();
    }

    public static ReportTable summary(Summary s) {
        ReportTable.Builder table = ReportTable.builder("summary", "Summary", "measure", "value")
                .row("candidate subproblems", s.candidates()).row("shortlisted subproblems", s.shortlisted());
        s.tiers().forEach((tier, n) -> table.row("routed to " + tier, n));
        table.row("results", s.resultStatuses().values().stream().mapToLong(Long::longValue).sum());
        s.resultStatuses().forEach((status, n) -> table.row("results " + status, n));
        table.row("results that fell back", s.fallbacks());
        s.ratiosByTier().forEach((tier, r) -> table.row("mean approximation ratio, " + tier, fixed(r.mean(), 4)));
        table.row("quantum job attempts", s.jobStatuses().values().stream().mapToLong(Long::longValue).sum());
        s.jobStatuses().forEach((status, n) -> table.row("quantum job attempts " + status, n));
        s.costs().stream().filter(c -> c.cost() != 0 || !c.costUnit().equals(SummaryQueries.NONE)).forEach(c -> table.row(
                "cost used on " + c.backend() + (c.costUnit().equals(SummaryQueries.NONE) ? "" : " (" + c.costUnit() + ")"),
                fixed(c.cost(), 4)));
        return table.build();
    }

    public static ReportTable tableRows(Summary s) {
        ReportTable.Builder table = ReportTable.builder("table-rows", "Rows of this run per table", "table", "rows");
        s.tableRows().forEach(table::row);
        return table.build();
    }

    public static ReportTable costs(Summary s) {
        ReportTable.Builder table = ReportTable.builder("costs", "Quantum jobs per backend: attempts, shots and cost",
                "backend", "cost unit", "attempts", "shots", "cost");
        s.costs().forEach(c -> table.row(c.backend(), c.costUnit(), c.attempts(), c.shots(), fixed(c.cost(), 4)));
        return table.build();
    }

    public static ReportTable approvals(Summary s) {
        ReportTable.Builder table = ReportTable.builder("approvals", "Budget used under each approval",
                "approval", "approver", "shots used", "max shots", "cost used", "max cost", "cost used (%)");
        s.approvals().forEach(a -> table.row(a.approvalId(), a.approver(), a.shots(), a.maxShots(), fixed(a.cost(), 4),
                fixed(a.maxCost(), 4), a.maxCost() == null || a.maxCost() == 0 ? "" : fixed(100 * a.cost() / a.maxCost(), 1)));
        return table.build();
    }

    public static ReportTable ratios(Ratios ratios) {
        Map<String, SizeRange> sizes = ratios.sizeClasses().stream()
                .collect(Collectors.toMap(SizeRange::sizeClass, Function.identity()));
        ReportTable.Builder table = ReportTable.builder("ratios", "Approximation ratio by size class and tier used",
                "size class", "variables", "tier", "results", "mean", "min", "q1", "median", "q3", "max");
        for (RatioGroup g : ratios.groups()) {
            SizeRange range = sizes.get(g.sizeClass());
            table.row(g.sizeClass(), range.minSize() == range.maxSize() ? range.minSize() + ""
                    : range.minSize() + "-" + range.maxSize(), g.tier(), g.count(), fixed(g.mean(), 4), fixed(g.min(), 4),
                    fixed(g.q1(), 4), fixed(g.median(), 4), fixed(g.q3(), 4), fixed(g.max(), 4));
        }
        return table.build();
    }

    public static ReportTable reasons(List<ReasonCount> reasons) {
        ReportTable.Builder table = ReportTable.builder("reasons",
                "Reasons: execution fallbacks (results.fallback_reason) and routing decisions of shortlisted subproblems"
                        + " (subproblems.route_reason)", "source", "reason", "subproblems");
        reasons.forEach(r -> table.row(r.source(), r.reason(), r.count()));
        return table.build();
    }

    public static ReportTable latency(Latency latency) {
        ReportTable.Builder table = ReportTable.builder("latency", "Total time per attempt (quantum_jobs.total_ms)",
                "backend", "attempts", "mean (ms)", "median (ms)", "p95 (ms)", "max (ms)");
        for (BackendLatency b : latency.backends()) {
            table.row(b.backend(), b.attempts(), fixed(b.meanMs(), 1), fixed(b.medianMs(), 1), fixed(b.p95Ms(), 1),
                    b.maxMs());
        }
        return table.build();
    }

    public static ReportTable latencyBins(Latency latency) {
        Set<String> backends = new LinkedHashSet<>();
        Map<Integer, Map<String, Long>> bins = new TreeMap<>();
        for (LatencyBin bin : latency.bins()) {
            backends.add(bin.backend());
            bins.computeIfAbsent(bin.bin(), k -> new TreeMap<>()).put(bin.backend(), bin.count());
        }
        List<String> headers = new ArrayList<>(List.of("from (ms)", "to (ms)"));
        headers.addAll(backends);
        ReportTable.Builder table = ReportTable.builder("latency-bins", "Histogram: attempts per time bin and backend",
                headers.toArray(String[]::new));
        DecimalFormat plain = new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
        bins.forEach((bin, counts) -> {
            List<Object> row = new ArrayList<>(List.of(plain.format(LatencyBin.lowMs(bin)),
                    plain.format(LatencyBin.highMs(bin))));
            backends.forEach(b -> row.add(counts.getOrDefault(b, 0L)));
            table.row(row.toArray());
        });
        return table.build();
    }

    public static ReportTable energy(EnergyCurve curve) {
        ReportTable.Builder table = ReportTable.builder("energy", "Energies by bond length (Hartree)",
                "subproblem", "bond length (Å)", "exact", "VQE", "sampled", "VQE - exact (mHa)");
        for (EnergyPoint p : curve.points()) {
            Double gap = p.exactEnergy() == null || p.vqeEnergy() == null ? null : 1000 * (p.vqeEnergy() - p.exactEnergy());
            table.row(p.subproblemId(), fixed(p.bondLengthAngstrom(), 3), fixed(p.exactEnergy(), 6),
                    fixed(p.vqeEnergy(), 6), fixed(p.sampledEnergy(), 6), fixed(gap, 3));
        }
        return table.build();
    }

    /** One row per run date, one column per method. */
    public static ReportTable trend(List<TrendPoint> points) {
        Set<String> series = new LinkedHashSet<>();
        Map<LocalDate, Map<String, Double>> byDate = new TreeMap<>();
        for (TrendPoint p : points) {
            series.add(p.series());
            byDate.computeIfAbsent(p.runDate(), k -> new TreeMap<>()).put(p.series(), p.meanRatio());
        }
        List<String> headers = new ArrayList<>(List.of("run date"));
        headers.addAll(series);
        ReportTable.Builder table = ReportTable.builder("trend", "Mean approximation ratio per run date and method",
                headers.toArray(String[]::new));
        byDate.forEach((date, values) -> {
            List<Object> row = new ArrayList<>(List.of(date));
            series.forEach(s -> row.add(fixed(values.get(s), 4)));
            table.row(row.toArray());
        });
        return table.build();
    }

    private static String time(Instant instant) {
        return instant == null ? "" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String seconds(Duration duration) {
        return duration == null ? "" : fixed(duration.toMillis() / 1000.0, 1);
    }
}
