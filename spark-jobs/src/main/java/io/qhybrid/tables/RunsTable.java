package io.qhybrid.tables;

import io.qhybrid.jobs.RunStatus;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/** Writes {@code runs}: a row at start ({@code running}) and the same row again at finish. */
public final class RunsTable {
    private final QHybridTables tables;

    public RunsTable(QHybridTables tables) {
        this.tables = tables;
    }

    /** Records a new run: a plain append, since a run id is never reused. */
    public void start(RunRecord record) {
        rows(record).write().format("delta").mode("append").saveAsTable(tables.qualified(QHybridTables.RUNS));
    }

    /** Writes a run's row again (its outcome), by MERGE on run id within its date's partition. */
    public void write(RunRecord record) {
        DeltaMerge.upsert(tables, QHybridTables.RUNS, rows(record), QHybridTables.RUNS.keys(),
                "t.run_date = DATE'" + record.runDate() + "'");
    }

    private Dataset<Row> rows(RunRecord record) {
        StructType schema = tables.spark().table(tables.qualified(QHybridTables.RUNS)).schema();
        return tables.spark().createDataFrame(List.of(record.toRow()), schema);
    }

    /** Runs of {@code job} for {@code runDate} other than {@code exceptRunId}, whatever their status. */
    public long earlierRuns(String job, LocalDate runDate, String exceptRunId) {
        return tables.spark().sql("SELECT count(*) FROM " + tables.qualified(QHybridTables.RUNS) + " WHERE job = '"
                + job.replace("'", "") + "' AND run_date = DATE'" + Date.valueOf(runDate) + "' AND run_id <> '"
                + exceptRunId.replace("'", "") + "'").head().getLong(0);
    }

    /**
     * Marks earlier runs of {@code job} for {@code runDate} still shown as running as abandoned:
     * their process died (killed, lost executor host) before it could record an outcome.
     *
     * @return how many runs were marked
     */
    public long markAbandoned(String job, LocalDate runDate, String exceptRunId) {
        String table = tables.qualified(QHybridTables.RUNS);
        String where = "job = '" + job.replace("'", "") + "' AND run_date = DATE'" + Date.valueOf(runDate)
                + "' AND status = '" + RunStatus.RUNNING.sqlValue() + "' AND run_id <> '" + exceptRunId.replace("'", "") + "'";
        long stale = tables.spark().sql("SELECT count(*) FROM " + table + " WHERE " + where).head().getLong(0);
        if (stale > 0) {
            tables.spark().sql("UPDATE " + table + " SET status = '" + RunStatus.ABANDONED.sqlValue()
                    + "', finished_at = current_timestamp(), message = 'process ended before recording an outcome'"
                    + " WHERE " + where);
        }
        return stale;
    }
}
