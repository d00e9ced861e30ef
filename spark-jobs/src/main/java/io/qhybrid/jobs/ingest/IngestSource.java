package io.qhybrid.jobs.ingest;

import io.qhybrid.tables.TableDefinition;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One kind of input the ingest job loads: which config key names its files, which table it
 * lands in, and how its lines are checked.
 *
 * <p>{@link #validate} turns numbered lines ({@link TextLines#SCHEMA}) into rows holding a
 * {@code reason} (null for a good record) and the parsed columns; lines that are no record
 * (comments, blank lines, a header) are dropped there. {@link #rows} projects the good rows
 * onto the target table's columns, one row per key.
 */
interface IngestSource {
    String name();

    String configKey();

    TableDefinition table();

    Dataset<Row> validate(Dataset<Row> lines);

    Dataset<Row> rows(Dataset<Row> good, String runId);
}
