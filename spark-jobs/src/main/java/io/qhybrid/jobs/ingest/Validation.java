package io.qhybrid.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/** Checks shared by the ingest sources, as Spark SQL expressions. */
final class Validation {
    private Validation() {}

    /** The first reason that applies, or null: {@code firstReason(cond1, reason1, cond2, reason2, ...)}. */
    static Column firstReason(Object... conditionsAndReasons) {
        Column result = lit(null).cast("string");
        for (int i = conditionsAndReasons.length - 2; i >= 0; i -= 2) {
            Column condition = (Column) conditionsAndReasons[i];
            Object reason = conditionsAndReasons[i + 1];
            Column reasonColumn = reason instanceof Column c ? c : lit(reason);
            result = when(condition, reasonColumn).otherwise(result);
        }
        return result;
    }

    /** A finite-number check on a column cast to double: the reason when it fails, else null. */
    static Column numberProblem(Column text, String what) {
        Column value = text.cast("double");
        return firstReason(
                text.isNull().or(text.equalTo("")), "missing " + what,
                value.isNull(), concat(lit("non-numeric " + what + " '"), text, lit("'")),
                value.isNaN(), what + " is NaN",
                value.equalTo(Double.POSITIVE_INFINITY).or(value.equalTo(Double.NEGATIVE_INFINITY)), what + " is infinite");
    }

    /**
     * Marks all but the first good row of each key as a duplicate, naming the line of the first.
     * Rows that already carry a reason are left as they are.
     */
    static Dataset<Row> rejectDuplicates(Dataset<Row> validated, String keyDescription, String... keys) {
        Column[] keyColumns = new Column[keys.length + 1];
        keyColumns[0] = col("reason").isNull();
        for (int i = 0; i < keys.length; i++) {
            keyColumns[i + 1] = col(keys[i]);
        }
        WindowSpec byKey = Window.partitionBy(keyColumns).orderBy(col("file"), col("line_number"));
        Column firstSeen = concat(first(col("file")).over(byKey), lit(":"), first(col("line_number")).over(byKey));
        return validated.withColumn("reason", when(col("reason").isNull().and(row_number().over(byKey).gt(1)),
                concat(lit("duplicate key " + keyDescription + ", first seen at "), firstSeen))
                .otherwise(col("reason")));
    }
}
