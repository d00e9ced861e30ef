package io.qhybrid.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import io.qhybrid.backend.BackendConfig;
import io.qhybrid.backend.BackendFactories;
import io.qhybrid.backend.BackendFactory;
import io.qhybrid.backend.QuantumBackend;
import io.qhybrid.backend.SecretSource;
import io.qhybrid.backend.internal.EnvironmentSecrets;
import io.qhybrid.backend.ionq.IonQBackend;
import io.qhybrid.cli.Arguments;
import io.qhybrid.emulator.FaultSpec;
import io.qhybrid.emulator.QpuEmulator;
import io.qhybrid.jobs.JobRegistry;
import io.qhybrid.jobs.JobRunner;
import io.qhybrid.jobs.RunIdentity;
import io.qhybrid.jobs.config.JobConfig;
import io.qhybrid.pipelines.PipelineOptions;
import io.qhybrid.pipelines.routing.Approval;
import io.qhybrid.pipelines.routing.ApprovalsTable;
import io.qhybrid.pool.BackendPools;
import io.qhybrid.spark.SparkSessions;
import io.qhybrid.tables.QHybridTables;
import io.qhybrid.tables.RunRecord;
import io.qhybrid.tables.TableDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code qhybrid bench load [--subproblems 20000] [--qpu 200] [--rate 10] [--scenarios clean,faults]
 * [--faults SPEC] [--max-nodes 12] [--keep]}: the whole {@code maxcut} pipeline (prep, routing,
 * solve stage, landing by MERGE) on {@code local[2]} over a generated graph of
 * {@code subproblems x max-nodes} nodes, every block shortlisted. The first {@code --qpu}
 * subproblems (by id) are approved and budgeted for the QPU tier, an emulator limited to
 * {@code --rate} requests per second; the rest go to the simulator. Per scenario (an emulator
 * without faults, one with {@code --faults}), it prints the {@link Survival} line read from the
 * tables and the emulator's counters, the wall time and what served; it exits 1 when a
 * subproblem was lost, a row key or a provider job was duplicated, or a run did not succeed.
 */
public final class LoadBench {
    private static final String DEFAULT_FAULTS = "429=0.1,5xx=0.2,lost=0.05,fail=0.02";
    private static final String KEY = "load-bench-key";
    /** The IonQ client authenticating with the emulator's key, whatever the environment holds. */
    private static final String IONQ_EMULATED = "ionq-emulated";
    private static final LocalDate DATE = LocalDate.of(2026, 11, 24);

    private LoadBench() {}

    public static void main(String[] argv) throws Exception {
        Arguments args = Arguments.parse(Arrays.asList(argv),
                Set.of("subproblems", "qpu", "rate", "scenarios", "faults", "max-nodes", "seed"), Set.of("keep"));
        int subproblems = args.intValue("subproblems", 20_000);
        int maxNodes = args.intValue("max-nodes", 12);
        int qpu = args.intValue("qpu", 200);
        double rate = args.doubleValue("rate", 10);
        List<String> scenarios = List.of(args.value("scenarios", "clean,faults").split(","));
        String faults = args.value("faults", DEFAULT_FAULTS);
        Path home = Path.of(System.getProperty("qhybrid.home", ".")).toAbsolutePath().normalize();
        Path warehouse = Files.createTempDirectory("qhybrid-load-");
        registerEmulatedIonQ();
        System.out.printf(Locale.ROOT, "load bench: maxcut on local[2], %d subproblems of %d nodes (%d nodes), "
                        + "%d approved for the QPU at %.0f req/s, heap max %d MiB, warehouse %s%n",
                subproblems, maxNodes, subproblems * maxNodes, qpu, rate, Survival.HeapSampler.maxBytes() >> 20,
                warehouse);
        boolean allHold = true;
        SparkSession spark = SparkSessions.local(home.resolve("conf/spark-local.conf"), warehouse, 2,
                Map.of("spark.qhybrid.submitter", "bench"));
        try {
            for (String scenario : scenarios) {
                FaultSpec spec = scenario.equals("clean") ? FaultSpec.NONE : FaultSpec.parse(faults);
                allHold &= scenario(spark, home, scenario.trim(), spec, subproblems, maxNodes, qpu, rate);
            }
        } finally {
            BackendPools.closeAll();
            spark.stop();
            if (!args.has("keep")) {
                deleteTree(warehouse);
            }
        }
        System.out.println(allHold ? "load bench: every invariant held" : "load bench: an invariant was broken");
        System.exit(allHold ? 0 : 1);
    }

