package io.qhybrid.pipelines;

import io.qhybrid.backend.BackendCapabilities;
import io.qhybrid.backend.BackendConfig;
import io.qhybrid.backend.BackendFactories;
import io.qhybrid.backend.QuantumBackend;
import io.qhybrid.error.ErrorKind;
import io.qhybrid.error.QHybridException;
import io.qhybrid.jobs.Job;
import io.qhybrid.jobs.JobContext;
import io.qhybrid.jobs.JobResult;
import io.qhybrid.jobs.RunStatus;
import io.qhybrid.jobs.config.JobConfig;
import io.qhybrid.pipelines.internal.RecordSchemas;
import io.qhybrid.pipelines.routing.ApprovalsTable;
import io.qhybrid.pipelines.routing.Router;
import io.qhybrid.pipelines.routing.RoutingPlan;
import io.qhybrid.pipelines.routing.RoutingPolicy;
import io.qhybrid.pipelines.routing.SolveSlots;
import io.qhybrid.pipelines.routing.Tier;
import io.qhybrid.tables.RunsTable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shape every pipeline job shares: prep (Spark SQL only, from the job) -> route (driver, in
 * subproblem order) -> solve ({@code mapPartitions}, {@link SubproblemExecutor}) -> land
 * ({@link PipelineLanding}) -> the job's own finishing step and a one-screen summary. With
 * {@code dry-run=true} it stops after routing and reports the QPU submissions it would make.
 */
public abstract class PipelineJob implements Job {
    public static final String DRY_RUN = "dry-run";
    /** The routed rows' solve partition. */
    private static final String SLOT = "slot";
    private static final Logger LOG = LoggerFactory.getLogger(PipelineJob.class);

    /**
     * Prep's output: one row per candidate subproblem, the versions of the inputs read, and the
     * input records prep left out as bad data ({@code source, record_key, raw_record, reason}, for
     * {@code rejects}; null when prep rejects nothing).
     */
    public record Prepared(Dataset<Row> candidates, Map<String, String> inputVersions, Dataset<Row> rejects) {
        public Prepared(Dataset<Row> candidates, Map<String, String> inputVersions) {
            this(candidates, inputVersions, null);
        }
    }

    /** The job's own keys and defaults; shared keys come from {@link PipelineOptions}. */
    protected abstract Map<String, String> jobDefaults();

    /**
     * Classical narrowing, in DataFrame operations only. The candidates carry
     * {@code subproblem_id, source_key, size, classical_score, shortlisted, circuits} (QPU
     * circuits one subproblem needs) plus whatever the job's {@link SubproblemKind} reads.
     */
    protected abstract Prepared prepare(JobContext context, PipelineOptions options);

    protected abstract SubproblemKind kind(PipelineOptions options);

    /** The job's kind under its default config: enough to {@link SubproblemKind#decode} stored models. */
    public SubproblemKind defaultKind() {
        return kind(new PipelineOptions(new JobConfig(name(), defaults())));
    }

    /**
     * The job's own combined answer, added to the summary. Runs while the tables land, so it may
     * read the run's frames and inputs but not the tables being written.
     */
    protected void finish(JobContext context, PipelineOptions options, Dataset<Row> candidates, Dataset<Row> outcomes,
            Map<String, Object> summary) {}

    @Override
    public final Map<String, String> defaults() {
        Map<String, String> all = new LinkedHashMap<>(PipelineOptions.withJobDefaults(jobDefaults()));
        all.put(DRY_RUN, "false");
        return java.util.Collections.unmodifiableMap(all);
    }

    /**
     * Checks the options and, with the QPU tier enabled, that its backend can be built: a refused
     * endpoint (plain http:// off this machine) or a missing credential is a USER_ERROR before any
     * Spark work. Building a backend makes no request to the provider.
     */
    @Override
    public void preflight(JobConfig config, java.nio.file.Path workingDir) {
        PipelineOptions options = new PipelineOptions(config);
        if (options.qpuEnabled()) {
            BackendFactories.create(options.qpuBackendConfig()).close();
        }
    }

