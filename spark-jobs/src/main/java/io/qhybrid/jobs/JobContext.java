package io.qhybrid.jobs;

import static java.util.Objects.requireNonNull;

import io.qhybrid.jobs.config.JobConfig;
import io.qhybrid.tables.QHybridTables;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.spark.sql.SparkSession;

/**
 * Everything a running job may use: the session, its identity (run id, parent run id, run date),
 * its resolved config, the tables, the project home (for relative input paths) and the runner
 * (composite jobs run their steps through it).
 */
public record JobContext(
        SparkSession spark,
        String runId,
        String parentRunId,
        LocalDate runDate,
        JobConfig config,
        QHybridTables tables,
        Path workingDir,
        JobRunner runner) {
    public JobContext {
        requireNonNull(spark, "spark is null");
        requireNonNull(runId, "runId is null");
        requireNonNull(runDate, "runDate is null");
        requireNonNull(config, "config is null");
        requireNonNull(tables, "tables is null");
        requireNonNull(workingDir, "workingDir is null");
        requireNonNull(runner, "runner is null");
    }

    /** A path from the config, relative to the working directory unless absolute. */
    public Path resolvePath(String path) {
        Path p = Path.of(path);
        return p.isAbsolute() ? p : workingDir.resolve(p).normalize();
    }
}
