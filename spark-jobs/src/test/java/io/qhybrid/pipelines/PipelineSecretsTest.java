package io.qhybrid.pipelines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qhybrid.emulator.QpuEmulator;
import io.qhybrid.error.ErrorKind;
import io.qhybrid.error.QHybridException;
import io.qhybrid.testing.ChildProcess;
import io.qhybrid.testing.PipelineFixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A QPU run with a known API key in its process environment, as {@code qhybrid run} starts it,
 * then a search for the key everywhere the run leaves text: its stdout and stderr (all loggers at
 * INFO, QHybrid at DEBUG, Spark's own configuration logged), every file of the warehouse (Delta
 * logs, the metastore, the tables' Parquet files, written uncompressed so that their strings are
 * plain bytes), and Spark's event log, which holds
 * the environment page (the key is also handed to executors with {@code spark.executorEnv}, as
 * clusters do, so the page has it to redact). Plain http:// to another host is refused before
 * anything runs.
 */
class PipelineSecretsTest {
    /** Looks like an IonQ key and appears nowhere else in the code or the data. */
    private static final String KEY = "ionq-live-7Hq2Zc9XwV4mN1pR8sT5yU3bK6dF0gJ";

    @TempDir
    static Path dir;

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
                            // uncompressed Parquet: a table's strings are plain bytes in its files
                            "spark.sql.parquet.compression.codec", "uncompressed",
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

            // the search reads table contents: the provider's job ids are in quantum_jobs' files
            String providerJobId = firstProviderJobId(emulator);
            assertThat(filesMentioning(warehouse.resolve("qhybrid.db/quantum_jobs"), providerJobId))
                    .as("quantum_jobs files holding provider job " + providerJobId).isNotEmpty();
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

        // inside a run (a JobRunner without the launcher's preflight) the same refusal is a USER_ERROR too
        PipelineFixtures.registerIonQWithKey(KEY);
        Map<String, String> values = new java.util.HashMap<>(PipelineOptions.DEFAULTS);
        values.putAll(Map.of(PipelineOptions.QPU_ENABLED, "true", PipelineOptions.QPU_BACKEND,
                PipelineFixtures.IONQ_WITH_TEST_KEY, PipelineOptions.QPU_ENDPOINT, "http://example.com"));
        PipelineOptions options = new PipelineOptions(new io.qhybrid.jobs.config.JobConfig("maxcut", values));
        assertThatThrownBy(() -> PipelineJob.QpuTarget.of(options))
                .isInstanceOfSatisfying(QHybridException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.USER_ERROR))
                .hasMessageContaining("clear text").hasMessageNotContaining(KEY);
    }

    private static String verboseLogging() throws Exception {
        return Path.of(PipelineSecretsTest.class.getResource("/log4j2-verbose.xml").toURI()).toString();
    }

    private static String firstProviderJobId(QpuEmulator emulator) throws Exception {
        java.net.http.HttpResponse<String> jobs = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(emulator.baseUri() + "/v0.4/jobs?limit=1"))
                        .header("Authorization", "apiKey " + KEY).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(jobs.body()).path("jobs").path(0).path("id")
                .asText();
    }

    private static boolean mentionsKey(byte[] content) {
        return contains(content, KEY);
    }

    private static boolean contains(byte[] content, String text) {
        byte[] key = text.getBytes(StandardCharsets.UTF_8);
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
        return filesMentioning(root, KEY);
    }

    private static List<Path> filesMentioning(Path root, String text) throws IOException {
        return files(root).stream().filter(f -> {
            try {
                return contains(Files.readAllBytes(f), text);
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
