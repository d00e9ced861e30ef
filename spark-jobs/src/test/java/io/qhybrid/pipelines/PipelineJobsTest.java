package io.qhybrid.pipelines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qhybrid.emulator.FaultSpec;
import io.qhybrid.emulator.QpuEmulator;
import io.qhybrid.jobs.Job;
import io.qhybrid.jobs.JobRegistry;
import io.qhybrid.jobs.JobRunner;
import io.qhybrid.jobs.RunIdentity;
import io.qhybrid.jobs.RunStatus;
import io.qhybrid.jobs.config.JobConfig;
import io.qhybrid.jobs.ingest.IngestJob;
import io.qhybrid.jobs.ingest.IngestOptions;
import io.qhybrid.pipelines.collect.CollectJob;
import io.qhybrid.pipelines.routing.Approval;
import io.qhybrid.pipelines.routing.ApprovalsTable;
import io.qhybrid.tables.QHybridTables;
import io.qhybrid.tables.RunRecord;
import io.qhybrid.testing.LocalSpark;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.security.alias.CredentialProvider;
import org.apache.hadoop.security.alias.CredentialProviderFactory;
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
 * The three pipelines and {@code collect} on real Spark (local[2]), real Delta in a temporary
 * warehouse, and the QPU emulator on loopback HTTP. Results are checked against references
 * computed here independently: brute-force enumeration of every stored model, and the
 * published H2 ground-state energies in the sample files' headers.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineJobsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    private static final String IONQ_KEY = "pipeline-test-ionq-key";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static SparkSession spark;
    static QHybridTables tables;
    static QpuEmulator emulator;

    @BeforeAll
    static void start() throws Exception {
        // the QPU key reaches the IonQ client through a Hadoop credential provider, as in production
        String url = "jceks://file" + dir.resolve("credentials.jceks").toAbsolutePath();
        Configuration conf = new Configuration();
        conf.set(CredentialProviderFactory.CREDENTIAL_PROVIDER_PATH, url);
        CredentialProvider provider = CredentialProviderFactory.getProviders(conf).get(0);
        provider.createCredentialEntry("IONQ_API_KEY", IONQ_KEY.toCharArray());
        provider.flush();
        System.setProperty(CredentialProviderFactory.CREDENTIAL_PROVIDER_PATH, url);
        emulator = QpuEmulator.builder().ionqKey(IONQ_KEY).noiseless().faults(FaultSpec.parse("queue-ms=2500")).start();
        spark = LocalSpark.start(dir.resolve("warehouse"));
        tables = new QHybridTables(spark, "qhybrid").ensureAll();
        Path home = LocalSpark.home();
        Map<String, String> ingest = new HashMap<>(IngestOptions.DEFAULTS);
        ingest.put(IngestOptions.PRICES, home.resolve("sample-data/prices/prices.csv").toString());
        ingest.put(IngestOptions.GRAPHS, home.resolve("sample-data/graphs/{ring-8,regular-3-24,powerlaw-60}.txt").toString());
        ingest.put(IngestOptions.HAMILTONIANS, home.resolve("sample-data/molecules/h2-0.{300,735,900}.txt").toString());
        RunRecord run = runner().run(new IngestJob(), new JobConfig("ingest", ingest), DAY, null);
        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
    }

    @AfterAll
    static void stop() {
        System.clearProperty(CredentialProviderFactory.CREDENTIAL_PROVIDER_PATH);
        if (spark != null) {
            spark.stop();
        }
        if (emulator != null) {
            emulator.close();
        }
        io.qhybrid.pool.BackendPools.closeAll();
    }

    private static JobRunner runner() {
        return new JobRunner(spark, tables, dir, new RunIdentity("tester", "test-version", "abc123"),
                JobRegistry.standard(), Map.of());
    }

    private static RunRecord run(String jobName, String... settings) {
        Job job = JobRegistry.standard().get(jobName);
        Map<String, String> values = new HashMap<>(job.defaults());
        values.put(PipelineOptions.QAOA_LAYERS, "1");
        values.put(PipelineOptions.QAOA_STARTS, "1");
        values.put(PipelineOptions.QAOA_MAX_EVALUATIONS, "60");
        values.put(PipelineOptions.PARTITIONS, "4");
        values.put(PipelineOptions.QPU_ENDPOINT, emulator.baseUri().toString());
        for (int i = 0; i < settings.length; i += 2) {
            values.put(settings[i], settings[i + 1]);
        }
        return runner().run(job, new JobConfig(jobName, values), DAY, null);
    }

    private static RunRecord maxcut(String... more) {
        String[] base = {"maxcut.max-nodes", "10", "maxcut.shortlist-per-graph", "3",
                PipelineOptions.EXACT_MAX_VARIABLES, "6"};
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return run("maxcut", all);
    }

    private static long count(String sql) {
        return spark.sql(sql).head().getLong(0);
    }

    private static Map<String, Long> tableCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String t : List.of("subproblems", "results", "quantum_jobs", "benchmarks", "rejects")) {
            counts.put(t, count("SELECT count(*) FROM qhybrid." + t));
        }
        return counts;
    }

    @Test
    @Order(1)
    void maxCutRatiosEqualBruteForceAndEveryShortlistedSubproblemHasOneResult() throws Exception {
        RunRecord run = maxcut();
        assertThat(run.status()).as(run.message()).isEqualTo(RunStatus.SUCCEEDED);
        String day = "run_date = DATE'" + DAY + "' AND job = 'maxcut'";
        long shortlisted = count("SELECT count(*) FROM qhybrid.subproblems WHERE shortlisted AND " + day);
        assertThat(shortlisted).isEqualTo(1 + 3 + 3); // ring-8: 1 block; regular-3-24 and powerlaw-60: top 3
        assertThat(count("SELECT count(*) FROM qhybrid.results WHERE " + day)).isEqualTo(shortlisted);
        assertThat(count("SELECT count(*) FROM qhybrid.subproblems s LEFT ANTI JOIN qhybrid.results r "
                + "ON r.run_date = s.run_date AND r.job = s.job AND r.subproblem_id = s.subproblem_id "
                + "WHERE s.shortlisted AND s." + day.replace(" AND job", " AND s.job"))).isZero();
        List<Row> rows = spark.sql("SELECT s.model_text, r.best_bitstring, r.objective, r.approximation_ratio, r.tier, "
                + "r.exact_objective FROM qhybrid.results r JOIN qhybrid.subproblems s USING (run_date, job, subproblem_id) "
                + "WHERE r." + day.replace(" AND job", " AND r.job")).collectAsList();
        assertThat(rows).hasSize((int) shortlisted);
        for (Row r : rows) {
            double[][] edges = edges(r.getString(0));
            int n = nodes(r.getString(0));
            double best = 0;
            for (long s = 0; s < (1L << n); s++) {
                best = Math.max(best, cut(edges, s));
            }
            double found = cut(edges, Long.parseLong(r.getString(1), 2));
            assertThat(r.getDouble(2)).isCloseTo(found, within(1e-9));
            assertThat(r.getDouble(5)).isCloseTo(best, within(1e-9));
            assertThat(r.getDouble(3)).isCloseTo(best == 0 ? 1.0 : found / best, within(1e-9));
        }
        assertThat(rows).extracting(r -> r.getString(4)).contains("simulator", "classical-exact");
        assertThat(count("SELECT count(*) FROM qhybrid.quantum_jobs WHERE " + day + " AND status = 'completed'"))
                .isEqualTo(count("SELECT count(*) FROM qhybrid.results WHERE " + day + " AND tier = 'simulator'"));
    }

    @Test
    @Order(2)
    void rerunOfTheDateAddsNoRowsAndReproducesEveryResult() {
        String query = "SELECT subproblem_id, best_bitstring, objective, approximation_ratio FROM qhybrid.results "
                + "WHERE job = 'maxcut' ORDER BY subproblem_id";
        List<Row> before = spark.sql(query).collectAsList();
        Map<String, Long> counts = tableCounts();
        long maxcutRuns = count("SELECT count(*) FROM qhybrid.runs WHERE job = 'maxcut'");
        assertThat(maxcut().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(tableCounts()).isEqualTo(counts);
        assertThat(count("SELECT count(*) FROM qhybrid.runs WHERE job = 'maxcut'")).isEqualTo(maxcutRuns + 1);
        assertThat(spark.sql(query).collectAsList()).isEqualTo(before);
    }

    @Test
    @Order(3)
    void qpuWithoutApprovalIsServedByTheSimulatorWithReasonNotApproved() {
        RunRecord run = maxcut(PipelineOptions.QPU_ENABLED, "true");
        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        String day = "run_date = DATE'" + DAY + "' AND job = 'maxcut'";
        assertThat(count("SELECT count(*) FROM qhybrid.subproblems WHERE " + day + " AND tier = 'simulator' "
                + "AND route_reason <> 'not_approved'")).isZero();
        assertThat(count("SELECT count(*) FROM qhybrid.results WHERE " + day + " AND tier = 'simulator'"))
                .isEqualTo(count("SELECT count(*) FROM qhybrid.subproblems WHERE " + day + " AND route_reason = 'not_approved'"))
                .isPositive();
        assertThat(emulator.counters().toString()).doesNotContain(IONQ_KEY);
    }

    @Test
    @Order(4)
    void portfolioRatiosEqualEnumerationOfFeasibleSelections() throws Exception {
        RunRecord run = run("portfolio", "portfolio.per-sector", "8", "portfolio.k", "3");
        assertThat(run.status()).as(run.message()).isEqualTo(RunStatus.SUCCEEDED);
        List<Row> rows = spark.sql("SELECT s.model_text, r.best_bitstring, r.objective, r.approximation_ratio, r.feasible "
                + "FROM qhybrid.results r JOIN qhybrid.subproblems s USING (run_date, job, subproblem_id) "
                + "WHERE r.job = 'portfolio'").collectAsList();
        assertThat(rows).isNotEmpty();
        for (Row r : rows) {
            JsonNode model = JSON.readTree(r.getString(0));
            int n = model.get("assets").size();
            int k = model.get("k").asInt();
            double best = Double.POSITIVE_INFINITY;
            double worst = Double.NEGATIVE_INFINITY;
            for (long s = 0; s < (1L << n); s++) {
                if (Long.bitCount(s) == k) {
                    best = Math.min(best, meanVariance(model, s));
                    worst = Math.max(worst, meanVariance(model, s));
                }
            }
            long chosen = Long.parseLong(r.getString(1), 2);
            assertThat(r.getBoolean(4)).isTrue();
            assertThat(Long.bitCount(chosen)).isEqualTo(k);
            double f = meanVariance(model, chosen);
            assertThat(r.getDouble(2)).isCloseTo(f, within(1e-12));
            assertThat(r.getDouble(3)).isCloseTo((worst - f) / (worst - best), within(1e-9));
        }
    }

    @Test
    @Order(5)
    void dryRunPlansQpuSubmissionsWithCostsAndWritesNothing() {
        new ApprovalsTable(tables).write(new Approval("approval-molecule", "risk-officer", "molecule", 100_000, 1_000,
                Instant.now().plus(1, ChronoUnit.DAYS)), "qpu-ionq", "pilot", "test");
        Map<String, Long> counts = tableCounts();
        RunRecord run = run("molecule", PipelineOptions.QPU_ENABLED, "true", PipelineJob.DRY_RUN, "true");
        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.summaryJson()).contains("\"planned_qpu_jobs\":3", "approval-molecule", "estimated_qpu_cost");
        Map<String, Long> after = tableCounts();
        assertThat(after).isEqualTo(counts);
    }

    @Test
    @Order(6)
    void moleculeOnTheQpuIsLeftPendingThenCollectedAgainstThePublishedEnergies() throws Exception {
        RunRecord run = run("molecule", PipelineOptions.QPU_ENABLED, "true", PipelineOptions.QPU_WAIT_SECONDS, "1",
                PipelineOptions.QPU_SHOTS, "4000");
        assertThat(run.status()).as(run.message()).isEqualTo(RunStatus.SUCCEEDED);
        String day = "run_date = DATE'" + DAY + "' AND job = 'molecule'";
        assertThat(count("SELECT count(*) FROM qhybrid.results WHERE " + day + " AND status = 'pending'")).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM qhybrid.quantum_jobs WHERE " + day + " AND status = 'pending' "
                + "AND provider_job_id IS NOT NULL AND approval_id = 'approval-molecule'")).isEqualTo(6); // 2 groups each
        Thread.sleep(4000); // the emulator's queue: 0.5-1.5 x 2.5 s
        RunRecord collect = runner().run(new CollectJob(), new JobConfig("collect", collectConfig()), DAY, null);
        assertThat(collect.summaryJson()).contains("\"completed\":3", "\"still_pending\":0");
        assertThat(new CollectJob().exitCode(collect)).isZero();
        assertThat(count("SELECT count(*) FROM qhybrid.results WHERE " + day + " AND status = 'completed' AND tier = 'qpu'"))
                .isEqualTo(3);
        List<Row> rows = spark.sql("SELECT detail_json, objective, exact_objective FROM qhybrid.results WHERE " + day)
                .collectAsList();
        assertThat(rows).hasSize(3);
        for (Row r : rows) {
            JsonNode detail = JSON.readTree(r.getString(0));
            String file = String.format(java.util.Locale.ROOT, "h2-%.3f.txt", detail.get("bond_length_angstrom").asDouble());
            double published = headerValue(LocalSpark.home().resolve("sample-data/molecules").resolve(file),
                    "exact_ground_total_ha");
            assertThat(r.getDouble(2)).isCloseTo(published, within(1e-9));
            assertThat(r.getDouble(1)).isCloseTo(published, within(0.02)); // sampled: 4000 shots a group
        }
        RunRecord again = runner().run(new CollectJob(), new JobConfig("collect", collectConfig()), DAY, null);
        assertThat(again.summaryJson()).contains("\"pending_subproblems\":0");
    }

    @Test
    @Order(7)
    void pendingJobsPastTheirDeadlineAreCancelledAndAnsweredClassically() {
        new ApprovalsTable(tables).write(new Approval("approval-maxcut", "risk-officer", "maxcut:subgraph", 100_000, 1_000,
                Instant.now().plus(1, ChronoUnit.DAYS)), "qpu-ionq", "pilot", "test");
        // a provider whose queue outlasts both the run's wait and the deadline
        try (QpuEmulator slow = QpuEmulator.builder().ionqKey(IONQ_KEY).noiseless()
                .faults(FaultSpec.parse("queue-ms=600000")).start()) {
            RunRecord run = maxcut(PipelineOptions.QPU_ENABLED, "true", PipelineOptions.QPU_WAIT_SECONDS, "1",
                    PipelineOptions.QPU_COLLECT_DEADLINE_HOURS, "0", PipelineOptions.QPU_ENDPOINT, slow.baseUri().toString());
            assertThat(run.status()).as(run.message()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(count("SELECT count(*) FROM qhybrid.subproblems WHERE run_date = DATE'" + DAY
                    + "' AND job = 'maxcut' AND tier = 'qpu'")).isPositive();
            Map<String, String> config = collectConfig();
            config.put(PipelineOptions.QPU_ENDPOINT, slow.baseUri().toString());
            collectPastDeadline(config);
        }
    }

    private void collectPastDeadline(Map<String, String> config) {
        String day = "run_date = DATE'" + DAY + "' AND job = 'maxcut'";
        long qpu = count("SELECT count(*) FROM qhybrid.subproblems WHERE " + day + " AND tier = 'qpu'");
        assertThat(qpu).isEqualTo(count("SELECT count(*) FROM qhybrid.results WHERE " + day + " AND status = 'pending'"));
        RunRecord collect = runner().run(new CollectJob(), new JobConfig("collect", config), DAY, null);
        assertThat(collect.summaryJson()).contains("\"fell_back\":" + qpu, "\"still_pending\":0");
        assertThat(count("SELECT count(*) FROM qhybrid.results WHERE " + day + " AND status = 'completed' "
                + "AND tier = 'heuristic' AND fallback_reason = 'timeout' AND approximation_ratio > 0")).isEqualTo(qpu);
        assertThat(count("SELECT count(*) FROM qhybrid.quantum_jobs WHERE " + day + " AND status = 'cancelled'"))
                .isEqualTo(qpu);
        assertThat(count("SELECT count(*) FROM qhybrid.results WHERE " + day + " AND status = 'pending'")).isZero();
    }

    private static double headerValue(Path file, String key) throws java.io.IOException {
        return java.nio.file.Files.readAllLines(file).stream().filter(l -> l.startsWith("# " + key + ":"))
                .map(l -> Double.parseDouble(l.substring(l.indexOf(':') + 1).trim())).findFirst().orElseThrow();
    }

    private static Map<String, String> collectConfig() {
        Map<String, String> values = new HashMap<>(PipelineOptions.DEFAULTS);
        values.put(PipelineOptions.QPU_ENDPOINT, emulator.baseUri().toString());
        return values;
    }

    private static int nodes(String text) {
        String header = text.split("\n")[0];
        String list = header.substring(header.lastIndexOf('[') + 1, header.lastIndexOf(']')).trim();
        return list.isEmpty() ? 0 : list.split(",").length;
    }

    private static double[][] edges(String text) {
        return text.lines().skip(1).filter(l -> !l.isBlank())
                .map(l -> java.util.Arrays.stream(l.trim().split(" ")).mapToDouble(Double::parseDouble).toArray())
                .toArray(double[][]::new);
    }

    private static double cut(double[][] edges, long state) {
        double c = 0;
        for (double[] e : edges) {
            if (((state >>> (int) e[0]) & 1) != ((state >>> (int) e[1]) & 1)) {
                c += e[2];
            }
        }
        return c;
    }

    private static double meanVariance(JsonNode model, long s) {
        double q = model.get("risk_aversion").asDouble();
        int n = model.get("assets").size();
        double f = 0;
        for (int i = 0; i < n; i++) {
            if (((s >>> i) & 1) == 0) {
                continue;
            }
            f -= model.get("mu").get(i).asDouble();
            for (int j = 0; j < n; j++) {
                if (((s >>> j) & 1) == 1) {
                    f += q * model.get("sigma").get(i).get(j).asDouble();
                }
            }
        }
        return f;
    }
}
