package io.qhybrid.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import io.qhybrid.cli.QHybridMain;
import io.qhybrid.jobs.JobRunner;
import io.qhybrid.jobs.RunStatus;
import io.qhybrid.tables.QHybridTables;
import io.qhybrid.tables.RunRecord;
import io.qhybrid.testing.LocalSpark;
import io.qhybrid.testing.PipelineFixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pipelines on input tables that ingest would never have written (another producer, a manual fix
 * gone wrong): non-finite prices and weights, negative weights, a subgraph larger than any
 * backend, no prices at all. Each must end somewhere a person looks (a {@code rejects} row, a
 * routing reason, a USER_ERROR naming the fix), never as a stack trace, a silent loss or a
 * half-written run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineBadInputTest {
    @TempDir
    static Path dir;

    static SparkSession spark;
    static QHybridTables tables;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start(dir.resolve("warehouse"));
        tables = new QHybridTables(spark, "qhybrid").ensureAll();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static List<Row> rows(String sql) {
        return spark.sql(sql).collectAsList();
    }

    /** Four assets a sector, 200 daily closes each (a seeded random walk); {@code poison} replaces one close. */
    private static void writePrices(Map<String, Double> poison) {
        List<Row> rows = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(3);
        for (String sector : List.of("tech", "energy", "nan", "inf")) {
            for (int a = 0; a < 4; a++) {
                String asset = sector.toUpperCase(java.util.Locale.ROOT) + a;
                double close = 50 + 10 * a;
                for (int d = 0; d < 200; d++) {
                    close *= Math.exp(0.0005 * (a + 1) + 0.02 * (random.nextDouble() - 0.5));
                    double value = d == 150 ? poison.getOrDefault(asset, close) : close;
                    rows.add(RowFactory.create(Date.valueOf(LocalDate.of(2026, 1, 1).plusDays(d)), asset, sector, value,
                            "test", "fixture"));
                }
            }
        }
        PipelineFixtures.append(tables, QHybridTables.PRICES, rows);
    }

    @Test
    @Order(1)
    void nonFinitePricesAreRejectedAsRowsAndTheirSectorsSolvedWithoutTheAsset() {
        writePrices(Map.of("NAN1", Double.NaN, "INF2", Double.POSITIVE_INFINITY, "TECH3", -4.0));
        RunRecord run = PipelineFixtures.run(tables, dir, "portfolio", LocalDate.of(2026, 9, 1),
                Map.of("portfolio.per-sector", "4", "portfolio.k", "2", "portfolio.min-observations", "120"));

        assertThat(run.status()).as(run.message()).isEqualTo(RunStatus.PARTIAL);
        assertThat(run.status().exitCode()).isEqualTo(3);
        String day = Date.valueOf(LocalDate.of(2026, 1, 1).plusDays(150)).toString();
        Map<String, String> rejects = new TreeMap<>();
        rows("SELECT record_key, source, reason FROM qhybrid.rejects WHERE run_id = '" + run.runId() + "'")
                .forEach(r -> rejects.put(r.getString(0), r.getString(1) + ": " + r.getString(2)));
        assertThat(rejects).containsOnlyKeys("NAN1@" + day, "INF2@" + day, "TECH3@" + day);
        assertThat(rejects.get("NAN1@" + day)).isEqualTo("prices: close must be a finite positive price, got NaN;"
                + " the asset is left out of this run: correct or delete the row in prices, then rerun the date");
        assertThat(rejects.get("INF2@" + day)).contains("got Infinity;");
        assertThat(rejects.get("TECH3@" + day)).contains("got -4.0;");
        // every sector is still solved, its model built from the good assets only
        Map<String, String> chosen = new TreeMap<>();
        rows("SELECT r.subproblem_id, s.size, s.model_text FROM qhybrid.results r JOIN qhybrid.subproblems s"
                + " USING (run_id, subproblem_id) WHERE r.run_id = '" + run.runId() + "'")
                .forEach(r -> chosen.put(r.getString(0), r.getInt(1) + " " + r.getString(2)));
        assertThat(chosen).containsOnlyKeys("portfolio:energy", "portfolio:inf", "portfolio:nan", "portfolio:tech");
        assertThat(chosen.get("portfolio:energy")).startsWith("4 ");
        assertThat(chosen.get("portfolio:nan")).startsWith("3 ").doesNotContain("NAN1");
        assertThat(chosen.get("portfolio:inf")).startsWith("3 ").doesNotContain("INF2");
        assertThat(chosen.get("portfolio:tech")).startsWith("3 ").doesNotContain("TECH3");
    }

    /** {@code u v weight} edges of a complete bipartite graph: even nodes against odd nodes of 0..n-1. */
    private static List<double[]> bipartite(int n) {
        List<double[]> edges = new ArrayList<>();
        for (int u = 0; u < n; u++) {
            for (int v = u + 1; v < n; v += 2) {
                if ((u + v) % 2 == 1) {
                    edges.add(new double[] {u, v, 1.0});
                }
            }
        }
        return edges;
    }

    private static void writeGraph(String graphId, List<double[]> edges) {
        List<Row> rows = new ArrayList<>();
        for (double[] e : edges) {
            rows.add(RowFactory.create(graphId, (int) e[0], (int) e[1], e[2], "test", "fixture"));
        }
        PipelineFixtures.append(tables, QHybridTables.GRAPH_EDGES, rows);
    }

    /** A 10-node cycle whose edge 3-4 has {@code weight}. */
    private static List<double[]> cycleWith(double weight) {
        List<double[]> edges = new ArrayList<>();
        for (int u = 0; u < 10; u++) {
            int v = (u + 1) % 10;
            edges.add(new double[] {Math.min(u, v), Math.max(u, v), u == 3 ? weight : 1.0});
        }
        return edges;
    }

    @Test
    @Order(2)
    void badWeightsAreRejectedAndATooLargeSubgraphIsServedByTheHeuristicWithItsReason() {
        writeGraph("small", bipartite(12)); // max cut 36: every edge, one side per parity
        writeGraph("big", bipartite(40)); // max cut 400, and 40 qubits: more than any backend here
        writeGraph("nan", cycleWith(Double.NaN));
        writeGraph("neg", cycleWith(-1.5));
        writeGraph("inf", cycleWith(Double.POSITIVE_INFINITY));
        RunRecord run = PipelineFixtures.run(tables, dir, "maxcut", LocalDate.of(2026, 9, 2),
                Map.of("maxcut.max-nodes", "40", PipelineOptions.SIMULATOR_MAX_QUBITS, "20",
                        PipelineOptions.QAOA_MAX_EVALUATIONS, "40", PipelineOptions.QAOA_STARTS, "1"));

        assertThat(run.status()).as(run.message()).isEqualTo(RunStatus.PARTIAL);
        String where = " WHERE run_id = '" + run.runId() + "'";
        Map<String, String> decisions = new TreeMap<>();
        rows("SELECT source_key, tier, route_reason FROM qhybrid.subproblems" + where)
                .forEach(r -> decisions.put(r.getString(0), r.getString(1) + " / " + r.getString(2)));
        assertThat(decisions).containsOnlyKeys("small", "big", "nan", "neg", "inf")
                .containsEntry("small", "simulator / qpu_disabled")
                .containsEntry("big", "heuristic / too_large");
        assertThat(decisions.get("nan")).startsWith("null / rejected: edge 3-4 has weight NaN");
        assertThat(decisions.get("neg")).startsWith("null / rejected: edge 3-4 has weight -1.5");
        assertThat(decisions.get("inf")).startsWith("null / rejected: edge 3-4 has weight Infinity");

        assertThat(rows("SELECT raw_record, reason FROM qhybrid.rejects" + where + " ORDER BY 1"))
                .map(r -> r.getString(0) + ": " + r.getString(1))
                .containsExactly("inf: " + decisions.get("inf").substring(7), "nan: " + decisions.get("nan").substring(7),
                        "neg: " + decisions.get("neg").substring(7));
        assertThat(decisions.get("neg")).endsWith("Max-Cut needs finite, non-negative weights (fix the edge in graph_edges)");

        Row big = rows("SELECT routed_tier, tier, method, objective, feasible, exact_objective, status FROM qhybrid.results"
                + where + " AND subproblem_id = 'big:b00000'").get(0);
        assertThat(big.toString()).isEqualTo("[heuristic,heuristic,simulated-annealing,400.0,true,null,completed]");
        Row small = rows("SELECT tier, exact_objective, objective FROM qhybrid.results" + where
                + " AND subproblem_id = 'small:b00000'").get(0);
        assertThat(small.getString(0)).isEqualTo("simulator");
        assertThat(small.getDouble(1)).isEqualTo(36.0);
        assertThat(small.getDouble(2)).isBetween(1.0, 36.0);
        assertThat(rows("SELECT count(*) FROM qhybrid.results" + where).get(0).getLong(0)).isEqualTo(2);
    }

    private static long rowsOf(QHybridTables t, String runId) {
        return rows("SELECT (SELECT count(*) FROM " + t.qualified(QHybridTables.SUBPROBLEMS) + " WHERE run_id = '" + runId
                + "') + (SELECT count(*) FROM " + t.qualified(QHybridTables.RESULTS) + " WHERE run_id = '" + runId
                + "') + (SELECT count(*) FROM " + t.qualified(QHybridTables.QUANTUM_JOBS) + " WHERE run_id = '" + runId
                + "') + (SELECT count(*) FROM " + t.qualified(QHybridTables.BENCHMARKS) + " WHERE run_id = '" + runId
                + "') + (SELECT count(*) FROM " + t.qualified(QHybridTables.REJECTS) + " WHERE run_id = '" + runId + "')")
                .get(0).getLong(0);
    }

    @Test
    @Order(3)
    void noPricesAtAllFailTheRunWithTheFixAndWriteNothing() {
        QHybridTables empty = new QHybridTables(spark, "qhybrid_empty").ensureAll();
        JobRunner runner = PipelineFixtures.runner(empty, dir);
        RunRecord run = PipelineFixtures.run(runner, "portfolio", LocalDate.of(2026, 9, 1), Map.of());

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.message()).contains("There are no prices on or before 2026-09-01").contains("run ingest first");
        assertThat(runner.failedOnUserError(run)).as("failed on bad input: exit code 2").isTrue();
        assertThat(rowsOf(empty, run.runId())).as("rows of the failed run").isZero();
        assertThat(rows("SELECT status FROM qhybrid_empty.runs WHERE run_id = '" + run.runId() + "'"))
                .map(r -> r.getString(0)).containsExactly("failed");
    }

    /** Last: the launcher's run command stops the session it was given when it ends. */
    @Test
    @Order(4)
    void throughTheCliAnEmptyInputIsAUserErrorWithExitCodeTwo() {
        spark.conf().set("spark.qhybrid.database", "qhybrid_empty");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = QHybridMain.execute(List.of("run", "portfolio", "--date", "2026-09-02"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(printed + err.toString(StandardCharsets.UTF_8)).isEqualTo(2);
        assertThat(printed).contains("\"status\" : \"failed\"").contains("run ingest first");
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("Exception");
    }
}
