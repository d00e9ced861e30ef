package io.qhybrid.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import io.qhybrid.emulator.QpuEmulator;
import io.qhybrid.jobs.JobRunner;
import io.qhybrid.jobs.RunStatus;
import io.qhybrid.tables.QHybridTables;
import io.qhybrid.tables.RunRecord;
import io.qhybrid.testing.ChildProcess;
import io.qhybrid.testing.LocalSpark;
import io.qhybrid.testing.PipelineFixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A QPU run with a known API key in its process environment, as {@code qhybrid run} starts it,
 * then a search for the key everywhere the run leaves text: its stdout and stderr (all loggers at
 * INFO, QHybrid at DEBUG, Spark's own configuration logged), every file of the warehouse (Delta
 * logs, the metastore), every row of every table read back, and Spark's event log, which holds
 * the environment page (the key is also handed to executors with {@code spark.executorEnv}, as
 * clusters do, so the page has it to redact). Plain http:// to another host is refused before
 * anything runs.
 */
class PipelineSecretsTest {
    /** Looks like an IonQ key and appears nowhere else in the code or the data. */
    private static final String KEY = "ionq-live-7Hq2Zc9XwV4mN1pR8sT5yU3bK6dF0gJ";

    @TempDir
    static Path dir;

    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start(dir.resolve("reader"));
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void theApiKeyAppearsInNoLogTableFileOrEventLog() throws Exception {
        Path warehouse = dir.resolve("warehouse");
        Path events = Files.createDirectories(dir.resolve("events"));
        try (QpuEmulator emulator = QpuEmulator.builder().ionqKey(KEY).noiseless().start()) {
            ChildProcess.Ended run = ChildProcess.run(dir, "maxcut", Map.of(
                            "log4j2.configurationFile", verboseLogging(),
                            "spark.eventLog.enabled", "true",
                            "spark.eventLog.dir", events.toUri().toString(),
                            "spark.logConf", "true",
                            "spark.executorEnv.IONQ_API_KEY", KEY),
                    Map.of("IONQ_API_KEY", KEY),
                    List.of("--setup", warehouse.toString(), "run", "maxcut", "--date", "2026-11-24",
                            "--set", "maxcut.max-nodes=8", "--set", "routing.exact-max-variables=2",
                            "--set", "qaoa.starts=1", "--set", "qaoa.max-evaluations=20",
                            "--set", "qpu.enabled=true", "--set", "qpu.backend=ionq", "--set", "qpu.rate=200",
                            "--set", "qpu.endpoint=" + emulator.baseUri()),
                    600);
            String stdout = Files.readString(run.stdout());
            assertThat(run.exitCode()).as(stdout + tail(run.stderr())).isZero();
            assertThat(stdout).contains("\"status\" : \"succeeded\"").contains("\"qpu\" :");
            assertThat(emulator.counters().totalJobs()).as("QPU jobs the emulator accepted with the key").isPositive();

            assertThat(mentionsKey(Files.readAllBytes(run.stdout()))).as("stdout").isFalse();
            assertThat(Files.size(run.stderr())).as("stderr logged the run").isGreaterThan(10_000);
            assertThat(mentionsKey(Files.readAllBytes(run.stderr()))).as("stderr").isFalse();
            assertThat(filesMentioningKey(warehouse)).as("warehouse files").isEmpty();

            List<Path> eventLogs = files(events);
            assertThat(eventLogs).hasSize(1);
            String eventLog = Files.readString(eventLogs.get(0));
            assertThat(eventLog).contains("SparkListenerEnvironmentUpdate")
                    .contains("\"spark.executorEnv.IONQ_API_KEY\":\"*********(redacted)\"");
            assertThat(filesMentioningKey(events)).as("event log").isEmpty();

            List<String> tables = new ArrayList<>();
            try (Stream<Path> dirs = Files.list(warehouse.resolve("qhybrid.db"))) {
                dirs.forEach(t -> tables.add(t.toString()));
            }
            assertThat(tables).hasSizeGreaterThanOrEqualTo(10);
            for (String table : tables) {
                long rows = spark.read().format("delta").load(table).selectExpr("to_json(struct(*)) AS row")
                        .filter("row LIKE '%" + KEY + "%'").count();
                assertThat(rows).as("rows of " + table + " holding the key").isZero();
            }
            assertThat(spark.read().format("delta").load(warehouse.resolve("qhybrid.db/quantum_jobs").toString())
                    .filter("provider_job_id IS NOT NULL AND provider = 'ionq'").count())
                    .as("QPU jobs recorded").isPositive();
        }
    }

    @Test
    void theSearchFindsTheKeyWhereItIs() {
        assertThat(mentionsKey(("{\"Authorization\":\"apiKey " + KEY + "\"}").getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(mentionsKey(KEY.substring(0, KEY.length() - 1).getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void plainHttpToAnotherHostIsAUserErrorBeforeAnythingRuns() throws Exception {
        ChildProcess.Ended refused = ChildProcess.run(dir, "refused", Map.of(), Map.of("IONQ_API_KEY", KEY),
                List.of("run", "maxcut", "--date", "2026-11-24", "--set", "qpu.enabled=true",
                        "--set", "qpu.endpoint=http://example.com"), 120);
        String stderr = Files.readString(refused.stderr());
        assertThat(refused.exitCode()).as(stderr).isEqualTo(2);
        assertThat(stderr).contains("http://example.com").contains("clear text").contains("Use https://")
                .doesNotContain(KEY).doesNotContain("Exception");
        assertThat(Files.readString(refused.stdout())).isEmpty();

        // in a running job (no preflight) the same refusal fails the run, with exit code 2
        QHybridTables tables = new QHybridTables(spark, "qhybrid");
        spark.sql("CREATE DATABASE IF NOT EXISTS qhybrid");
        tables.ensure(QHybridTables.RUNS); // all the run reaches before the QPU backend is built
        tables.ensure(QHybridTables.GRAPH_EDGES);
        PipelineFixtures.registerIonQWithKey(KEY);
        JobRunner runner = PipelineFixtures.runner(tables, dir);
        RunRecord run = PipelineFixtures.run(runner, "maxcut", LocalDate.of(2026, 11, 24), Map.of(
                PipelineOptions.QPU_ENABLED, "true", PipelineOptions.QPU_BACKEND, PipelineFixtures.IONQ_WITH_TEST_KEY,
                PipelineOptions.QPU_ENDPOINT, "http://example.com"));
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.message()).contains("clear text").doesNotContain(KEY);
        assertThat(runner.failedOnUserError(run)).isTrue();
    }

    private static String verboseLogging() throws Exception {
        return Path.of(PipelineSecretsTest.class.getResource("/log4j2-verbose.xml").toURI()).toString();
    }

    private static boolean mentionsKey(byte[] content) {
        byte[] key = KEY.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + key.length <= content.length; i++) {
            for (int j = 0; j < key.length; j++) {
                if (content[i + j] != key[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    private static List<Path> filesMentioningKey(Path root) throws IOException {
        return files(root).stream().filter(f -> {
            try {
                return mentionsKey(Files.readAllBytes(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    private static String tail(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
