package io.qhybrid.tables;

import static org.apache.spark.sql.functions.current_timestamp;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;

import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Writes {@code rejects}: bad records with their source and the reason they were refused.
 * Keyed by (run date, job, source, record key), so rerunning a date replaces, never duplicates.
 */
public final class RejectsTable {
    private final QHybridTables tables;

    public RejectsTable(QHybridTables tables) {
        this.tables = tables;
    }

    /**
     * @param rejects columns {@code source}, {@code record_key}, {@code raw_record}, {@code reason}
     */
    public void write(String runId, String job, LocalDate runDate, Dataset<Row> rejects) {
        Dataset<Row> rows = rejects
                .withColumn("run_id", lit(runId))
                .withColumn("job", lit(job))
                .withColumn("run_date", to_date(lit(runDate.toString())))
                .withColumn("rejected_at", current_timestamp())
                .select("run_id", "job", "run_date", "source", "record_key", "raw_record", "reason", "rejected_at")
                .dropDuplicates("source", "record_key");
        DeltaMerge.upsert(tables, QHybridTables.REJECTS, rows, QHybridTables.REJECTS.keys(),
                "t.run_date = DATE'" + runDate + "'");
    }
}
