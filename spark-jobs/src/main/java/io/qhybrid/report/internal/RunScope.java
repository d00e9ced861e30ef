package io.qhybrid.report.internal;

import static org.apache.spark.sql.functions.col;

import io.qhybrid.tables.QHybridTables;
import io.qhybrid.tables.TableDefinition;
import java.sql.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The rows of each table that belong to a reported run: {@code run_id} among the covered runs
 * (and {@code run_date} among theirs where the table is partitioned by it). A table missing from
 * the warehouse reads as empty, so a report of an older warehouse still renders. The run's rows
 * of {@code subproblems}, {@code quantum_jobs} and {@code results} are cached for the several
 * queries that read them; {@link #close()} releases them.
 */
public final class RunScope implements AutoCloseable {
    private static final List<TableDefinition> CACHED =
            List.of(QHybridTables.SUBPROBLEMS, QHybridTables.QUANTUM_JOBS, QHybridTables.RESULTS);

    private final QHybridTables tables;
    private final ReportedRun run;
    private final Map<String, Dataset<Row>> cache = new HashMap<>();

    public RunScope(QHybridTables tables, ReportedRun run) {
        this.tables = tables;
        this.run = run;
    }

    public ReportedRun run() {
        return run;
    }

    public SparkSession spark() {
        return tables.spark();
    }

    /** The whole table (not filtered by run), or an empty frame of its schema when it is missing. */
    public Dataset<Row> all(TableDefinition table) {
        if (!exists(table)) {
            return spark().createDataFrame(List.of(), StructType.fromDDL(table.columns()));
        }
        return spark().table(tables.qualified(table));
    }

    public boolean exists(TableDefinition table) {
        return spark().catalog().tableExists(tables.database(), table.name());
    }

    /** The table's rows of the covered runs. */
    public Dataset<Row> rows(TableDefinition table) {
        Dataset<Row> cached = cache.get(table.name());
        if (cached != null) {
            return cached;
        }
        Dataset<Row> rows = all(table).where(col("run_id").isin(run.runIds().toArray()));
        if ("run_date".equals(table.partitionColumn())) {
            rows = rows.where(col("run_date").isin(run.runDates().stream().map(Date::valueOf).toArray()));
        }
        if (CACHED.contains(table)) {
            rows = rows.cache();
            cache.put(table.name(), rows);
        }
        return rows;
    }

    @Override
    public void close() {
        cache.values().forEach(Dataset::unpersist);
        cache.clear();
    }
}
