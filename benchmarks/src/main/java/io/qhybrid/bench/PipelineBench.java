package io.qhybrid.bench;

import io.qhybrid.cli.Arguments;
import io.qhybrid.jobs.JobRegistry;
import io.qhybrid.jobs.JobRunner;
import io.qhybrid.jobs.RunIdentity;
import io.qhybrid.jobs.RunStatus;
import io.qhybrid.jobs.config.JobConfig;
import io.qhybrid.pipelines.PipelineOptions;
import io.qhybrid.pipelines.maxcut.MaxCutJob;
import io.qhybrid.spark.SparkSessions;
import io.qhybrid.tables.QHybridTables;
import io.qhybrid.tables.RunRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * {@code qhybrid bench pipeline [--subproblems N] [--min-qubits A] [--max-qubits B] [--threads T]
 * [--layers P] [--starts S] [--evaluations E]}: the {@code maxcut} job end to end on local[T] over
 * N random weighted graphs of A..B nodes (one subgraph each, so N subproblems of A..B qubits, all
 * on the simulator tier), in a fresh warehouse, with the job's own QAOA settings (p, starts,
 * evaluations) unless the options override them. Prints the job's wall time after Spark start-up,
 * the ideal (the sum of the in-task solve times divided by T) and their ratio, the split into
 * prep/route, solve stage and landing, then reruns the same date and checks that no table
 * gained a row and every result is identical.
 */
public final class PipelineBench {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    private PipelineBench() {}

    public static void main(String[] argv) throws Exception {
        Arguments args = Arguments.parse(Arrays.asList(argv), Set.of("subproblems", "min-qubits", "max-qubits", "threads",
                "layers", "starts", "evaluations", "seed"), Set.of());
        int n = args.intValue("subproblems", 2000);
        int min = args.intValue("min-qubits", 12);
        int max = args.intValue("max-qubits", 18);
        int threads = args.intValue("threads", 2);
        Path home = Path.of(System.getProperty("qhybrid.home", ".")).toAbsolutePath();
        Path warehouse = Files.createTempDirectory("qhybrid-bench-pipeline");
        SparkSession spark = SparkSessions.local(home.resolve("conf/spark-local.conf"), warehouse.resolve("warehouse"),
                threads, Map.of("spark.qhybrid.submitter", "bench"));
        try {
            QHybridTables tables = new QHybridTables(spark, "qhybrid").ensureAll();
            writeGraphs(spark, tables, n, min, max, args.longValue("seed", 7));
            Map<String, String> values = new HashMap<>(new MaxCutJob().defaults());
            values.put(MaxCutJob.MAX_NODES, Integer.toString(max));
            values.put(MaxCutJob.SHORTLIST_PER_GRAPH, "1");
            values.put(PipelineOptions.EXACT_MAX_VARIABLES, Integer.toString(min - 1));
            // the job's shipped QAOA settings unless overridden: the run measured is the nightly's
            values.put(PipelineOptions.QAOA_LAYERS, args.value("layers", values.get(PipelineOptions.QAOA_LAYERS)));
            values.put(PipelineOptions.QAOA_STARTS, args.value("starts", values.get(PipelineOptions.QAOA_STARTS)));
            values.put(PipelineOptions.QAOA_MAX_EVALUATIONS,
                    args.value("evaluations", values.get(PipelineOptions.QAOA_MAX_EVALUATIONS)));
            JobConfig config = new JobConfig("maxcut", values);
            JobRunner runner = new JobRunner(spark, tables, warehouse, new RunIdentity("bench", "bench", "bench"),
                    JobRegistry.standard(), Map.of());
            System.out.printf("pipeline bench: %d subproblems of %d-%d qubits (one subgraph per graph), local[%d], "
                    + "QAOA p=%s, %s starts, %s evaluations a start%n", n, min, max, threads, values.get(PipelineOptions.QAOA_LAYERS),
                    values.get(PipelineOptions.QAOA_STARTS), values.get(PipelineOptions.QAOA_MAX_EVALUATIONS));
            long t0 = System.nanoTime();
            RunRecord first = runner.run(new MaxCutJob(), config, DAY, null);
            long wall = (System.nanoTime() - t0) / 1_000_000;
            check(first);
            JsonNode timings = new ObjectMapper().readTree(first.summaryJson()).get("timings");
            long sum = timings.get("sum_of_solve_ms").asLong();
            double ideal = sum / (double) threads;
            System.out.printf("  wall time after Spark start-up : %,d ms (job run incl. runs table writes)%n", wall);
            System.out.printf("    prep + route                 : %,d ms%n", timings.get("prep_and_route_ms").asLong());
            System.out.printf("    solve stage                  : %,d ms over %d partitions%n",
                    timings.get("solve_stage_ms").asLong(), timings.get("partitions").asInt());
            System.out.printf("    landing (4 tables)           : %,d ms%n", timings.get("landing_ms").asLong());
            System.out.printf("  sum of per-subproblem solve   : %,d ms -> ideal on %d cores %,.0f ms%n", sum, threads, ideal);
            System.out.printf("  wall / ideal                  : %.3f   (target <= 1.25)%n", wall / ideal);
            System.out.printf("  solve stage / ideal           : %.3f%n", timings.get("solve_stage_ms").asLong() / ideal);

            Map<String, Long> before = counts(spark);
            List<Row> results = results(spark);
            RunRecord second = runner.run(new MaxCutJob(), config, DAY, null);
            check(second);
            Map<String, Long> after = counts(spark);
            boolean same = results.equals(results(spark));
            System.out.printf("  rerun of the date             : rows before %s, after %s -> %s; results %s%n", before, after,
                    before.equals(after) ? "zero new rows" : "ROWS CHANGED", same ? "identical" : "DIFFERENT");
            if (!before.equals(after) || !same) {
                System.exit(1);
            }
        } finally {
            spark.stop();
            deleteQuietly(warehouse);
        }
    }

