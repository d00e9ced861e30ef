package io.qhybrid.tables;

import io.qhybrid.jobs.RunStatus;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/** Writes {@code runs}: a row at start ({@code running}) and the same row again at finish. */
public final class RunsTable {
    private final QHybridTables tables;

    public RunsTable(QHybridTables tables) {
        this.tables = tables;
    }

    public void write(RunRecord record) {
        StructType schema = tables.spark().table(tables.qualified(QHybridTables.RUNS)).schema();
        List<Row> rows = List.of(record.toRow());
        DeltaMerge.upsert(tables, QHybridTables.RUNS, tables.spark().createDataFrame(rows, schema));
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