    private static boolean scenario(SparkSession spark, Path home, String scenario, FaultSpec faults, int subproblems,
            int maxNodes, int qpu, double rate) {
        QHybridTables tables = new QHybridTables(spark, "load_" + scenario).ensureAll();
        graph(spark, subproblems, maxNodes).write().format("delta").mode("append")
                .saveAsTable(tables.qualified(QHybridTables.GRAPH_EDGES));
        int qpuShots = 100;
        new ApprovalsTable(tables).write(new Approval("load-" + scenario, "bench", "maxcut", (long) qpu * qpuShots,
                1_000, Instant.now().plus(1, ChronoUnit.DAYS)), "ionq", "load bench", "bench");
        try (QpuEmulator emulator = QpuEmulator.builder().ionqKey(KEY).noiseless().rate(rate).faults(faults)
                .seed(2026).start();
                Survival.HeapSampler heap = new Survival.HeapSampler(20)) {
            Map<String, String> config = new HashMap<>(JobRegistry.standard().get("maxcut").defaults());
            config.put("maxcut.max-nodes", Integer.toString(maxNodes));
            config.put("maxcut.shortlist-per-graph", Integer.toString(subproblems));
            config.put(PipelineOptions.QAOA_LAYERS, "1");
            config.put(PipelineOptions.QAOA_STARTS, "1");
            config.put(PipelineOptions.QAOA_MAX_EVALUATIONS, "10");
            config.put(PipelineOptions.SHOTS, "100");
            config.put(PipelineOptions.ANNEALING_SWEEPS, "100");
            config.put(PipelineOptions.ANNEALING_RESTARTS, "2");
            config.put(PipelineOptions.QPU_ENABLED, "true");
            config.put(PipelineOptions.QPU_BACKEND, IONQ_EMULATED);
            config.put(PipelineOptions.QPU_ENDPOINT, emulator.baseUri().toString());
            config.put(PipelineOptions.QPU_SHOTS, Integer.toString(qpuShots));
            config.put(PipelineOptions.QPU_MAX_SHOTS, Long.toString((long) qpu * qpuShots));
            config.put(PipelineOptions.QPU_RATE, Double.toString(rate));
            JobRunner runner = new JobRunner(spark, tables, home, new RunIdentity("bench", "bench", "bench"),
                    JobRegistry.standard(), Map.of());
            long start = System.nanoTime();
            RunRecord run = runner.run(JobRegistry.standard().get("maxcut"), new JobConfig("maxcut", config), DATE, null);
            double seconds = (System.nanoTime() - start) / 1e9;

            String results = tables.qualified(QHybridTables.RESULTS);
            String shortlisted = "SELECT subproblem_id FROM " + tables.qualified(QHybridTables.SUBPROBLEMS)
                    + " WHERE shortlisted";
            long tried = count(spark, "SELECT count(*) FROM (" + shortlisted + ")");
            long survived = count(spark, "SELECT count(*) FROM " + results + " WHERE status = 'completed'");
            long pending = count(spark, "SELECT count(*) FROM " + results + " WHERE status = 'pending'");
            long lost = count(spark, "SELECT count(*) FROM (" + shortlisted + ") s LEFT ANTI JOIN " + results
                    + " r ON s.subproblem_id = r.subproblem_id");
            long duplicateRows = duplicateKeys(spark, tables);
            Survival survival = new Survival("load", scenario, tried, survived + pending, duplicateRows,
                    emulator.counters().duplicateKeys(), lost, heap.peakBytes(), Survival.HeapSampler.maxBytes());
            System.out.println(survival.line());
            System.out.printf(Locale.ROOT, "  run %s in %.1f s (%.0f subproblems/s); heap after collections at most "
                            + "%d MiB; pending %d; by tier %s; fallbacks %s; provider jobs %d, 429s %d, lost after accept %d%n",
                    run.status().sqlValue(), seconds, tried / seconds, heap.peakAfterCollectionBytes() >> 20, pending,
                    groups(spark, "SELECT tier, count(*) FROM " + results + " GROUP BY tier"),
                    groups(spark, "SELECT fallback_reason, count(*) FROM " + results
                            + " WHERE fallback_reason IS NOT NULL GROUP BY fallback_reason"),
                    emulator.counters().totalJobs(), emulator.counters().responses429(),
                    emulator.counters().lostAfterAcceptCount());
            boolean ok = survival.holds() && tried == subproblems
                    && (run.status().sqlValue().equals("succeeded") || run.status().sqlValue().equals("partial"));
            if (!ok && !survival.holds()) {
                return false;
            }
            if (!ok) {
                System.out.println("  the run ended " + run.status().sqlValue() + " with " + tried + " of " + subproblems
                        + " subproblems: " + run.message());
            }
            return ok;
        }
    }