    private static void check(RunRecord run) {
        if (run.status() != RunStatus.SUCCEEDED) {
            System.err.println("pipeline bench: the run ended " + run.status().sqlValue() + ": " + run.message());
            System.exit(1);
        }
    }

    /** N connected random graphs of min..max nodes: a ring plus random chords, integer weights 1-3. */
    private static void writeGraphs(SparkSession spark, QHybridTables tables, int count, int min, int max, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Row> rows = new ArrayList<>();
        for (int g = 0; g < count; g++) {
            int nodes = min + g % (max - min + 1);
            String id = String.format("bench-%05d", g);
            java.util.Set<Long> seen = new java.util.HashSet<>();
            for (int u = 0; u < nodes; u++) {
                addEdge(rows, seen, id, u, (u + 1) % nodes, 1 + random.nextInt(3));
            }
            for (int k = 0; k < nodes; k++) {
                int u = random.nextInt(nodes);
                int v = random.nextInt(nodes);
                if (u != v) {
                    addEdge(rows, seen, id, u, v, 1 + random.nextInt(3));
                }
            }
        }
        spark.createDataFrame(rows, spark.table(tables.qualified(QHybridTables.GRAPH_EDGES)).schema())
                .write().format("delta").mode("append").saveAsTable(tables.qualified(QHybridTables.GRAPH_EDGES));
    }

    private static void addEdge(List<Row> rows, java.util.Set<Long> seen, String graph, int a, int b, double w) {
        int u = Math.min(a, b);
        int v = Math.max(a, b);
        if (seen.add((long) u << 32 | v)) {
            rows.add(RowFactory.create(graph, u, v, w, "bench", "bench-setup"));
        }
    }

    private static Map<String, Long> counts(SparkSession spark) {
        Map<String, Long> counts = new TreeMap<>();
        for (String t : List.of("subproblems", "results", "quantum_jobs", "benchmarks")) {
            counts.put(t, spark.sql("SELECT count(*) FROM qhybrid." + t).head().getLong(0));
        }
        return counts;
    }

    private static List<Row> results(SparkSession spark) {
        return spark.sql("SELECT subproblem_id, tier, best_bitstring, objective, approximation_ratio "
                + "FROM qhybrid.results ORDER BY subproblem_id").collectAsList();
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception ignored) {
            // a temp directory: the OS cleans it eventually
        }
    }
}
