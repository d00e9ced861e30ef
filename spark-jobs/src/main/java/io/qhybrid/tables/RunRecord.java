package io.qhybrid.tables;

import static java.util.Objects.requireNonNull;

import io.qhybrid.jobs.RunStatus;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.collection.JavaConverters;

/** One row of {@code runs}. "Change" returns a copy. */
public record RunRecord(
        String runId,
        String parentRunId,
        String job,
        LocalDate runDate,
        RunStatus status,
        Instant startedAt,
        Instant finishedAt,
        String submitter,
        String version,
        String gitCommit,
        String configJson,
        String configHash,
        String sparkAppId,
        Map<String, String> inputVersions,
        String summaryJson,
        String message) {
    public RunRecord {
        requireNonNull(runId, "runId is null");
        requireNonNull(job, "job is null");
        requireNonNull(runDate, "runDate is null");
        requireNonNull(status, "status is null");
        inputVersions = Map.copyOf(inputVersions);
    }

    public RunRecord finished(RunStatus newStatus, Instant at, Map<String, String> versions, String summary, String text) {
        return new RunRecord(runId, parentRunId, job, runDate, newStatus, startedAt, at, submitter, version,
                gitCommit, configJson, configHash, sparkAppId, versions, summary, text);
    }

    /** The row, in the column order of {@link QHybridTables#RUNS}. */
    Row toRow() {
        return RowFactory.create(runId, parentRunId, job, Date.valueOf(runDate), status.sqlValue(),
                timestamp(startedAt), timestamp(finishedAt), submitter, version, gitCommit, configJson, configHash,
                sparkAppId, JavaConverters.mapAsScalaMap(inputVersions).toMap(scala.Predef.$conforms()),
                summaryJson, message);
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
