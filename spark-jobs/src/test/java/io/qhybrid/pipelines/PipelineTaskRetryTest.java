package io.qhybrid.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import io.qhybrid.backend.CircuitRunner;
import io.qhybrid.emulator.EmulatorCounters;
import io.qhybrid.emulator.QpuEmulator;
import io.qhybrid.jobs.RunStatus;
import io.qhybrid.pipelines.internal.TestFaults;
import io.qhybrid.pool.BackendPools;
import io.qhybrid.sampledata.EdgeWeights;
import io.qhybrid.sampledata.GraphGenerator;
import io.qhybrid.simulator.SimulatorRunner;
import io.qhybrid.tables.QHybridTables;
import io.qhybrid.tables.RunRecord;
import io.qhybrid.testing.LocalSpark;
import io.qhybrid.testing.PipelineFixtures;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.ExceptionFailure;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A solve task that dies on its first attempt after it has submitted QPU jobs is retried by Spark
 * (local[2,4]: up to four attempts per task) and the run ends exactly as a run without the fault:
 * the same results, no duplicate row in any table, and one provider job per idempotency key, as
 * the emulator counted them. The reference run lands in its own database of the same warehouse,
 * against its own emulator, so neither run can see the other's rows or jobs.
 */
class PipelineTaskRetryTest {
    private static final LocalDate DATE = LocalDate.of(2026, 11, 24);
    private static final String KEY = "retry-test-ionq-key";
    /** Every provider job samples with one seed: the counts depend on the circuit alone, not on arrival order. */
    private static final CircuitRunner DETERMINISTIC = (circuit, shots, seed, noise) ->
            SimulatorRunner.exact().run(circuit, shots, 11L, noise);
    private static final int FAIL_AFTER = 3;

    @TempDir
    static Path dir;

    static SparkSession spark;
    static final AtomicInteger injectedFailures = new AtomicInteger();

