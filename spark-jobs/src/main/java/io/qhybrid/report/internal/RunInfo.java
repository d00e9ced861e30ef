package io.qhybrid.report.internal;

import static java.util.Objects.requireNonNull;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.spark.sql.Row;

/** The columns of one {@code runs} row that a report shows. */
public record RunInfo(
        String runId,
        String parentRunId,
        String job,
        LocalDate runDate,
        String status,
        Instant startedAt,
        Instant finishedAt,
        String submitter,
        String version,
        String gitCommit,
        String configHash,
        String message) {
    /** The columns {@link #from(Row)} reads, in its order. */
    static final String[] COLUMNS = {"run_id", "parent_run_id", "job", "run_date", "status", "started_at",
        "finished_at", "submitter", "version", "git_commit", "config_hash", "message"};

    public RunInfo {
        requireNonNull(runId, "runId is null");
        requireNonNull(job, "job is null");
        requireNonNull(runDate, "runDate is null");
        requireNonNull(status, "status is null");
    }

    static RunInfo from(Row row) {
        return new RunInfo(row.getString(0), row.getString(1), row.getString(2), ((Date) row.get(3)).toLocalDate(),
                row.getString(4), instant(row.get(5)), instant(row.get(6)), row.getString(7), row.getString(8),
                row.getString(9), row.getString(10), row.getString(11));
    }

    /** Wall time from start to finish, or null while either is unknown. */
    public Duration duration() {
        return startedAt == null || finishedAt == null ? null : Duration.between(startedAt, finishedAt);
    }

    private static Instant instant(Object value) {
        return value == null ? null : ((Timestamp) value).toInstant();
    }
}
