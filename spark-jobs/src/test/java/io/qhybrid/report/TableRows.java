package io.qhybrid.report;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Appends rows to a Delta table by column name, the other columns null; Delta enforces the
 * table's NOT NULL columns, and an unknown column name fails the test at once.
 */
final class TableRows {
    private TableRows() {}

    /** A row as column name to value: LocalDate, Instant, numbers and strings as the column needs. */
    static Map<String, Object> row(Object... namesAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            row.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return row;
    }

    static void append(SparkSession spark, String table, List<Map<String, Object>> rows) {
        StructType schema = spark.table(table).schema();
        List<Row> out = new ArrayList<>();
        for (Map<String, Object> values : rows) {
            TreeSet<String> unknown = new TreeSet<>(values.keySet());
            Arrays.asList(schema.fieldNames()).forEach(unknown::remove);
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("no columns " + unknown + " in " + table);
            }
            Object[] cells = new Object[schema.size()];
            for (int i = 0; i < cells.length; i++) {
                StructField field = schema.fields()[i];
                cells[i] = convert(values.get(field.name()), field.dataType());
            }
            out.add(RowFactory.create(cells));
        }
        spark.createDataFrame(out, schema).write().format("delta").mode("append").saveAsTable(table);
    }

    private static Object convert(Object value, DataType type) {
        if (value instanceof LocalDate date) {
            return Date.valueOf(date);
        }
        if (value instanceof Instant instant) {
            return Timestamp.from(instant);
        }
        if (value instanceof Number number) {
            if (type.equals(DataTypes.LongType)) {
                return number.longValue();
            }
            if (type.equals(DataTypes.IntegerType)) {
                return number.intValue();
            }
            if (type.equals(DataTypes.DoubleType)) {
                return number.doubleValue();
            }
        }
        return value;
    }
}
