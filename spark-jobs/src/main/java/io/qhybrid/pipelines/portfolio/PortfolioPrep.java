package io.qhybrid.pipelines.portfolio;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.mean;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * The portfolio pipeline's classical narrowing, in DataFrame operations only (no UDFs, no typed
 * map) so that the RAPIDS Accelerator can run all of it on GPUs:
 * prices -> daily log returns -> per-asset mean and volatility -> a score (mean / volatility)
 * -> the top candidates per sector -> their covariance matrix -> one subproblem row per sector.
 *
 * <p>Covariances are computed from centred products and sums rather than {@code covar_samp},
 * which RAPIDS 25.04 does not run on the GPU.
 */
public final class PortfolioPrep {
    private PortfolioPrep() {}

    /** The prices of {@code (from, to]}. */
    private static Dataset<Row> window(Dataset<Row> prices, LocalDate from, LocalDate to) {
        return prices.filter(col("date").gt(lit(java.sql.Date.valueOf(from)))
                .and(col("date").leq(lit(java.sql.Date.valueOf(to)))));
    }

    /** Closes that are no price: missing, NaN, infinite, zero or negative. */
    private static Column badClose() {
        Column good = not(isnan(col("close"))).and(col("close").gt(0)).and(col("close").lt(Double.POSITIVE_INFINITY));
        return col("close").isNull().or(not(good));
    }

    /**
     * The price rows of {@code (from, to]} whose close is no price, as {@code rejects} rows
     * ({@code source, record_key, raw_record, reason}). Their assets are left out of the returns, so
     * the rest of the sector is still solved.
     */
    public static Dataset<Row> rejects(Dataset<Row> prices, LocalDate from, LocalDate to) {
        return window(prices, from, to).filter(badClose()).select(
                lit("prices").as("source"),
                concat_ws("@", col("asset_id"), col("date").cast("string")).as("record_key"),
                concat_ws(",", col("date").cast("string"), col("asset_id"), col("sector"), col("close").cast("string"))
                        .as("raw_record"),
                concat(lit("close must be a finite positive price, got "),
                        coalesce(col("close").cast("string"), lit("null")),
                        lit("; the asset is left out of this run: correct or delete the row in prices,"
                                + " then rerun the date"))
                        .as("reason"));
    }

    /**
     * Daily log returns {@code (sector, asset_id, date, r)} over {@code (from, to]}, leaving out the
     * assets with a bad close there (see {@link #rejects}).
     */
    public static Dataset<Row> returns(Dataset<Row> prices, LocalDate from, LocalDate to) {
        // the bad-close flag rides on the same per-asset partitioning as the lag: no second scan, no join
        return window(prices, from, to)
                .withColumn("bad_closes", sum(when(badClose(), 1).otherwise(0)).over(Window.partitionBy("asset_id")))
                .withColumn("previous", lag(col("close"), 1).over(Window.partitionBy("asset_id").orderBy("date")))
                .filter(col("bad_closes").equalTo(0).and(col("previous").isNotNull()))
                .select(col("sector"), col("asset_id"), col("date"), log(col("close").divide(col("previous"))).as("r"));
    }

    /** Per asset: observations, mean return, sample volatility and score = mean / volatility. */
    public static Dataset<Row> assetStats(Dataset<Row> returns) {
        Dataset<Row> moments = returns.groupBy("sector", "asset_id")
                .agg(count(lit(1)).as("n"), mean("r").as("mu"), sum(col("r").multiply(col("r"))).as("sum_r2"));
        return moments
                .withColumn("volatility", sqrt(col("sum_r2").minus(col("n").multiply(col("mu")).multiply(col("mu")))
                        .divide(col("n").minus(1))))
                .withColumn("score", col("mu").divide(col("volatility")))
                .drop("sum_r2");
    }

    /** The best {@code perSector} assets of each sector by score, among those with {@code minObservations}. */
    public static Dataset<Row> shortlist(Dataset<Row> stats, int perSector, int minObservations) {
        return stats.filter(col("n").geq(minObservations).and(col("volatility").gt(0)))
                .withColumn("rank", row_number().over(Window.partitionBy("sector").orderBy(col("score").desc(), col("asset_id"))))
                .filter(col("rank").leq(perSector));
    }

    /** Sample covariances {@code (sector, i, j, covariance)} between the shortlisted assets of each sector. */
    public static Dataset<Row> covariances(Dataset<Row> returns, Dataset<Row> shortlist) {
        Dataset<Row> centred = returns.join(shortlist.select("asset_id", "mu", "n"), "asset_id")
                .select(col("sector"), col("asset_id"), col("date"), col("r").minus(col("mu")).as("d"), col("n"));
        Dataset<Row> left = centred.select(col("sector"), col("asset_id").as("i"), col("date"), col("d").as("di"), col("n"));
        Dataset<Row> right = centred.select(col("sector").as("sector_j"), col("asset_id").as("j"), col("date").as("date_j"),
                col("d").as("dj"));
        return left.join(right, left.col("sector").equalTo(right.col("sector_j")).and(left.col("date").equalTo(right.col("date_j"))))
                .groupBy("sector", "i", "j")
                .agg(sum(col("di").multiply(col("dj"))).as("sum_dd"), count(lit(1)).as("pairs"))
                .select(col("sector"), col("i"), col("j"), col("sum_dd").divide(col("pairs").minus(1)).as("covariance"));
    }

    /**
     * One row per sector: {@code assets} (sorted ids with their mean return and score) and
     * {@code covariance} entries as (i, j, value) structs sorted by asset ids. The encoder
     * turns these into a dense matrix outside prep.
     */
    public static Dataset<Row> subproblems(Dataset<Row> shortlist, Dataset<Row> covariances) {
        Dataset<Row> assets = shortlist.groupBy("sector")
                .agg(sort_array(collect_list(struct(col("asset_id"), col("mu"), col("volatility"), col("score")))).as("assets"));
        Dataset<Row> matrix = covariances.groupBy("sector")
                .agg(sort_array(collect_list(struct(col("i"), col("j"), col("covariance")))).as("covariance"));
        return assets.join(matrix, "sector");
    }

    /**
     * The job's whole prep: returns over {@code (from, to]}, the per-sector shortlist and its
     * covariances, as one candidate row per sector ({@code subproblem_id = portfolio:<sector>},
     * size = shortlisted assets, classical score = the sector's mean asset score).
     */
    public static Dataset<Row> candidates(Dataset<Row> prices, LocalDate from, LocalDate to, int perSector,
            int minObservations) {
        Dataset<Row> returns = returns(prices, from, to);
        Dataset<Row> shortlist = shortlist(assetStats(returns), perSector, minObservations);
        Dataset<Row> scores = shortlist.groupBy("sector").agg(mean("score").as("classical_score"),
                count(lit(1)).as("assets_shortlisted"));
        return subproblems(shortlist, covariances(returns, shortlist))
                .join(scores, "sector")
                .withColumn("subproblem_id", org.apache.spark.sql.functions.concat(lit("portfolio:"), col("sector")))
                .withColumn("source_key", col("sector"))
                .withColumn("size", col("assets_shortlisted").cast("int"))
                .withColumn("shortlisted", lit(true))
                .withColumn("circuits", lit(1));
    }
}