    @BeforeAll
    static void start() {
        spark = LocalSpark.start(dir.resolve("warehouse"), Map.of("spark.master", "local[2,4]"));
        spark.sparkContext().addSparkListener(new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                if (end.reason() instanceof ExceptionFailure f && f.description().contains("injected task failure")) {
                    injectedFailures.incrementAndGet();
                }
            }
        });
        PipelineFixtures.registerIonQWithKey(KEY);
    }

    @AfterAll
    static void stop() {
        BackendPools.closeAll();
        if (spark != null) {
            spark.stop();
        }
    }

    private static QHybridTables database(String name) {
        QHybridTables tables = new QHybridTables(spark, name).ensureAll();
        // 12 communities of 8 nodes: with 8 nodes a block, about 12 subgraphs of 8 qubits
        PipelineFixtures.writeGraph(tables, "g", GraphGenerator.community(96, 12, 4.0, 0.5,
                EdgeWeights.parse("real:0.5:2"), 5));
        PipelineFixtures.approve(tables, "maxcut");
        return tables;
    }

    private static Map<String, String> config(QpuEmulator emulator) {
        Map<String, String> c = new HashMap<>();
        c.put("maxcut.max-nodes", "8");
        c.put("maxcut.shortlist-per-graph", "100");
        c.put(PipelineOptions.EXACT_MAX_VARIABLES, "2"); // every subgraph to the QPU
        c.put(PipelineOptions.QAOA_LAYERS, "1");
        c.put(PipelineOptions.QAOA_STARTS, "1");
        c.put(PipelineOptions.QAOA_MAX_EVALUATIONS, "30");
        c.put(PipelineOptions.QPU_ENABLED, "true");
        c.put(PipelineOptions.QPU_BACKEND, PipelineFixtures.IONQ_WITH_TEST_KEY);
        c.put(PipelineOptions.QPU_ENDPOINT, emulator.baseUri().toString());
        c.put(PipelineOptions.QPU_SHOTS, "200");
        c.put(PipelineOptions.QPU_RATE, "500");
        c.put(PipelineOptions.PARTITIONS, "2");
        return c;
    }

    @Test
    void aTaskRetriedAfterSubmittingEndsLikeARunWithoutTheFault() {
        QHybridTables clean = database("qhybrid_clean");
        QHybridTables faulted = database("qhybrid");
        try (QpuEmulator cleanEmulator = QpuEmulator.builder().ionqKey(KEY).runner(DETERMINISTIC).start();
                QpuEmulator faultedEmulator = QpuEmulator.builder().ionqKey(KEY).runner(DETERMINISTIC).start()) {
            RunRecord reference = PipelineFixtures.run(clean, dir, "maxcut", DATE, config(cleanEmulator));
            assertThat(reference.status()).as(reference.message()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(injectedFailures.get()).isZero();

            spark.sparkContext().setLocalProperty(TestFaults.FAIL_FIRST_ATTEMPT_AFTER, Integer.toString(FAIL_AFTER));
            RunRecord retried;
            try {
                retried = PipelineFixtures.run(faulted, dir, "maxcut", DATE, config(faultedEmulator));
            } finally {
                spark.sparkContext().setLocalProperty(TestFaults.FAIL_FIRST_ATTEMPT_AFTER, null);
            }
            assertThat(retried.status()).as(retried.message()).isEqualTo(RunStatus.SUCCEEDED);
            awaitListener();
            assertThat(injectedFailures.get()).as("solve tasks that failed once after submitting").isPositive();

            Map<String, String> expected = results(clean);
            assertThat(expected).hasSizeGreaterThanOrEqualTo(8);
            assertThat(results(faulted)).isEqualTo(expected);
            assertThat(spark.sql("SELECT DISTINCT tier FROM qhybrid.results").collectAsList())
                    .map(r -> r.getString(0)).containsExactly("qpu");

            Map<String, List<Long>> rows = rowsAndDuplicateKeys(faulted);
            assertThat(rows).isEqualTo(rowsAndDuplicateKeys(clean));
            rows.forEach((table, counts) -> assertThat(counts.get(1)).as("duplicate keys in " + table).isZero());
            assertThat(rows.get("quantum_jobs").get(0)).isEqualTo(expected.size());

            EmulatorCounters counters = faultedEmulator.counters();
            assertThat(counters.duplicateKeys()).as("idempotency keys with more than one provider job").isZero();
            assertThat(counters.totalJobs()).isEqualTo(cleanEmulator.counters().totalJobs())
                    .isEqualTo(expected.size());
            for (Row r : spark.sql("SELECT idempotency_key, provider_job_id FROM qhybrid.quantum_jobs").collectAsList()) {
                assertThat(counters.jobsCreated(r.getString(0))).as("jobs under " + r.getString(0)).isEqualTo(1);
                assertThat(r.isNullAt(1)).isFalse();
            }
        }
    }

    /** subproblem id -> tier, best bitstring and objective. */
    private static Map<String, String> results(QHybridTables tables) {
        Map<String, String> out = new TreeMap<>();
        spark.sql("SELECT subproblem_id, tier, best_bitstring, objective FROM " + tables.qualified(QHybridTables.RESULTS))
                .collectAsList()
                .forEach(r -> out.put(r.getString(0), r.getString(1) + " " + r.getString(2) + " " + r.getDouble(3)));
        return out;
    }

    /** Per table of a run's outputs: its rows, and its keys held by more than one row. In one query. */
    private static Map<String, List<Long>> rowsAndDuplicateKeys(QHybridTables tables) {
        String sql = java.util.stream.Stream.of(QHybridTables.SUBPROBLEMS, QHybridTables.RESULTS,
                        QHybridTables.QUANTUM_JOBS, QHybridTables.BENCHMARKS, QHybridTables.REJECTS)
                .map(t -> {
                    String keys = String.join(", ", t.keys());
                    return "SELECT '" + t.name() + "' AS t, sum(n) AS rows, count_if(n > 1) AS duplicated FROM "
                            + "(SELECT count(*) AS n FROM " + tables.qualified(t) + " GROUP BY " + keys + ")";
                })
                .collect(java.util.stream.Collectors.joining(" UNION ALL "));
        Map<String, List<Long>> out = new TreeMap<>();
        spark.sql(sql).collectAsList().forEach(r -> out.put(r.getString(0),
                List.of(r.isNullAt(1) ? 0L : r.getLong(1), r.getLong(2))));
        return out;
    }

    private static void awaitListener() {
        long until = System.currentTimeMillis() + 10_000;
        while (injectedFailures.get() == 0 && System.currentTimeMillis() < until) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
