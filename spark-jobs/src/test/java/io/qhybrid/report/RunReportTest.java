package io.qhybrid.report;

import static io.qhybrid.report.TableRows.append;
import static io.qhybrid.report.TableRows.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.qhybrid.error.ErrorKind;
import io.qhybrid.error.QHybridException;
import io.qhybrid.tables.QHybridTables;
import io.qhybrid.testing.LocalSpark;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report of a nightly run written from rows put into real Delta tables (local[2], temporary
 * warehouse). Every number on the page is checked against an aggregate computed here, in plain
 * Java, from the rows the test inserted; rows of other runs, later dates and other jobs are
 * present so that a missing filter shows.
 */
class RunReportTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    static final Instant T0 = Instant.parse("2026-11-24T02:00:00Z");
    static final String N1 = "20261123-nightly-020000-aaaa0001";
    static final String N1_INGEST = "20261123-ingest-020005-aaaa0002";
    static final String N2 = "20261124-nightly-020000-bbbb0001";
    static final String INGEST = "20261124-ingest-020005-bbbb0002";
    static final String MAXCUT = "20261124-maxcut-020100-bbbb0003";
    static final String MOLECULE = "20261124-molecule-020500-bbbb0004";
    /** A later run of its own on the same date: more recent than N2 but not nightly, and not in N2's report. */
    static final String LATER = "20261124-maxcut-050000-cccc0001";

    record Sub(String runId, String job, String id, String sizeClass, int size, boolean shortlisted, String tier,
            String reason) {}

    record Result(String runId, String job, String id, String sizeClass, int size, String routedTier, String tier,
            Double ratio, String fallback, String status, String detail) {}

    record Attempt(String runId, String job, String subproblem, int attempt, String backend, String status,
            Long totalMs, Double cost, String costUnit, Integer shots, String approval) {}

    static final List<Sub> SUBS = List.of(
            new Sub(MAXCUT, "maxcut", "g-1", "small", 4, true, "classical-exact", "tiny"),
            new Sub(MAXCUT, "maxcut", "g-2", "small", 6, true, "classical-exact", "tiny"),
            new Sub(MAXCUT, "maxcut", "g-3", "medium", 10, true, "simulator", "qpu_disabled"),
            new Sub(MAXCUT, "maxcut", "g-4", "medium", 12, true, "simulator", "qpu_disabled"),
            new Sub(MAXCUT, "maxcut", "g-5", "medium", 14, true, "qpu", "approved"),
            new Sub(MAXCUT, "maxcut", "g-6", "medium", 11, true, "simulator", "not_approved"),
            new Sub(MAXCUT, "maxcut", "g-7", "medium", 13, true, "simulator", "budget_exhausted"),
            new Sub(MAXCUT, "maxcut", "g-8", "medium", 14, true, "qpu", "approved"),
            new Sub(MAXCUT, "maxcut", "g-9", "medium", 15, true, "qpu", "approved"),
            new Sub(MAXCUT, "maxcut", "g-10", "large", 30, true, "heuristic", "too_large"),
            new Sub(MAXCUT, "maxcut", "g-11", "large", 40, true, "heuristic", "too_large"),
            new Sub(MAXCUT, "maxcut", "g-12", "medium", 9, false, null, "not_shortlisted"),
            new Sub(MOLECULE, "molecule", "h2-a", "small", 4, true, "simulator", "qpu_disabled"),
            new Sub(MOLECULE, "molecule", "h2-b", "small", 4, true, "simulator", "qpu_disabled"),
            new Sub(MOLECULE, "molecule", "h2-c", "small", 4, true, "simulator", "qpu_disabled"),
            new Sub(MOLECULE, "molecule", "h2-d", "small", 4, true, "simulator", "qpu_disabled"),
            new Sub(MOLECULE, "molecule", "h2-e", "small", 4, true, "simulator", "qpu_disabled"),
            new Sub(LATER, "maxcut", "x-1", "medium", 10, true, "simulator", "backend_unhealthy"));

    static final List<Result> RESULTS = List.of(
            new Result(MAXCUT, "maxcut", "g-1", "small", 4, "classical-exact", "classical-exact", 1.0, null, "ok", null),
            new Result(MAXCUT, "maxcut", "g-2", "small", 6, "classical-exact", "classical-exact", 1.0, null, "ok", null),
            new Result(MAXCUT, "maxcut", "g-3", "medium", 10, "simulator", "simulator", 0.90, null, "ok", null),
            new Result(MAXCUT, "maxcut", "g-4", "medium", 12, "simulator", "simulator", 0.96, null, "ok", null),
            new Result(MAXCUT, "maxcut", "g-5", "medium", 14, "qpu", "simulator", 0.85, "timeout", "ok", null),
            new Result(MAXCUT, "maxcut", "g-6", "medium", 11, "simulator", "simulator", 0.93, null, "ok", null),
            new Result(MAXCUT, "maxcut", "g-7", "medium", 13, "simulator", "simulator", 0.88, null, "ok", null),
            new Result(MAXCUT, "maxcut", "g-8", "medium", 14, "qpu", "qpu", 0.80, null, "ok", null),
            new Result(MAXCUT, "maxcut", "g-9", "medium", 15, "qpu", null, null, "provider_failed", "failed", null),
            new Result(MAXCUT, "maxcut", "g-10", "large", 30, "heuristic", "heuristic", 0.97, null, "ok", null),
            new Result(MAXCUT, "maxcut", "g-11", "large", 40, "heuristic", "heuristic", 0.95, null, "ok", null),
            molecule("h2-a", "{\"bond_length_angstrom\": 0.5, \"exact_energy\": -1.055160, \"vqe_energy\": -1.054900,"
                    + " \"sampled_energy\": -1.041000}"),
            molecule("h2-b", "{\"bond_length_angstrom\": 2, \"exact_energy\": -0.948641, \"vqe_energy\": -0.948500,"
                    + " \"sampled_energy\": null}"),
            molecule("h2-c", "{\"bond_length_angstrom\": 0.735, \"exact_energy\": -1.137270, \"vqe_energy\": -1.137100,"
                    + " \"sampled_energy\": -1.130200}"),
            molecule("h2-d", "{\"exact_energy\": -1.0}"),
            molecule("h2-e", "{\"bond_length_angstrom\": 1.5, \"exact_energy\": -0.998149, \"vqe_energy\": -0.997600,"
                    + " \"sampled_energy\": -0.990000}"),
            new Result(LATER, "maxcut", "x-1", "medium", 10, "simulator", "simulator", 0.10, "rate_limited", "ok", null));

    static final List<Attempt> ATTEMPTS = List.of(
            new Attempt(MAXCUT, "maxcut", "g-5", 1, "ionq", "failed", 120_000L, 0.3, "USD", 1000, "A1"),
            new Attempt(MAXCUT, "maxcut", "g-5", 2, "statevector", "completed", 12L, null, null, 1000, null),
            new Attempt(MAXCUT, "maxcut", "g-8", 1, "ionq", "completed", 15_000L, 0.3, "USD", 1000, "A1"),
            new Attempt(MAXCUT, "maxcut", "g-9", 1, "ionq", "failed", 32_000L, 0.3, "USD", 1000, "A1"),
            new Attempt(MAXCUT, "maxcut", "g-9", 2, "ionq", "failed", 48_000L, 0.3, "USD", 1000, "A1"),
            new Attempt(MAXCUT, "maxcut", "g-9", 3, "ionq", "failed", null, 0.0, "USD", 1000, "A1"),
            new Attempt(MAXCUT, "maxcut", "g-3", 1, "statevector", "completed", 3L, null, null, 1000, null),
            new Attempt(MAXCUT, "maxcut", "g-4", 1, "statevector", "completed", 7L, null, null, 1000, null),
            new Attempt(MAXCUT, "maxcut", "g-6", 1, "statevector", "completed", 0L, null, null, 1000, null),
            new Attempt(MAXCUT, "maxcut", "g-7", 1, "statevector", "completed", 150L, null, null, 1000, null),
            new Attempt(MOLECULE, "molecule", "h2-a", 1, "statevector", "completed", 2_000L, null, null, 4000, null),
            new Attempt(MOLECULE, "molecule", "h2-b", 1, "statevector", "completed", 5_000L, null, null, 4000, null),
            new Attempt(LATER, "maxcut", "x-1", 1, "ibm", "completed", 999L, 9.9, "seconds", 1000, "A2"));

    @TempDir
    static Path dir;

    static SparkSession spark;
    static QHybridTables tables;
    static Report report;
    static String html;
    static Map<String, List<Map<String, String>>> page;

    static Result molecule(String id, String detail) {
        return new Result(MOLECULE, "molecule", id, "small", 4, "simulator", "simulator", null, null, "ok", detail);
    }

    @BeforeAll
    static void start() throws IOException {
        spark = LocalSpark.start(dir.resolve("warehouse"));
        tables = new QHybridTables(spark, "qhybrid").ensureAll();
        insertRuns();
        append(spark, "qhybrid.subproblems", SUBS.stream().map(s -> row("run_id", s.runId(), "run_date", DAY,
                "job", s.job(), "subproblem_id", s.id(), "kind", s.job(), "size", s.size(), "size_class", s.sizeClass(),
                "shortlisted", s.shortlisted(), "tier", s.tier(), "route_reason", s.reason())).toList());
        append(spark, "qhybrid.results", RESULTS.stream().map(r -> row("run_id", r.runId(), "run_date", DAY,
                "job", r.job(), "subproblem_id", r.id(), "kind", r.job(), "size", r.size(), "size_class", r.sizeClass(),
                "status", r.status(), "routed_tier", r.routedTier(), "tier", r.tier(), "approximation_ratio", r.ratio(),
                "fallback_reason", r.fallback(), "detail_json", r.detail())).toList());
        append(spark, "qhybrid.quantum_jobs", ATTEMPTS.stream().map(a -> row("run_id", a.runId(), "run_date", DAY,
                "job", a.job(), "subproblem_id", a.subproblem(), "attempt", a.attempt(), "backend", a.backend(),
                "idempotency_key", a.runId() + "/" + a.subproblem() + "/" + a.attempt(), "status", a.status(),
                "total_ms", a.totalMs(), "cost", a.cost(), "cost_unit", a.costUnit(), "shots", a.shots(),
                "approval_id", a.approval())).toList());
        append(spark, "qhybrid.approvals", List.of(row("approval_id", "A1", "approver", "ops-lead", "scope", "maxcut",
                "backend", "ionq", "max_shots", 10_000L, "max_cost", 5.0, "expires_at", Instant.parse("2026-12-31T00:00:00Z"),
                "run_id", "approvals-20261101")));
        append(spark, "qhybrid.rejects", List.of(
                row("run_id", INGEST, "job", "ingest", "run_date", DAY, "source", "prices.csv", "record_key", "7",
                        "reason", "close is not a number"),
                row("run_id", INGEST, "job", "ingest", "run_date", DAY, "source", "prices.csv", "record_key", "9",
                        "reason", "missing column close")));
        append(spark, "qhybrid.benchmarks", benchmarkRows());
        report = new RunReport(tables).write("latest", dir.resolve("latest"));
        html = Files.readString(report.index());
        page = HtmlTables.read(html);
    }

    /** {@code -Dqhybrid.report.example=DIR} keeps a copy of the nightly run's report for a person to look at. */
    @AfterAll
    static void stop() throws IOException {
        String keep = System.getProperty("qhybrid.report.example");
        if (keep != null && report != null) {
            Path target = Files.createDirectories(Path.of(keep));
            try (var files = Files.list(report.directory())) {
                for (Path file : files.toList()) {
                    Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        if (spark != null) {
            spark.stop();
        }
    }

    static void insertRuns() {
        append(spark, "qhybrid.runs", List.of(
                run(N1, null, "nightly", DAY.minusDays(1), "succeeded", T0.minus(Duration.ofDays(1)), 600),
                run(N1_INGEST, N1, "ingest", DAY.minusDays(1), "succeeded", T0.minus(Duration.ofDays(1)).plusSeconds(5), 60),
                run(N2, null, "nightly", DAY, "partial", T0, 1200),
                run(INGEST, N2, "ingest", DAY, "partial", T0.plusSeconds(5), 55),
                run(MAXCUT, N2, "maxcut", DAY, "succeeded", T0.plusSeconds(60), 240),
                run(MOLECULE, N2, "molecule", DAY, "succeeded", T0.plusSeconds(300), 420),
                run(LATER, null, "maxcut", DAY, "succeeded", T0.plus(Duration.ofHours(3)), 100)));
    }

    static Map<String, Object> run(String id, String parent, String job, LocalDate date, String status, Instant start,
            int seconds) {
        return row("run_id", id, "parent_run_id", parent, "job", job, "run_date", date, "status", status,
                "started_at", start, "finished_at", start.plusSeconds(seconds), "submitter", "scheduler",
                "version", "0.1.0", "git_commit", "abc1234", "config_hash", "cfg-" + id.substring(id.length() - 4));
    }

    /**
     * 32 dates up to the run's date for maxcut (qaoa and annealing, two size classes, and a size
     * class without a ratio), plus a later date and another job that the trend must leave out.
     */
    static List<Map<String, Object>> benchmarkRows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            LocalDate date = DAY.minusDays(31 - i);
            String runId = date.equals(DAY) ? MAXCUT : "bench-" + date;
            rows.add(bench(runId, date, "maxcut", "qaoa", "small", 2, 0.90 + 0.002 * i));
            rows.add(bench(runId, date, "maxcut", "qaoa", "medium", 5, 0.80 + 0.003 * i));
            rows.add(bench(runId, date, "maxcut", "annealing", "small", 2, 0.99));
            rows.add(bench(runId, date, "maxcut", "annealing", "medium", 5, 0.95 - 0.001 * i));
            rows.add(bench(runId, date, "maxcut", "annealing", "large", 3, null));
        }
        rows.add(bench("bench-future", DAY.plusDays(1), "maxcut", "qaoa", "small", 2, 0.5));
        rows.add(bench("bench-portfolio", DAY, "portfolio", "qaoa", "small", 2, 0.1));
        return rows;
    }

    static Map<String, Object> bench(String runId, LocalDate date, String job, String method, String sizeClass,
            long subproblems, Double meanRatio) {
        return row("run_id", runId, "run_date", date, "job", job, "method", method, "size_class", sizeClass,
                "subproblems", subproblems, "mean_ratio", meanRatio);
    }

    // ---------------------------------------------------------------------------------------

    @Test
    void latestIsTheMostRecentNightlyRunWithItsStepsInStartOrder() {
        assertThat(report.runId()).isEqualTo(N2);
        assertThat(report.stepRunIds()).containsExactly(INGEST, MAXCUT, MOLECULE);
        Map<String, String> run = HtmlTables.pairs(page.get("run"));
        assertThat(run).containsEntry("run id", N2).containsEntry("job", "nightly").containsEntry("run date", "2026-11-24")
                .containsEntry("status", "partial").containsEntry("submitter", "scheduler")
                .containsEntry("config hash", "cfg-0001").containsEntry("duration (s)", "1200.0")
                .containsEntry("started at", "2026-11-24T02:00:00Z");
        assertThat(page.get("steps")).extracting(r -> r.get("run id")).containsExactly(INGEST, MAXCUT, MOLECULE);
    }

    @Test
    void everyPlotIsAPngOfTheStatedSizeWithSomethingDrawn() throws IOException {
        assertThat(report.drawn()).containsExactly(ReportPlot.values());
        for (ReportPlot plot : ReportPlot.values()) {
            Path file = report.directory().resolve(plot.fileName());
            BufferedImage image = ImageIO.read(file.toFile());
            assertThat(image).as(plot.fileName()).isNotNull();
            assertThat(image.getWidth()).isEqualTo(ReportPlot.WIDTH);
            assertThat(image.getHeight()).isEqualTo(ReportPlot.HEIGHT);
            assertThat(inkShare(image)).as("share of non-white pixels in " + plot.fileName()).isBetween(0.01, 0.8);
            assertThat(html).contains("<img src=\"" + plot.fileName() + "\"");
        }
        assertThat(html).doesNotContain("<script").doesNotContain("http://").doesNotContain("https://")
                .doesNotContain("Plot skipped");
    }

    @Test
    void ratioTableHoldsTheCountMeanMinMedianAndMaxOfEachSizeClassAndTier() {
        Map<List<String>, List<Double>> expected = new TreeMap<>(Comparator.comparing(Object::toString));
        for (Result r : RESULTS) {
            if (!r.runId().equals(LATER) && r.ratio() != null) {
                expected.computeIfAbsent(List.of(r.sizeClass(), r.tier() == null ? r.routedTier() : r.tier()),
                        k -> new ArrayList<>()).add(r.ratio());
            }
        }
        List<Map<String, String>> rows = page.get("ratios");
        assertThat(rows).hasSize(expected.size());
        for (Map<String, String> row : rows) {
            List<Double> values = expected.get(List.of(row.get("size class"), row.get("tier")));
            assertThat(values).as(row.toString()).isNotNull();
            assertThat(Long.parseLong(row.get("results"))).isEqualTo(values.size());
            assertNumber(row.get("mean"), values.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
            assertNumber(row.get("min"), values.stream().mapToDouble(Double::doubleValue).min().orElseThrow());
            assertNumber(row.get("max"), values.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
            assertNumber(row.get("median"), median(values));
        }
        // size classes in order of their smallest subproblem, with the variable range seen in the results
        assertThat(rows).extracting(r -> r.get("size class")).containsExactly("small", "medium", "medium", "large");
        assertThat(rows).extracting(r -> r.get("variables")).containsExactly("4-6", "10-14", "10-14", "30-40");
        assertThat(rows.subList(1, 3)).extracting(r -> r.get("tier")).containsExactly("simulator", "qpu");
    }

    @Test
    void summaryCountsTiersResultsFallbacksRatiosAndCostOfTheRunAndItsStepsOnly() {
        Map<String, String> summary = HtmlTables.pairs(page.get("summary"));
        List<Sub> subs = SUBS.stream().filter(s -> !s.runId().equals(LATER)).toList();
        List<Result> results = RESULTS.stream().filter(r -> !r.runId().equals(LATER)).toList();
        assertThat(summary).containsEntry("candidate subproblems", String.valueOf(subs.size()))
                .containsEntry("shortlisted subproblems", String.valueOf(subs.stream().filter(Sub::shortlisted).count()))
                .containsEntry("results", String.valueOf(results.size()))
                .containsEntry("results that fell back",
                        String.valueOf(results.stream().filter(r -> r.fallback() != null).count()));
        subs.stream().filter(Sub::shortlisted).collect(Collectors.groupingBy(Sub::tier, Collectors.counting()))
                .forEach((tier, n) -> assertThat(summary).containsEntry("routed to " + tier, String.valueOf(n)));
        assertNumber(summary.get("mean approximation ratio, all tiers"), results.stream()
                .filter(r -> r.ratio() != null).mapToDouble(Result::ratio).average().orElseThrow());
        double ionqCost = ATTEMPTS.stream().filter(a -> !a.runId().equals(LATER) && a.backend().equals("ionq"))
                .mapToDouble(Attempt::cost).sum();
        assertNumber(summary.get("cost used on ionq (USD)"), ionqCost);
        assertThat(summary).doesNotContainKey("cost used on ibm (seconds)");

        Map<String, String> approvals = page.get("approvals").get(0);
        assertThat(approvals).containsEntry("approval", "A1").containsEntry("max shots", "10000")
                .containsEntry("shots used", "5000");
        assertNumber(approvals.get("cost used (%)"), 100 * ionqCost / 5.0);

        Map<String, String> tableRows = HtmlTables.pairs(page.get("table-rows"));
        assertThat(tableRows).containsEntry("runs", "4").containsEntry("rejects", "2")
                .containsEntry("subproblems", String.valueOf(subs.size()))
                .containsEntry("results", String.valueOf(results.size()))
                .containsEntry("quantum_jobs", String.valueOf(ATTEMPTS.size() - 1))
                .containsEntry("benchmarks", "5").containsEntry("prices", "0");
    }

    @Test
    void reasonTableCountsFallbacksAndRoutingDecisionsOfShortlistedSubproblems() {
        Map<String, Long> expected = new TreeMap<>();
        RESULTS.stream().filter(r -> !r.runId().equals(LATER) && r.fallback() != null)
                .forEach(r -> expected.merge("fallback/" + r.fallback(), 1L, Long::sum));
        SUBS.stream().filter(s -> !s.runId().equals(LATER) && s.shortlisted())
                .forEach(s -> expected.merge("routing/" + s.reason(), 1L, Long::sum));
        Map<String, Long> shown = new TreeMap<>();
        page.get("reasons").forEach(r -> shown.put(r.get("source") + "/" + r.get("reason"),
                Long.parseLong(r.get("subproblems"))));
        assertThat(shown).isEqualTo(expected);
    }

    @Test
    void latencyTablesMatchTheAttemptsOfEachBackend() {
        Map<String, List<Long>> times = new TreeMap<>();
        ATTEMPTS.stream().filter(a -> !a.runId().equals(LATER) && a.totalMs() != null)
                .forEach(a -> times.computeIfAbsent(a.backend(), k -> new ArrayList<>()).add(a.totalMs()));
        List<Map<String, String>> stats = page.get("latency");
        assertThat(stats).extracting(r -> r.get("backend")).containsExactlyElementsOf(times.keySet());
        for (Map<String, String> row : stats) {
            List<Long> values = times.get(row.get("backend"));
            assertThat(Long.parseLong(row.get("attempts"))).isEqualTo(values.size());
            assertThat(Long.parseLong(row.get("max (ms)"))).isEqualTo(values.stream().mapToLong(Long::longValue).max().orElseThrow());
            assertThat(Double.parseDouble(row.get("mean (ms)")))
                    .isCloseTo(values.stream().mapToLong(Long::longValue).average().orElseThrow(), within(0.051));
            assertThat(Double.parseDouble(row.get("median (ms)")))
                    .isCloseTo(median(values.stream().map(Long::doubleValue).toList()), within(0.051));
        }
        // bins with edges 1, 2, 5, 10, 20, 50, ... ms; under 1 ms counts in the first
        List<Double> edges = new ArrayList<>();
        for (double decade = 1; decade <= 1e7; decade *= 10) {
            edges.addAll(List.of(decade, 2 * decade, 5 * decade));
        }
        Map<String, Map<String, Long>> expected = new TreeMap<>();
        times.forEach((backend, values) -> values.forEach(ms -> {
            int bin = 0;
            while (edges.get(bin + 1) <= Math.max(ms, 1)) {
                bin++;
            }
            expected.computeIfAbsent(String.format("%.0f", edges.get(bin)), k -> new TreeMap<>()).merge(backend, 1L, Long::sum);
        }));
        Map<String, Map<String, Long>> shown = new TreeMap<>();
        for (Map<String, String> row : page.get("latency-bins")) {
            Map<String, Long> counts = new TreeMap<>();
            times.keySet().forEach(b -> {
                long n = Long.parseLong(row.get(b));
                if (n > 0) {
                    counts.put(b, n);
                }
            });
            shown.put(row.get("from (ms)"), counts);
        }
        assertThat(shown).isEqualTo(expected);
    }

    @Test
    void energyTableListsTheMoleculeGeometriesByBondLengthAndLeavesOutRowsWithoutOne() {
        List<Map<String, String>> rows = page.get("energy");
        assertThat(rows).extracting(r -> r.get("subproblem")).containsExactly("h2-a", "h2-c", "h2-e", "h2-b");
        assertThat(rows).extracting(r -> r.get("bond length (Å)")).containsExactly("0.500", "0.735", "1.500", "2.000");
        Map<String, String> c = rows.get(1);
        assertThat(c).containsEntry("exact", "-1.137270").containsEntry("VQE", "-1.137100")
                .containsEntry("sampled", "-1.130200").containsEntry("VQE - exact (mHa)", "0.170");
        assertThat(rows.get(3)).containsEntry("sampled", "").containsEntry("VQE", "-0.948500");
    }

    @Test
    void trendShowsTheLastThirtyBenchmarkDatesUpToTheRunWeightedBySubproblems() {
        Map<LocalDate, Map<String, double[]>> sums = new TreeMap<>();
        for (Map<String, Object> b : benchmarkRows()) {
            LocalDate date = (LocalDate) b.get("run_date");
            if (b.get("job").equals("maxcut") && !date.isAfter(DAY) && b.get("mean_ratio") != null) {
                double[] sum = sums.computeIfAbsent(date, k -> new TreeMap<>())
                        .computeIfAbsent((String) b.get("method"), k -> new double[2]);
                sum[0] += (Double) b.get("mean_ratio") * (Long) b.get("subproblems");
                sum[1] += (Long) b.get("subproblems");
            }
        }
        List<LocalDate> last30 = new ArrayList<>(sums.keySet()).subList(sums.size() - 30, sums.size());
        List<Map<String, String>> rows = page.get("trend");
        assertThat(rows).extracting(r -> LocalDate.parse(r.get("run date"))).containsExactlyElementsOf(last30);
        for (Map<String, String> row : rows) {
            sums.get(LocalDate.parse(row.get("run date"))).forEach((method, sum) ->
                    assertNumber(row.get(method), sum[0] / sum[1]));
        }
        assertThat(rows.get(0).keySet()).containsExactly("run date", "annealing", "qaoa");
    }

    @Test
    void anUnknownRunIsAUserErrorNamingTheIdAndHowToListRuns() {
        assertThatThrownBy(() -> new RunReport(tables).write("20261124-nightly-nope", dir.resolve("nope")))
                .isInstanceOfSatisfying(QHybridException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.USER_ERROR))
                .hasMessageContaining("'20261124-nightly-nope'")
                .hasMessageContaining("submit/qhybrid sql \"SELECT run_id, job, run_date, status FROM qhybrid.runs"
                        + " ORDER BY started_at DESC LIMIT 10\"");
        assertThat(dir.resolve("nope")).doesNotExist();
    }

    @Test
    void aRunWithoutDataSkipsEveryPlotWithANoteAndRemovesStalePlotFiles() throws IOException {
        Path out = Files.createDirectories(dir.resolve("reused"));
        for (ReportPlot plot : ReportPlot.values()) {
            Files.copy(report.directory().resolve(plot.fileName()), out.resolve(plot.fileName()));
        }
        Report older = new RunReport(tables).write(N1, out);
        assertThat(older.stepRunIds()).containsExactly(N1_INGEST);
        assertThat(older.skipped()).containsExactly(ReportPlot.values());
        String text = Files.readString(older.index());
        assertThat(text.split("Plot skipped:", -1)).hasSize(ReportPlot.values().length + 1);
        assertThat(text).doesNotContain("<img");
        assertThat(Arrays.stream(ReportPlot.values()).map(p -> out.resolve(p.fileName())).filter(Files::exists)).isEmpty();
    }

    @Test
    void withoutNightlyRunsLatestIsTheMostRecentRunAndMissingTablesReadAsEmpty() throws IOException {
        spark.sql("CREATE DATABASE IF NOT EXISTS solo");
        QHybridTables solo = new QHybridTables(spark, "solo");
        solo.ensure(QHybridTables.RUNS);
        append(spark, "solo.runs", List.of(
                run("solo-ingest", null, "ingest", DAY, "succeeded", T0, 10),
                run("solo-maxcut", null, "maxcut", DAY, "failed", T0.plusSeconds(60), 10),
                run("solo-old", null, "maxcut", DAY.minusDays(1), "succeeded", T0.minus(Duration.ofDays(1)), 10)));
        Report latest = new RunReport(solo).write("latest", dir.resolve("solo"));
        assertThat(latest.runId()).isEqualTo("solo-maxcut");
        assertThat(latest.status()).isEqualTo("failed");
        assertThat(latest.skipped()).containsExactly(ReportPlot.values());
        Map<String, String> tableRows = HtmlTables.pairs(HtmlTables.read(Files.readString(latest.index())).get("table-rows"));
        assertThat(tableRows).containsEntry("runs", "1").containsEntry("results", "0");
    }

    // ---------------------------------------------------------------------------------------

    /** Cells show 4 decimals: equal to the reference within half a unit of the last one. */
    static void assertNumber(String cell, double expected) {
        assertThat(cell).as("a number close to " + expected).isNotBlank();
        assertThat(Double.parseDouble(cell)).isCloseTo(expected, within(0.5e-4 + 1e-9));
    }

    /** The median with linear interpolation between the two middle values. */
    static double median(List<Double> values) {
        List<Double> sorted = values.stream().filter(Objects::nonNull).sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Share of pixels that are not (nearly) white. */
    static double inkShare(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r + g + b < 3 * 240) {
                    ink++;
                }
            }
        }
        return (double) ink / ((long) image.getWidth() * image.getHeight());
    }
}
