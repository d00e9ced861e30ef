package io.qhybrid.pipelines.internal;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * Fills a {@link Row} of a known schema by column name, so record code does not depend on
 * column order. An unknown name fails at once: it is a programming error, not bad input.
 */
public final class RowBuilder {
    private final StructType schema;
    private final Object[] values;

    public RowBuilder(StructType schema) {
        this.schema = schema;
        this.values = new Object[schema.length()];
    }

    public RowBuilder set(String column, Object value) {
        values[schema.fieldIndex(column)] = value;
        return this;
    }

    public Row build() {
        return RowFactory.create(values.clone());
    }
}
