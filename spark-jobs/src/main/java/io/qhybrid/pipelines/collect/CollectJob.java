package io.qhybrid.pipelines.collect;

import io.qhybrid.backend.BackendConfig;
import io.qhybrid.backend.BackendFactories;
import io.qhybrid.backend.JobHandle;
import io.qhybrid.backend.JobStatus;
import io.qhybrid.backend.QuantumBackend;
import io.qhybrid.jobs.Job;
import io.qhybrid.jobs.JobContext;
import io.qhybrid.jobs.JobRegistry;
import io.qhybrid.jobs.JobResult;
import io.qhybrid.jobs.RunStatus;
import io.qhybrid.pipelines.EncodedSubproblem;
import io.qhybrid.pipelines.ExecutionPlan;
import io.qhybrid.pipelines.PipelineJob;
import io.qhybrid.pipelines.PipelineOptions;
import io.qhybrid.tables.DeltaMerge;
import io.qhybrid.tables.QHybridTables;
import io.qhybrid.tables.RunRecord;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code collect}: gathers the QPU jobs of a run date still {@code pending} in {@code quantum_jobs}
 * (left with the provider when a pipeline's wait ended). A subproblem whose jobs have all completed
 * is scored like the solve stage scores it; one with a failed job, or past its {@code deadline_at},
 * has its jobs cancelled and gets the classical fallback with the reason; the rest stay pending.
 * Rows change by MERGE on their keys. Exit code 75 (temporary failure) while jobs remain pending,
 * so a scheduler retries later.
 */
public final class CollectJob implements Job {
    /** Exit code while jobs remain pending before their deadline (EX_TEMPFAIL). */
    public static final int STILL_PENDING = 75;
    private static final Logger LOG = LoggerFactory.getLogger(CollectJob.class);

    @Override
    public String name() {
        return "collect";
    }

    @Override
    public String description() {
        return "gather QPU jobs left pending by the pipelines, or apply the fallback after their deadline";
    }

    @Override
    public Map<String, String> defaults() {
        return PipelineOptions.DEFAULTS;
    }

    @Override
    public int exitCode(RunRecord record) {
        if (record.status() == RunStatus.SUCCEEDED && record.summaryJson() != null
                && !record.summaryJson().contains("\"still_pending\":0")) {
            return STILL_PENDING;
        }
        return record.status().exitCode();
    }

    @Override
    public JobResult run(JobContext context) {
        PipelineOptions options = new PipelineOptions(context.config());
        QHybridTables tables = context.tables();
        String day = "run_date = DATE'" + context.runDate() + "'";
        List<Row> pending = context.spark().table(tables.qualified(QHybridTables.QUANTUM_JOBS))
                .where(day + " AND status = 'pending'").orderBy("job", "subproblem_id", "attempt").collectAsList();
        Map<String, List<Row>> bySubproblem = new TreeMap<>();
        pending.forEach(r -> bySubproblem.computeIfAbsent(r.<String>getAs("job") + "\u0000" + r.getAs("subproblem_id"),
                k -> new ArrayList<>()).add(r));
        int completed = 0;
        int fellBack = 0;
        int stillPending = 0;
        List<Row> jobRows = new ArrayList<>();
        List<Row> resultRows = new ArrayList<>();
        Instant now = Instant.now();
        JobRegistry registry = JobRegistry.standard();
        try (QuantumBackend backend = pending.isEmpty() ? null : BackendFactories.create(options.qpuBackendConfig())) {
            for (List<Row> jobs : bySubproblem.values()) {
                String job = jobs.get(0).getAs("job");
                String subproblemId = jobs.get(0).getAs("subproblem_id");
                Outcome outcome = poll(backend, jobs, now);
                if (outcome.state == State.PENDING) {
                    stillPending++;
                    continue;
                }
                Row stored = context.spark().table(tables.qualified(QHybridTables.SUBPROBLEMS))
                        .where(day + " AND job = '" + job + "' AND subproblem_id = '" + subproblemId.replace("'", "''") + "'")
                        .select("model_text").head();
                EncodedSubproblem subproblem = ((PipelineJob) registry.get(job)).defaultKind().decode(stored.getString(0));
                ExecutionPlan plan = scoringPlan(context, options, job);
                Map<String, Object> changes = outcome.state == State.DONE
                        ? LateResults.scored(subproblem, outcome.counts, plan, subproblemId)
                        : LateResults.fallback(subproblem, plan, subproblemId, outcome.reason);
                if (outcome.state == State.DONE) {
                    completed++;
                } else {
                    fellBack++;
                }
                resultRows.add(updated(context, QHybridTables.RESULTS, day, job, subproblemId, changes));
                for (int i = 0; i < jobs.size(); i++) {
                    Map<String, Object> jobChanges = new LinkedHashMap<>();
                    jobChanges.put("status", outcome.jobStatus.get(i));
                    jobChanges.put("fallback_reason", outcome.state == State.DONE ? null : outcome.reason);
                    jobChanges.put("updated_at", new Timestamp(System.currentTimeMillis()));
                    jobRows.add(copy(jobs.get(i), jobChanges));
                }
            }
        }
        if (!resultRows.isEmpty()) {
            StructType results = context.spark().table(tables.qualified(QHybridTables.RESULTS)).schema();
            StructType quantumJobs = context.spark().table(tables.qualified(QHybridTables.QUANTUM_JOBS)).schema();
            DeltaMerge.upsert(tables, QHybridTables.RESULTS, context.spark().createDataFrame(resultRows, results),
                    QHybridTables.RESULTS.keys(), "t." + day);
            DeltaMerge.upsert(tables, QHybridTables.QUANTUM_JOBS, context.spark().createDataFrame(jobRows, quantumJobs),
                    QHybridTables.QUANTUM_JOBS.keys(), "t." + day);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("pending_subproblems", bySubproblem.size());
        summary.put("completed", completed);
        summary.put("fell_back", fellBack);
        summary.put("still_pending", stillPending);
        LOG.info("collect {}: {} pending subproblems, {} completed, {} fell back, {} still pending", context.runDate(),
                bySubproblem.size(), completed, fellBack, stillPending);
        return JobResult.succeeded(completed + " completed, " + fellBack + " fell back, " + stillPending
                + " still pending", Map.of(), summary);
    }

    private enum State { DONE, FAILED, PENDING }

    private record Outcome(State state, List<Map<String, Long>> counts, List<String> jobStatus, String reason) {}

    /** Polls every job of one subproblem once; cancels them all when one failed or the deadline passed. */
    private static Outcome poll(QuantumBackend backend, List<Row> jobs, Instant now) {
        List<Map<String, Long>> counts = new ArrayList<>();
        List<JobStatus> states = new ArrayList<>();
        for (Row r : jobs) {
            JobHandle handle = handle(backend, r);
            JobStatus status = backend.status(handle);
            states.add(status);
            if (status == JobStatus.COMPLETED) {
                counts.add(backend.result(handle).counts0());
            }
        }
        if (states.stream().allMatch(s -> s == JobStatus.COMPLETED)) {
            return new Outcome(State.DONE, counts, states.stream().map(s -> "completed").toList(), null);
        }
        boolean failed = states.stream().anyMatch(s -> s == JobStatus.FAILED || s == JobStatus.CANCELLED);
        Timestamp deadline = jobs.get(0).getAs("deadline_at");
        boolean late = deadline != null && now.isAfter(deadline.toInstant());
        if (!failed && !late) {
            return new Outcome(State.PENDING, counts, List.of(), null);
        }
        List<String> finalStates = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            if (!states.get(i).isTerminal()) {
                backend.cancel(handle(backend, jobs.get(i)));
                finalStates.add("cancelled");
            } else {
                finalStates.add(states.get(i) == JobStatus.COMPLETED ? "completed" : "failed");
            }
        }
        return new Outcome(State.FAILED, counts, finalStates, failed ? "provider_failed" : "timeout");
    }

    private static JobHandle handle(QuantumBackend backend, Row r) {
        return new JobHandle(backend.name(), r.getAs("provider_job_id"), r.getAs("idempotency_key"));
    }

    /** The settings scoring needs, under the original job's name so its seeds match the solve stage's. */
    private static ExecutionPlan scoringPlan(JobContext context, PipelineOptions o, String job) {
        return new ExecutionPlan(job, context.runId(), context.runDate(), o.seed(), o.qaoaLayers(), o.qaoaStarts(),
                o.qaoaMaxEvaluations(), o.shots(), o.vqeDepth(), o.vqeStarts(), o.vqeMaxEvaluations(),
                o.baselineExactMax(), o.annealingSweeps(), o.annealingRestarts(),
                BackendConfig.of("simulator-statevector", "statevector", null),
                io.qhybrid.pool.PoolConfig.defaults(), null, null, o.qpuShots(), o.qpuCollectDeadlineHours(), false);
    }

    /** The stored row of {@code table} for the subproblem, with {@code changes} applied and this run's id. */
    private static Row updated(JobContext context, io.qhybrid.tables.TableDefinition table, String day, String job,
            String subproblemId, Map<String, Object> changes) {
        Row stored = context.spark().table(context.tables().qualified(table))
                .where(day + " AND job = '" + job + "' AND subproblem_id = '" + subproblemId.replace("'", "''") + "'")
                .head();
        Map<String, Object> all = new LinkedHashMap<>(changes);
        all.put("updated_at", new Timestamp(System.currentTimeMillis()));
        return copy(stored, all);
    }

    private static Row copy(Row row, Map<String, Object> changes) {
        Object[] values = new Object[row.length()];
        for (int i = 0; i < values.length; i++) {
            String name = row.schema().fieldNames()[i];
            values[i] = changes.containsKey(name) ? changes.get(name) : row.get(i);
        }
        return RowFactory.create(values);
    }
}
