package io.qhybrid.jobs.ingest;

import static io.qhybrid.jobs.ingest.Validation.firstReason;
import static io.qhybrid.jobs.ingest.Validation.numberProblem;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.trim;

import io.qhybrid.tables.QHybridTables;
import io.qhybrid.tables.TableDefinition;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Daily prices, CSV with the header {@code date,asset_id,sector,close}: ISO date, asset id,
 * sector, a positive finite close. Key: (date, asset_id).
 */
final class PricesSource implements IngestSource {
    static final String HEADER = "date,asset_id,sector,close";

    @Override
    public String name() {
        return "prices";
    }

    @Override
    public String configKey() {
        return IngestOptions.PRICES;
    }

    @Override
    public TableDefinition table() {
        return QHybridTables.PRICES;
    }

    @Override
    public Dataset<Row> validate(Dataset<Row> lines) {
        Column fields = split(col("raw"), ",", -1);
        Dataset<Row> parsed = lines
                .filter(col("line_number").gt(1).or(trim(col("raw")).notEqual(HEADER)))
                .withColumn("f_date", trim(element_at(fields, 1)))
                .withColumn("asset_id", trim(element_at(fields, 2)))
                .withColumn("sector", trim(element_at(fields, 3)))
                .withColumn("f_close", trim(element_at(fields, 4)))
                .withColumn("field_count", size(fields))
                .withColumn("date", to_date(col("f_date"), "yyyy-MM-dd"))
                .withColumn("close", col("f_close").cast("double"));
        Column reason = firstReason(
                trim(col("raw")).equalTo(""), "empty line",
                col("line_number").equalTo(1), concat(lit("wrong schema: header is '"), col("raw"),
                        lit("', expected '" + HEADER + "'")),
                col("field_count").notEqual(4), concat(lit("wrong column count: "), col("field_count"),
                        lit(" fields, expected 4 (" + HEADER + ")")),
                col("f_date").rlike("^[0-9]{4}-[0-9]{2}-[0-9]{2}$").unary_$bang().or(col("date").isNull()),
                concat(lit("malformed date '"), col("f_date"), lit("', expected YYYY-MM-DD")),
                col("asset_id").equalTo(""), "missing asset_id",
                col("sector").equalTo(""), "missing sector",
                numberProblem(col("f_close"), "close").isNotNull(), numberProblem(col("f_close"), "close"),
                col("close").leq(0), concat(lit("close must be positive, got "), col("f_close")));
        return Validation.rejectDuplicates(parsed.withColumn("reason", reason), "(date, asset_id)", "date", "asset_id");
    }

    @Override
    public Dataset<Row> rows(Dataset<Row> good, String runId) {
        return good.select(col("date"), col("asset_id"), col("sector"), col("close"),
                col("file").as("source"), lit(runId).as("run_id"));
    }
}
