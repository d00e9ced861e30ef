package io.qhybrid.tables;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One Delta table of the {@code qhybrid} database: its columns (Spark SQL DDL), its MERGE
 * keys, and its partition column (or null).
 */
public record TableDefinition(String name, String columns, List<String> keys, String partitionColumn, String comment) {
    public TableDefinition {
        requireNonNull(name, "name is null");
        requireNonNull(columns, "columns is null");
        keys = List.copyOf(keys);
        requireNonNull(comment, "comment is null");
    }

    String createStatement(String database) {
        return "CREATE TABLE IF NOT EXISTS " + database + "." + name + " (" + columns + ") USING delta"
                + (partitionColumn == null ? "" : " PARTITIONED BY (" + partitionColumn + ")")
                + " COMMENT '" + comment.replace("'", "\\'") + "'";
    }
}