    @Override
    public JobResult run(JobContext context) {
        long start = System.nanoTime();
        PipelineOptions options = new PipelineOptions(context.config());
        SubproblemKind kind = kind(options);
        Prepared prepared = prepare(context, options);
        List<Dataset<Row>> cached = new ArrayList<>();
        Dataset<Row> candidates = shortLineage(context, prepared.candidates(), cached);
        QpuTarget qpu = QpuTarget.of(options);
        List<RoutingPlan.Entry> routes = route(context, options, kind, candidates, qpu);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("candidates", routes.size());
        if (context.config().getBoolean(DRY_RUN)) {
            cached.forEach(Dataset::unpersist);
            return JobResult.succeeded("dry run: nothing submitted, nothing written", prepared.inputVersions(),
                    DryRun.summary(routes, options, qpu));
        }
        int partitions = options.partitions() > 0 ? options.partitions()
                : 4 * context.spark().sparkContext().defaultParallelism();
        Dataset<Row> routed = candidates.join(decisions(context, routes, partitions), "subproblem_id");
        // only QPU jobs outlive a run: look for an earlier run of the date only when they may exist
        boolean rerun = qpu.config() != null
                && new RunsTable(context.tables()).earlierRuns(name(), context.runDate(), context.runId()) > 0;
        ExecutionPlan plan = Plans.of(context, options, qpu, rerun);
        context.spark().sparkContext().setJobDescription(name() + ": solving " + routes.size() + " subproblems");
        long routedAt = System.nanoTime();
        try {
            Dataset<Row> outcomes;
            long solved;
            // the solve runs when the cached outcomes are first materialised, already inside shortLineage
            SubproblemExecutor executor = new SubproblemExecutor(plan, kind);
            try (Progress progress = new Progress(context.spark(), name() + " solve stage", 15)) {
                outcomes = shortLineage(context, solve(context, routed, partitions, executor), cached);
                solved = outcomes.count();
            }
            executor.solveStageCompleted();
            long solvedAt = System.nanoTime();
            LOG.info("{}: {} subproblems through the solve stage in {} ms", name(), solved, (solvedAt - routedAt) / 1_000_000);
            context.spark().sparkContext().setJobDescription(name() + ": landing");
            // the summary and the job's own answer read only the cached frames and the inputs: they are
            // computed while the tables land
            java.util.concurrent.ExecutorService summarising = java.util.concurrent.Executors.newSingleThreadExecutor();
            Map<String, Long> landed;
            try {
                Dataset<Row> solvedRows = outcomes;
                java.util.concurrent.Future<Map<String, Object>> runSummary = summarising.submit(() -> {
                    Map<String, Object> s = new LinkedHashMap<>(RunSummary.of(solvedRows));
                    finish(context, options, candidates, solvedRows, s);
                    return s;
                });
                landed = new PipelineLanding(context, prepared.inputVersions()).land(outcomes, prepared.rejects());
                summary.putAll(DriverThreads.await(runSummary, "summarising"));
            } finally {
                summarising.shutdown();
            }
            long landedAt = System.nanoTime();
            Map<String, Object> timings = new LinkedHashMap<>();
            timings.put("prep_and_route_ms", (routedAt - start) / 1_000_000);
            timings.put("solve_stage_ms", (solvedAt - routedAt) / 1_000_000);
            timings.put("sum_of_solve_ms", summary.remove("sum_of_solve_ms"));
            timings.put("landing_ms", (landedAt - solvedAt) / 1_000_000);
            timings.put("partitions", partitions);
            summary.put("timings", timings);
            summary.put("rejected", landed.get("rejected"));
            RunStatus status = RunSummary.status(landed.get("rejected"));
            return new JobResult(status, RunSummary.message(summary), prepared.inputVersions(), summary);
        } finally {
            cached.forEach(Dataset::unpersist);
        }
    }

    /**
     * Caches {@code rows} and returns a frame over the cached data whose plan is a single leaf.
     * Every later query (routing, landing four tables, the summary) then plans in milliseconds
     * instead of re-analysing prep's whole plan each time, which cost seconds per query. The
     * cache keeps its lineage, so a lost block is recomputed (a recomputed solve reuses its
     * idempotency keys and so its provider jobs).
     */
    private static Dataset<Row> shortLineage(JobContext context, Dataset<Row> rows, List<Dataset<Row>> cache) {
        Dataset<Row> cached = rows.persist(StorageLevel.MEMORY_AND_DISK());
        cache.add(cached);
        return context.spark().createDataFrame(cached.javaRDD(), cached.schema());
    }