    /**
     * One graph of {@code blocks x size} nodes: inside each run of {@code size} consecutive ids a
     * path plus random chords (probability 0.3), and one edge from each run to the next, so prep
     * cuts exactly {@code blocks} subgraphs of {@code size} nodes. Weights in [0.5, 1.5).
     */
    static Dataset<Row> graph(SparkSession spark, int blocks, int size) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            for (int j = i + 1; j < size; j++) {
                pairs.add("named_struct('i', " + i + ", 'j', " + j + ")");
            }
        }
        Dataset<Row> inside = spark.range(blocks).toDF("b")
                .select(col("b"), expr("explode(array(" + String.join(", ", pairs) + "))").as("p"))
                .filter(expr("p.j = p.i + 1 OR rand(7) < 0.3"))
                .select(expr("cast(b * " + size + " + p.i AS INT)").as("u"), expr("cast(b * " + size + " + p.j AS INT)")
                        .as("v"));
        Dataset<Row> between = spark.range(blocks - 1L).toDF("b")
                .select(expr("cast(b * " + size + " + " + (size - 1) + " AS INT)").as("u"),
                        expr("cast((b + 1) * " + size + " AS INT)").as("v"));
        return inside.union(between)
                .select(lit("load").as("graph_id"), col("u"), col("v"), expr("0.5 + rand(11)").as("weight"),
                        lit("bench load").as("source"), lit("bench").as("run_id"));
    }

    private static long duplicateKeys(SparkSession spark, QHybridTables tables) {
        return Stream.of(QHybridTables.SUBPROBLEMS, QHybridTables.RESULTS, QHybridTables.QUANTUM_JOBS,
                        QHybridTables.BENCHMARKS)
                .mapToLong(t -> duplicates(spark, tables, t)).sum();
    }

    private static long duplicates(SparkSession spark, QHybridTables tables, TableDefinition table) {
        String keys = String.join(", ", table.keys());
        return count(spark, "SELECT count(*) FROM (SELECT " + keys + " FROM " + tables.qualified(table) + " GROUP BY "
                + keys + " HAVING count(*) > 1)");
    }

    private static long count(SparkSession spark, String sql) {
        return spark.sql(sql).head().getLong(0);
    }

    private static Map<String, Long> groups(SparkSession spark, String sql) {
        Map<String, Long> out = new TreeMap<>();
        spark.sql(sql).collectAsList().forEach(r -> out.put(String.valueOf(r.get(0)), r.getLong(1)));
        return out;
    }

    private static void registerEmulatedIonQ() {
        SecretSource secrets = EnvironmentSecrets.of(Map.of(IonQBackend.KEY_NAME, KEY));
        BackendFactories.register(new BackendFactory() {
            @Override
            public String type() {
                return IONQ_EMULATED;
            }

            @Override
            public QuantumBackend create(BackendConfig config, SecretSource ignored) {
                return IonQBackend.factory().create(config, secrets);
            }
        });
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.deleteIfExists(p);
            }
        }
    }
}
