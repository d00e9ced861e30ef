package io.qhybrid.tables;

import io.delta.tables.DeltaTable;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Idempotent upserts: rows whose keys exist are updated, others inserted, so a retried task,
 * a retried stage or a rerun of the same date never duplicates a row. The source must hold at
 * most one row per key (callers deduplicate first; Delta refuses ambiguous merges).
 */
public final class DeltaMerge {
    private DeltaMerge() {}

    public static void upsert(QHybridTables tables, TableDefinition table, Dataset<Row> source) {
        upsert(tables, table, source, table.keys());
    }

    public static void upsert(QHybridTables tables, TableDefinition table, Dataset<Row> source, List<String> keys) {
        upsert(tables, table, source, keys, null);
    }

    /**
     * @param targetFilter a predicate on the target alone ({@code t.run_date = DATE'2026-11-24'}) that
     *     every matching row satisfies, so Delta reads only those partitions; null for none
     */
    public static void upsert(QHybridTables tables, TableDefinition table, Dataset<Row> source, List<String> keys,
            String targetFilter) {
        String condition = keys.stream()
                .map(k -> "t.`" + k + "` <=> s.`" + k + "`")
                .collect(Collectors.joining(" AND "))
                + (targetFilter == null ? "" : " AND " + targetFilter);
        DeltaTable.forName(tables.spark(), tables.qualified(table))
                .as("t")
                .merge(source.as("s"), condition)
                .whenMatched().updateAll()
                .whenNotMatched().insertAll()
                .execute();
    }

    /**
     * Makes one slice of the target (a run date and job) equal to {@code source}: rows with matching
     * keys updated, new ones inserted, and rows of the slice that the source no longer has deleted,
     * all in one commit. A rerun of a date thus leaves exactly what a single run would have left.
     *
     * @param slice a predicate on the target alone ({@code t.run_date = DATE'...' AND t.job = '...'})
     */
    public static void replaceSlice(QHybridTables tables, TableDefinition table, Dataset<Row> source, String slice) {
        String condition = table.keys().stream()
                .map(k -> "t.`" + k + "` <=> s.`" + k + "`")
                .collect(Collectors.joining(" AND ")) + " AND " + slice;
        DeltaTable.forName(tables.spark(), tables.qualified(table))
                .as("t")
                .merge(source.as("s"), condition)
                .whenMatched().updateAll()
                .whenNotMatched().insertAll()
                .whenNotMatchedBySource(slice).delete()
                .execute();
    }

    /** The current version of a Delta table, for lineage. */
    public static long version(QHybridTables tables, TableDefinition table) {
        Row last = DeltaTable.forName(tables.spark(), tables.qualified(table)).history(1).select("version").head();
        return last.getLong(0);
    }
}
