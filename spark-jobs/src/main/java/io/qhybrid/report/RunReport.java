package io.qhybrid.report;

import io.qhybrid.error.ErrorKind;
import io.qhybrid.error.QHybridException;
import io.qhybrid.report.internal.PlotData.EnergyCurve;
import io.qhybrid.report.internal.PlotData.Latency;
import io.qhybrid.report.internal.PlotData.Ratios;
import io.qhybrid.report.internal.PlotData.ReasonCount;
import io.qhybrid.report.internal.PlotData.TrendPoint;
import io.qhybrid.report.internal.PlotSection;
import io.qhybrid.report.internal.ReportCharts;
import io.qhybrid.report.internal.ReportPage;
import io.qhybrid.report.internal.ReportQueries;
import io.qhybrid.report.internal.ReportTable;
import io.qhybrid.report.internal.ReportTables;
import io.qhybrid.report.internal.ReportedRun;
import io.qhybrid.report.internal.RunResolver;
import io.qhybrid.report.internal.RunScope;
import io.qhybrid.report.internal.Summary;
import io.qhybrid.report.internal.SummaryQueries;
import io.qhybrid.tables.QHybridTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report of one run: resolves the run ({@code latest} or an id), reads its rows from the
 * Delta tables, draws the plots as PNG and writes {@code index.html} beside them. The directory
 * is self-contained. A plot whose data is empty is skipped and the page says why.
 */
public final class RunReport {
    /** The reference that names the most recent nightly run (else the most recent run). */
    public static final String LATEST = RunResolver.LATEST;

    private static final Logger LOG = LoggerFactory.getLogger(RunReport.class);

    private final QHybridTables tables;

    public RunReport(QHybridTables tables) {
        this.tables = tables;
    }

    /** Where a report goes when no directory is given: {@code reports/<run_id>} under the working directory. */
    public static Path defaultDirectory(String runId) {
        return Path.of("reports").resolve(runId).toAbsolutePath();
    }

    /**
     * @param reference a run id or {@link #LATEST}
     * @param directory the directory to write, or null for {@link #defaultDirectory(String)}
     * @throws io.qhybrid.error.QHybridException a user error when the run is unknown
     */
    public Report write(String reference, Path directory) {
        ReportCharts.headless();
        long start = System.nanoTime();
        ReportedRun reported = new RunResolver(tables).resolve(reference);
        LOG.info("Reporting on run {} ({} steps), resolved in {} ms", reported.run().runId(), reported.steps().size(),
                millisSince(start));
        String runId = reported.run().runId();
        Path dir = directory == null ? defaultDirectory(runId) : directory.toAbsolutePath();
        String subtitle = reported.describe();
        try (RunScope scope = new RunScope(tables, reported)) {
            Files.createDirectories(dir);
            ReportQueries queries = new ReportQueries(scope);
            Summary summary = new SummaryQueries(scope).summary();
            List<PlotSection> sections = new ArrayList<>();

            Ratios ratios = queries.ratios();
            sections.add(plot(dir, ReportPlot.RATIOS, "Approximation ratio of each result (its objective against the"
                    + " reference objective), by size class and by the tier that produced it.",
                    ratios.groups().isEmpty() ? "no results with an approximation ratio for this run." : null,
                    () -> ReportCharts.ratios(ratios, subtitle), ReportTables.ratios(ratios)));

            List<ReasonCount> reasons = queries.reasons();
            sections.add(plot(dir, ReportPlot.FALLBACKS, "How often each reason was recorded: results that fell back"
                    + " from their routed tier (results.fallback_reason), and the routing decision of each shortlisted"
                    + " subproblem (subproblems.route_reason).",
                    reasons.isEmpty() ? "no fallbacks and no routing decisions recorded for this run." : null,
                    () -> ReportCharts.reasons(reasons, subtitle), ReportTables.reasons(reasons)));

            Latency latency = queries.latency();
            sections.add(plot(dir, ReportPlot.LATENCY, "Total time of each backend submission attempt"
                    + " (quantum_jobs.total_ms: queue and execution), per backend, on logarithmic bins.",
                    latency.bins().isEmpty() ? "no quantum job attempts with a total time for this run." : null,
                    () -> ReportCharts.latency(latency, subtitle), ReportTables.latency(latency),
                    ReportTables.latencyBins(latency)));

            EnergyCurve energy = queries.energy();
            sections.add(plot(dir, ReportPlot.ENERGY, "Energy of the molecule against bond length (results of job"
                    + " molecule, from detail_json): exact, VQE at its optimised parameters, and the sampled estimate"
                    + " where recorded.",
                    energy.points().isEmpty() ? "no molecule results with a bond length and an energy for this run"
                            + (energy.skipped() > 0 ? " (" + energy.skipped() + " rows lacked them)." : ".") : null,
                    () -> ReportCharts.energy(energy, subtitle), ReportTables.energy(energy)));

            Set<String> jobs = queries.jobs();
            List<TrendPoint> trend = queries.trend(jobs);
            sections.add(plot(dir, ReportPlot.TREND, "Mean approximation ratio per method on each of the last "
                    + ReportQueries.TREND_DATES + " run dates with benchmarks, up to this run's date, for the jobs this"
                    + " run covers (" + String.join(", ", jobs) + ").",
                    trend.isEmpty() ? "no benchmarks up to " + reported.run().runDate() + " for jobs " + String.join(", ", jobs)
                            + "." : null,
                    () -> ReportCharts.trend(trend, reported.run().runDate(), "up to run " + runId),
                    ReportTables.trend(trend)));

            LOG.info("Read the tables and drew the plots in {} ms", millisSince(start));
            Path index = dir.resolve("index.html");
            Files.writeString(index, ReportPage.render(reported, summary, sections, tables.database()));
            return new Report(runId, reported.run().job(), reported.run().runDate(), reported.run().status(),
                    reported.steps().stream().map(s -> s.runId()).toList(), dir, index,
                    sections.stream().filter(PlotSection::drawn).map(PlotSection::plot).toList(),
                    sections.stream().filter(s -> !s.drawn()).map(PlotSection::plot).toList());
        } catch (IOException e) {
            throw new QHybridException(ErrorKind.USER_ERROR, "Cannot write the report of run " + runId + " to " + dir
                    + ": " + e + ". Pass --out DIR with a directory you can write to.", e);
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    /** Draws one plot, or removes a stale file of it when there is nothing to draw. */
    private static PlotSection plot(Path dir, ReportPlot plot, String description, String skipNote,
            Supplier<JFreeChart> chart, ReportTable... tables) throws IOException {
        Path file = dir.resolve(plot.fileName());
        if (skipNote != null) {
            Files.deleteIfExists(file);
            return new PlotSection(plot, description, skipNote, List.of());
        }
        ReportCharts.save(chart.get(), file);
        return new PlotSection(plot, description, null, List.of(tables));
    }
}