    private List<RoutingPlan.Entry> route(JobContext context, PipelineOptions options, SubproblemKind kind,
            Dataset<Row> candidates, QpuTarget qpu) {
        ApprovalsTable approvalsTable = new ApprovalsTable(context.tables());
        RoutingPolicy policy = new RoutingPolicy(options.exactMaxVariables(), options.simulatorMaxQubits(),
                options.qpuEnabled(), qpu.maxQubits());
        // the approvals table is read only when the QPU tier may be used, and then once
        List<io.qhybrid.pipelines.routing.Approval> approvals = options.qpuEnabled() ? approvalsTable.all() : List.of();
        RoutingPlan plan = new RoutingPlan(new Router(policy, approvals), approvals,
                options.qpuEnabled() ? approvalsTable.spentOutside(context.runDate()) : Map.of(),
                options.qpuMaxCost(), options.qpuMaxShots());
        Instant now = Instant.now();
        List<RoutingPlan.Entry> entries = new ArrayList<>();
        for (Row r : candidates.select("subproblem_id", "size", "shortlisted", "circuits").orderBy("subproblem_id")
                .collectAsList()) {
            String id = r.getString(0);
            if (!r.getBoolean(2)) {
                entries.add(new RoutingPlan.Entry(id, r.getInt(1), null, 0, 0));
                continue;
            }
            entries.add(plan.route(name(), kind.kind(), id, r.getInt(1), qpu.costPerJob(options.qpuShots()),
                    options.qpuShots(), r.getInt(3), qpu.healthy(), now));
        }
        return entries;
    }

    /** The routes as rows, each with its solve partition ({@code slot}, see {@link SolveSlots}). */
    private static Dataset<Row> decisions(JobContext context, List<RoutingPlan.Entry> routes, int partitions) {
        StructType schema = new StructType().add("subproblem_id", "string").add("tier", "string")
                .add("route_reason", "string").add("approval_id", "string").add("estimated_cost", "double")
                .add(SLOT, "int");
        int[] slots = SolveSlots.assign(routes, partitions);
        List<Row> rows = new ArrayList<>(routes.size());
        for (int i = 0; i < routes.size(); i++) {
            RoutingPlan.Entry e = routes.get(i);
            rows.add(e.decision() == null
                    ? RowFactory.create(e.subproblemId(), null, "not_shortlisted", null, 0.0, slots[i])
                    : RowFactory.create(e.subproblemId(), e.decision().tier().sqlValue(), e.decision().reason(),
                            e.decision().approvalId(), e.estimatedCost(), slots[i]));
        }
        return context.spark().createDataFrame(rows, schema);
    }

    /**
     * Runs the executor over the routed rows, each partition holding exactly the rows of one
     * slot: a partitioner that maps slot i to partition i, where hash partitioning of the slot
     * numbers would put several slots together and leave other partitions empty.
     */
    private static Dataset<Row> solve(JobContext context, Dataset<Row> routed, int partitions, SubproblemExecutor executor) {
        int slotField = routed.schema().fieldIndex(SLOT);
        org.apache.spark.api.java.JavaRDD<Row> solved = routed.javaRDD()
                .mapToPair(r -> new scala.Tuple2<>(r.getInt(slotField), r))
                .partitionBy(new SlotPartitioner(partitions))
                .values()
                .mapPartitions(executor::call);
        return context.spark().createDataFrame(solved, RecordSchemas.OUTCOME);
    }

    /** Slot i to partition i. */
    private static final class SlotPartitioner extends org.apache.spark.Partitioner {
        private static final long serialVersionUID = 1L;
        private final int partitions;

        SlotPartitioner(int partitions) {
            this.partitions = partitions;
        }

        @Override
        public int numPartitions() {
            return partitions;
        }

        @Override
        public int getPartition(Object slot) {
            return (Integer) slot;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SlotPartitioner p && p.partitions == partitions;
        }

        @Override
        public int hashCode() {
            return partitions;
        }
    }

    /** The QPU tier as routing sees it: reachable or not, its qubit limit and cost model. */
    record QpuTarget(BackendConfig config, BackendCapabilities capabilities, boolean healthy, String error) {
        static QpuTarget of(PipelineOptions options) {
            if (!options.qpuEnabled()) {
                return new QpuTarget(null, null, false, null);
            }
            BackendConfig config = options.qpuBackendConfig();
            try (QuantumBackend backend = BackendFactories.create(config)) {
                return new QpuTarget(config, backend.capabilities(), true, null);
            } catch (QHybridException e) {
                if (e.kind() == ErrorKind.USER_ERROR) { // a refused endpoint or a missing key: the user must fix it
                    throw e;
                }
                LOG.warn("QPU backend {} is not usable, routing to the simulator: {}", config.name(), e.getMessage());
                return new QpuTarget(config, null, false, e.getMessage());
            } catch (RuntimeException e) { // unreachable or refusing: route to the simulator and say why
                LOG.warn("QPU backend {} is not usable, routing to the simulator: {}", config.name(), e.getMessage());
                return new QpuTarget(config, null, false, e.getMessage());
            }
        }

        int maxQubits() {
            return capabilities == null ? 0 : capabilities.maxQubits();
        }

        double costPerJob(int shots) {
            return capabilities == null ? 0 : capabilities.costModel().cost(1, shots);
        }
    }
}
