package io.qhybrid.pipelines;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.current_timestamp;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import io.qhybrid.jobs.JobContext;
import io.qhybrid.pipelines.internal.RecordSchemas;
import io.qhybrid.tables.DeltaMerge;
import io.qhybrid.tables.QHybridTables;
import io.qhybrid.tables.RejectsTable;
import io.qhybrid.tables.TableDefinition;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Lands one pipeline run: {@code subproblems}, {@code results}, {@code quantum_jobs},
 * {@code benchmarks} and the candidates whose models were refused in {@code rejects}. Each table's
 * slice for (run date, job) is replaced by one MERGE, so a retried stage or a rerun of the date
 * leaves the same rows a single run leaves; every row gets the run's lineage columns.
 */
public final class PipelineLanding {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PipelineLanding.class);
    private final JobContext context;
    private final Map<String, String> inputVersions;

    public PipelineLanding(JobContext context, Map<String, String> inputVersions) {
        this.context = context;
        this.inputVersions = Map.copyOf(inputVersions);
    }

    /**
     * @param outcomes rows of {@link RecordSchemas#OUTCOME}, persisted by the caller
     * @param prepRejects input records prep left out ({@code source, record_key, raw_record, reason}), or null
     */
    public Map<String, Long> land(Dataset<Row> outcomes, Dataset<Row> prepRejects) {
        QHybridTables tables = context.tables();
        Dataset<Row> subproblems = withRun(outcomes.select("subproblem.*"), QHybridTables.SUBPROBLEMS);
        Dataset<Row> results = withRun(outcomes.filter(col("result").isNotNull()).select("result.*"), QHybridTables.RESULTS);
        Dataset<Row> jobs = withRun(outcomes.select(explode(col("jobs")).as("j")).select("j.*"), QHybridTables.QUANTUM_JOBS);
        // four tables, four independent commits: written concurrently, since most of a small
        // MERGE's time is driver-side planning and commit work, not cluster work
        Map<TableDefinition, Dataset<Row>> writes = new java.util.LinkedHashMap<>();
        writes.put(QHybridTables.SUBPROBLEMS, subproblems);
        writes.put(QHybridTables.RESULTS, results);
        writes.put(QHybridTables.QUANTUM_JOBS, jobs);
        writes.put(QHybridTables.BENCHMARKS, Benchmarks.of(context, results, jobs));
        Dataset<Row> refused = outcomes.select("subproblem.*")
                .filter(col("route_reason").startsWith(SubproblemExecutor.REJECTED))
                .select(lit(context.config().job() + ".subproblems").as("source"), col("subproblem_id").as("record_key"),
                        col("source_key").as("raw_record"), col("route_reason").as("reason"));
        Dataset<Row> allRefused = prepRejects == null ? refused
                : refused.unionByName(prepRejects.select("source", "record_key", "raw_record", "reason"));
        // the rejects (their own table and commit) go alongside the four slices, not after them
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writes.size() + 1);
        long rejected;
        try {
            List<java.util.concurrent.Future<?>> pending = new java.util.ArrayList<>();
            writes.forEach((table, rows) -> pending.add(pool.submit(() -> replace(table, rows))));
            java.util.concurrent.Future<Long> rejects = pool.submit(() -> writeRejects(allRefused));
            pending.forEach(f -> DriverThreads.await(f, "landing"));
            rejected = DriverThreads.await(rejects, "landing");
        } finally {
            pool.shutdown();
        }
        return Map.of("rejected", rejected);
    }

    private long writeRejects(Dataset<Row> refused) {
        long rejected = refused.count();
        if (rejected > 0) {
            new RejectsTable(context.tables()).write(context.runId(), context.config().job(), context.runDate(), refused);
        }
        return rejected;
    }

    private void replace(TableDefinition table, Dataset<Row> rows) {
        long start = System.nanoTime();
        context.spark().sparkContext().setJobDescription(context.config().job() + ": landing " + table.name());
        DeltaMerge.replaceSlice(context.tables(), table, rows,
                "t.run_date = DATE'" + context.runDate() + "' AND t.job = '" + context.config().job() + "'");
        LOG.info("{}: landed {} in {} ms", context.config().job(), table.name(), (System.nanoTime() - start) / 1_000_000);
    }

    /** Adds the run columns and orders the columns as the table has them. */
    private Dataset<Row> withRun(Dataset<Row> rows, TableDefinition table) {
        Dataset<Row> withRun = rows
                .withColumn("run_id", lit(context.runId()))
                .withColumn("run_date", lit(java.sql.Date.valueOf(context.runDate())))
                .withColumn("job", lit(context.config().job()))
                .withColumn("config_hash", lit(context.config().hash()))
                .withColumn("input_versions", versions())
                .withColumn("submitter", lit(context.spark().sparkContext().getConf()
                        .get("spark.qhybrid.submitter", System.getProperty("user.name", "unknown"))))
                .withColumn("recorded_at", current_timestamp())
                .withColumn("updated_at", current_timestamp());
        Column[] columns = Arrays.stream(RecordSchemas.table(table).fieldNames()).map(c -> col(c).cast(
                RecordSchemas.table(table).apply(c).dataType()).as(c)).toArray(Column[]::new);
        return withRun.select(columns);
    }

    private Column versions() {
        Column[] kv = inputVersions.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .flatMap(e -> java.util.stream.Stream.of(lit(e.getKey()), lit(e.getValue())))
                .toArray(Column[]::new);
        return org.apache.spark.sql.functions.map(kv);
    }
}
