package io.qhybrid.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.qhybrid.error.ErrorKind;
import io.qhybrid.error.QHybridException;
import io.qhybrid.jobs.config.JobConfig;
import io.qhybrid.tables.QHybridTables;
import io.qhybrid.tables.RunRecord;
import io.qhybrid.tables.RunsTable;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs jobs and records them: a {@code runs} row at start, the job, the same row at finish.
 * A job that throws ends {@code failed} with its message; earlier runs of the same job and
 * date still shown {@code running} are marked {@code abandoned} first.
 */
public final class JobRunner {
    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter RUN_ID_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final SparkSession spark;
    private final QHybridTables tables;
    private final Path workingDir;
    private final RunIdentity identity;
    private final JobRegistry registry;
    private final Map<String, JobConfig> stepConfigs;
    private final RunsTable runs;
    /** Run id to parent run id (or "") of every run this runner made, and those that failed on a USER_ERROR. */
    private final Map<String, String> parents = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Set<String> userErrors = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * @param stepConfigs resolved configs of the steps of a composite job, by job name
     */
    public JobRunner(SparkSession spark, QHybridTables tables, Path workingDir, RunIdentity identity,
            JobRegistry registry, Map<String, JobConfig> stepConfigs) {
        this.spark = spark;
        this.tables = tables;
        this.workingDir = workingDir;
        this.identity = identity;
        this.registry = registry;
        this.stepConfigs = Map.copyOf(stepConfigs);
        this.runs = new RunsTable(tables);
    }

    public RunRecord run(Job job, JobConfig config, LocalDate runDate, String parentRunId) {
        String runId = newRunId(job.name(), runDate);
        RunRecord record = new RunRecord(runId, parentRunId, job.name(), runDate, RunStatus.RUNNING, Instant.now(),
                null, identity.submitter(), identity.version(), identity.gitCommit(), config.toJson(), config.hash(),
                spark.sparkContext().applicationId(), Map.of(), null, null);
        long abandoned = runs.markAbandoned(job.name(), runDate, runId);
        if (abandoned > 0) {
            LOG.warn("Marked {} earlier run(s) of {} for {} as abandoned", abandoned, job.name(), runDate);
        }
        runs.start(record);
        parents.put(runId, parentRunId == null ? "" : parentRunId);
        LOG.info("Run {} started: job {} for {}", runId, job.name(), runDate);
        JobResult result;
        try {
            spark.sparkContext().setJobGroup(runId, job.name() + " " + runDate, false);
            result = job.run(new JobContext(spark, runId, parentRunId, runDate, config, tables, workingDir, this));
        } catch (QHybridException e) {
            LOG.error("Run {} failed: {}", runId, e.getMessage());
            if (e.kind() == ErrorKind.USER_ERROR) {
                userErrors.add(runId);
            }
            result = new JobResult(RunStatus.FAILED, e.getMessage(), Map.of(), Map.of());
        } catch (RuntimeException e) {
            LOG.error("Run {} failed", runId, e);
            result = new JobResult(RunStatus.FAILED, e.getClass().getSimpleName() + ": " + e.getMessage(), Map.of(), Map.of());
        } finally {
            spark.sparkContext().clearJobGroup();
        }
        RunRecord finished = record.finished(result.status(), Instant.now(), result.inputVersions(),
                toJson(result.summary()), result.message());
        runs.write(finished);
        LOG.info("Run {} {}: {}", runId, result.status().sqlValue(), result.message());
        return finished;
    }

    /**
     * Whether a run this runner made failed on a USER_ERROR, itself or in a step under it: bad
     * config or input, such as an empty input table, that the user must fix. The launcher then
     * exits 2, as for bad usage.
     */
    public boolean failedOnUserError(RunRecord record) {
        return record.status() == RunStatus.FAILED && failedOnUserError(record.runId());
    }

    private boolean failedOnUserError(String runId) {
        return userErrors.contains(runId) || parents.entrySet().stream()
                .anyMatch(e -> e.getValue().equals(runId) && failedOnUserError(e.getKey()));
    }

    /** Runs one step of a composite job under {@code parent}. */
    public RunRecord runStep(String step, JobContext parent) {
        JobConfig config = stepConfigs.get(step);
        if (config == null) {
            throw new IllegalStateException("no resolved config for step " + step);
        }
        return run(registry.get(step), config, parent.runDate(), parent.runId());
    }

    static String newRunId(String job, LocalDate runDate) {
        String stamp = Instant.now().atZone(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("HHmmss"));
        return runDate.format(RUN_ID_DATE) + "-" + job + "-" + stamp + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String toJson(Map<String, Object> summary) {
        try {
            return JSON.writeValueAsString(summary);
        } catch (Exception e) {
            return "{}";
        }
    }
}
