package io.qhybrid.pipelines.internal;

import io.qhybrid.tables.QHybridTables;
import io.qhybrid.tables.TableDefinition;
import java.util.Arrays;
import java.util.Set;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The shapes of what the solve stage returns per subproblem, derived from the table definitions
 * so the two cannot drift: each table's columns minus the ones landing adds for the whole run
 * (run id, date, job, config hash, input versions, submitter, write time).
 */
public final class RecordSchemas {
    /** Columns landing fills in from the run, not the task. */
    public static final Set<String> RUN_COLUMNS = Set.of("run_id", "run_date", "job", "config_hash", "input_versions",
            "submitter", "recorded_at", "updated_at");

    public static final StructType SUBPROBLEM = taskColumns(QHybridTables.SUBPROBLEMS);
    public static final StructType RESULT = taskColumns(QHybridTables.RESULTS);
    public static final StructType QUANTUM_JOB = taskColumns(QHybridTables.QUANTUM_JOBS);

    /** One row per subproblem out of the solve stage: its record, its result (or null), its backend jobs. */
    public static final StructType OUTCOME = new StructType()
            .add("subproblem", SUBPROBLEM, false)
            .add("result", RESULT, true)
            .add("jobs", DataTypes.createArrayType(QUANTUM_JOB, false), false);

    private RecordSchemas() {}

    public static StructType table(TableDefinition table) {
        return StructType.fromDDL(table.columns());
    }

    private static StructType taskColumns(TableDefinition table) {
        StructField[] fields = Arrays.stream(table(table).fields())
                .filter(f -> !RUN_COLUMNS.contains(f.name()))
                .map(f -> new StructField(f.name(), f.dataType(), true, f.metadata()))
                .toArray(StructField[]::new);
        return new StructType(fields);
    }
}
