package io.qhybrid.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.qhybrid.jobs.JobRegistry;
import io.qhybrid.jobs.JobRunner;
import io.qhybrid.jobs.RunIdentity;
import io.qhybrid.jobs.RunStatus;
import io.qhybrid.jobs.config.JobConfig;
import io.qhybrid.tables.QHybridTables;
import io.qhybrid.tables.RunRecord;
import io.qhybrid.testing.LocalSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingest and nightly jobs on real Spark (local[2]) and real Delta tables in a temporary
 * warehouse with an embedded metastore. Expected rejects are written by hand next to the
 * inputs, line by line.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestJobTest {
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

    private static JobRunner runner(Map<String, JobConfig> steps) {
        return new JobRunner(spark, tables, dir, new RunIdentity("tester", "test-version", "abc123"),
                JobRegistry.standard(), steps);
    }

    private static JobConfig ingestConfig(String prices, String graphs, String hamiltonians, double maxFraction) {
        Map<String, String> values = new HashMap<>(IngestOptions.DEFAULTS);
        values.put(IngestOptions.PRICES, prices);
        values.put(IngestOptions.GRAPHS, graphs);
        values.put(IngestOptions.HAMILTONIANS, hamiltonians);
        values.put(IngestOptions.MAX_REJECT_FRACTION, Double.toString(maxFraction));
        return new JobConfig("ingest", values);
    }

    private static Path write(String name, String... lines) throws IOException {
        Path file = dir.resolve("in").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    private static long count(String sql) {
        return spark.sql(sql).head().getLong(0);
    }

    /** rejects of one run: file name + ":" + line -> reason. */
    private static Map<String, String> rejects(String runId) {
        Map<String, String> out = new TreeMap<>();
        for (Row row : spark.sql("SELECT source, record_key, reason FROM qhybrid.rejects WHERE run_id = '" + runId + "'")
                .collectAsList()) {
            String source = row.getString(0);
            out.put(source.substring(source.lastIndexOf('/') + 1) + ":" + row.getString(1), row.getString(2));
        }
        return out;
    }

    @Test
    @Order(1)
    void badRecordsLandInRejectsWithTheirReasonAndGoodOnesLoad() throws IOException {
        write("p.csv",
                "date,asset_id,sector,close",
                "2024-01-02,A1,tech,10.5",
                "2024-01-02,A2,energy,20",
                "2024-01-03,A1,tech,NaN",
                "2024-01-03,A1,tech,Infinity",
                "2024-01-03,A2,energy,-3",
                "2024-01-04,A1,tech,11",
                "2024-01-04,A1,tech,12",
                "2024/01/05,A1,tech,1",
                "2024-01-05,A1,tech",
                "2024-01-05,A1,tech,abc",
                "",
                "2024-01-05,,tech,4");
        write("g1.txt", "# a triangle and bad lines", "0 1 2.5", "1 2", "2 0 0.5", "1 0 3", "3 3 1", "4 -1",
                "5 6 NaN", "7 8 -2", "x y", "9", "");
        write("h2-x.txt", "# comment", "-1.05", "0.39 Z0", "-0.011 Z1 Z0", "0.18 X0 X1", "0.1 Z0 Z0", "abc X1",
                "1 Q3", "1 Z-1", "0.2 I", "0.3 X1 X0");
        RunRecord run = runner(Map.of()).run(new IngestJob(),
                ingestConfig(dir.resolve("in/p.csv").toString(), dir.resolve("in/g1.txt").toString(),
                        dir.resolve("in/h2-x.txt").toString(), 1.0),
                LocalDate.of(2026, 11, 24), null);

        assertThat(run.status()).isEqualTo(RunStatus.PARTIAL);
        Map<String, String> rejects = rejects(run.runId());
        assertThat(rejects.keySet()).containsExactlyInAnyOrder(
                "p.csv:4", "p.csv:5", "p.csv:6", "p.csv:8", "p.csv:9", "p.csv:10", "p.csv:11", "p.csv:12", "p.csv:13",
                "g1.txt:5", "g1.txt:6", "g1.txt:7", "g1.txt:8", "g1.txt:9", "g1.txt:10", "g1.txt:11",
                "h2-x.txt:6", "h2-x.txt:7", "h2-x.txt:8", "h2-x.txt:9");
        assertThat(rejects).containsEntry("p.csv:4", "close is NaN")
                .containsEntry("p.csv:5", "close is infinite")
                .containsEntry("p.csv:6", "close must be positive, got -3")
                .containsEntry("p.csv:8", "duplicate key (date, asset_id), first seen at p.csv:7")
                .containsEntry("p.csv:12", "empty line")
                .containsEntry("p.csv:13", "missing asset_id")
                .containsEntry("g1.txt:5", "duplicate key (graph_id, u, v), first seen at g1.txt:2")
                .containsEntry("g1.txt:6", "self-loop on node 3")
                .containsEntry("g1.txt:7", "negative node id")
                .containsEntry("g1.txt:8", "weight is NaN")
                .containsEntry("h2-x.txt:6", "a qubit appears twice in the word 'Z0 Z0'")
                .containsEntry("h2-x.txt:8", "unknown Pauli letter in 'Q3': the letters are X, Y, Z and I");
        assertThat(rejects.get("p.csv:9")).startsWith("malformed date '2024/01/05'");
        assertThat(rejects.get("p.csv:10")).startsWith("wrong column count: 3");
        assertThat(rejects.get("g1.txt:9")).contains("Max-Cut weights must be >= 0");
        assertThat(rejects.get("h2-x.txt:9")).startsWith("negative qubit index");

        assertThat(spark.sql("SELECT asset_id, date, close FROM qhybrid.prices ORDER BY date, asset_id").collectAsList())
                .map(Row::toString)
                .containsExactly("[A1,2024-01-02,10.5]", "[A2,2024-01-02,20.0]", "[A1,2024-01-04,11.0]");
        assertThat(spark.sql("SELECT u, v, weight FROM qhybrid.graph_edges WHERE graph_id = 'g1' ORDER BY u, v")
                .collectAsList()).map(Row::toString)
                .containsExactly("[0,1,2.5]", "[0,2,0.5]", "[1,2,1.0]");
        assertThat(spark.sql("SELECT word, round(coefficient, 9) FROM qhybrid.hamiltonian_terms WHERE geometry_id = 'h2-x' ORDER BY word")
                .collectAsList()).map(Row::toString)
                .containsExactly("[I,-0.85]", "[X0 X1,0.48]", "[Z0,0.39]", "[Z0 Z1,-0.011]");
    }

    @Test
    @Order(2)
    void rerunOfTheSameDateAddsNoRows() {
        long prices = count("SELECT count(*) FROM qhybrid.prices");
        long edges = count("SELECT count(*) FROM qhybrid.graph_edges");
        long terms = count("SELECT count(*) FROM qhybrid.hamiltonian_terms");
        long rejects = count("SELECT count(*) FROM qhybrid.rejects");
        RunRecord again = runner(Map.of()).run(new IngestJob(),
                ingestConfig(dir.resolve("in/p.csv").toString(), dir.resolve("in/g1.txt").toString(),
                        dir.resolve("in/h2-x.txt").toString(), 1.0),
                LocalDate.of(2026, 11, 24), null);
        assertThat(again.status()).isEqualTo(RunStatus.PARTIAL);
        assertThat(count("SELECT count(*) FROM qhybrid.prices")).isEqualTo(prices);
        assertThat(count("SELECT count(*) FROM qhybrid.graph_edges")).isEqualTo(edges);
        assertThat(count("SELECT count(*) FROM qhybrid.hamiltonian_terms")).isEqualTo(terms);
        assertThat(count("SELECT count(*) FROM qhybrid.rejects")).isEqualTo(rejects);
        assertThat(count("SELECT count(DISTINCT run_id) FROM qhybrid.rejects")).isEqualTo(1);
    }

    @Test
    @Order(3)
    void aboveTheRejectThresholdTheRunFailsAndLandsNoInputRows() throws IOException {
        write("p2.csv", "date,asset_id,sector,close", "2025-02-03,B1,tech,5", "2025-02-03,B2,tech,oops");
        long prices = count("SELECT count(*) FROM qhybrid.prices");
        RunRecord run = runner(Map.of()).run(new IngestJob(),
                ingestConfig(dir.resolve("in/p2.csv").toString(), "", "", 0.05),
                LocalDate.of(2026, 11, 25), null);
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.message()).contains("prices 1 of 2").contains("rejects.max-fraction");
        assertThat(count("SELECT count(*) FROM qhybrid.prices")).isEqualTo(prices);
        assertThat(rejects(run.runId())).containsOnlyKeys("p2.csv:3");
    }

    @Test
    @Order(4)
    void nightlyRecordsEachStepUnderItsOwnRowAndMarksStaleRunsAbandoned() {
        LocalDate date = LocalDate.of(2026, 11, 26);
        spark.sql("INSERT INTO qhybrid.runs (run_id, job, run_date, status) VALUES "
                + "('stale-1', 'ingest', DATE'2026-11-26', 'running')");
        JobConfig ingest = ingestConfig(dir.resolve("in/p.csv").toString(), dir.resolve("in/g1.txt").toString(), "", 1.0);
        JobConfig nightly = new JobConfig("nightly", Map.of("steps", "ingest"));
        RunRecord run = runner(Map.of("ingest", ingest)).run(JobRegistry.standard().get("nightly"), nightly, date, null);

        assertThat(run.status()).isEqualTo(RunStatus.PARTIAL);
        List<Row> rows = spark.sql("SELECT job, status, parent_run_id, submitter, version, git_commit, config_hash "
                + "FROM qhybrid.runs WHERE run_date = DATE'2026-11-26' AND run_id <> 'stale-1' ORDER BY job").collectAsList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getString(0)).isEqualTo("ingest");
        assertThat(rows.get(0).getString(1)).isEqualTo("partial");
        assertThat(rows.get(0).getString(2)).isEqualTo(run.runId());
        assertThat(rows.get(0).getString(6)).isEqualTo(ingest.hash());
        assertThat(rows.get(1).getString(0)).isEqualTo("nightly");
        assertThat(rows.get(1).isNullAt(2)).isTrue();
        assertThat(rows.get(1).getString(3)).isEqualTo("tester");
        assertThat(rows.get(1).getString(4)).isEqualTo("test-version");
        assertThat(rows.get(1).getString(5)).isEqualTo("abc123");
        assertThat(spark.sql("SELECT status FROM qhybrid.runs WHERE run_id = 'stale-1'").head().getString(0))
                .isEqualTo("abandoned");
        assertThat(spark.sql("SELECT typeof(run_date) FROM qhybrid.runs LIMIT 1").head().getString(0)).isEqualTo("date");
    }

    /** The reason categories of sample-data/bad/*.expected.csv, recognised from our reasons. */
    private static String category(String reason) {
        String[][] rules = {
                {"close is NaN", "NON_FINITE"}, {"close is infinite", "NON_FINITE"},
                {"close must be positive", "NON_POSITIVE"}, {"malformed date", "BAD_DATE"},
                {"wrong column count", "WRONG_COLUMN_COUNT"}, {"non-numeric close", "NOT_NUMERIC"},
                {"duplicate key", "DUPLICATE_KEY"}, {"empty line", "EMPTY_LINE"}, {"missing ", "MISSING_VALUE"},
                {"malformed edge", "MALFORMED"}, {"not a non-negative integer", "MALFORMED"},
                {"negative node id", "NEGATIVE_NODE"}, {"weight", "BAD_WEIGHT"}, {"self-loop", "SELF_LOOP"},
                {"coefficient", "BAD_COEFFICIENT"}, {"appears twice", "REPEATED_QUBIT"},
                {"negative qubit index", "NEGATIVE_INDEX"}, {"unknown Pauli letter", "UNKNOWN_LETTER"},
                {"malformed Pauli factor", "MALFORMED_WORD"}};
        for (String[] rule : rules) {
            if (reason.contains(rule[0])) {
                return rule[1];
            }
        }
        return "UNRECOGNISED: " + reason;
    }

    @Test
    @Order(5)
    void everyShippedBadRecordIsRejectedForItsCatalogueReasonAndNothingElse() throws IOException {
        Path bad = LocalSpark.home().resolve("sample-data/bad");
        RunRecord run = runner(Map.of()).run(new IngestJob(),
                ingestConfig(bad.resolve("prices-bad.csv").toString(), bad.resolve("graph-bad.txt").toString(),
                        bad.resolve("h2-bad.txt").toString(), 1.0),
                LocalDate.of(2026, 11, 27), null);
        assertThat(run.status()).isEqualTo(RunStatus.PARTIAL);

        Map<String, String> expected = new TreeMap<>();
        for (String file : List.of("prices-bad", "graph-bad", "h2-bad")) {
            String data = file.equals("prices-bad") ? "prices-bad.csv" : file + ".txt";
            List<String> lines = Files.readAllLines(bad.resolve(file + ".expected.csv"));
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.split(",", 3);
                expected.put(data + ":" + fields[0], fields[1]);
            }
        }
        Map<String, String> actual = new TreeMap<>();
        rejects(run.runId()).forEach((where, reason) -> actual.put(where, category(reason)));
        assertThat(actual).isEqualTo(expected);
    }
}
