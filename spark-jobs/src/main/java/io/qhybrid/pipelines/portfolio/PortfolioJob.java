package io.qhybrid.pipelines.portfolio;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.qhybrid.error.QHybridErrors;
import io.qhybrid.jobs.JobContext;
import io.qhybrid.pipelines.PipelineJob;
import io.qhybrid.pipelines.PipelineOptions;
import io.qhybrid.pipelines.SubproblemKind;
import io.qhybrid.tables.DeltaMerge;
import io.qhybrid.tables.QHybridTables;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code portfolio}: daily prices -> log returns over the look-back window ending at the last
 * trading day on or before the run date -> per-asset mean and volatility -> the best
 * {@code portfolio.per-sector} assets of each sector by mean / volatility -> their covariances ->
 * one exactly-k selection per sector, solved on its routed tier. The chosen assets are in each
 * result's {@code detail_json}.
 */
public final class PortfolioJob extends PipelineJob {
    public static final String LOOKBACK_DAYS = "portfolio.lookback-days";
    public static final String PER_SECTOR = "portfolio.per-sector";
    public static final String MIN_OBSERVATIONS = "portfolio.min-observations";
    public static final String K = "portfolio.k";
    public static final String RISK_AVERSION = "portfolio.risk-aversion";

    @Override
    public String name() {
        return "portfolio";
    }

    @Override
    public String description() {
        return "portfolio: returns and covariances per sector, shortlist, exactly-k selection per sector";
    }

    @Override
    protected Map<String, String> jobDefaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(LOOKBACK_DAYS, "365");
        d.put(PER_SECTOR, "12");
        d.put(MIN_OBSERVATIONS, "120");
        d.put(K, "4");
        d.put(RISK_AVERSION, "2.0");
        return d;
    }

    @Override
    protected Prepared prepare(JobContext context, PipelineOptions options) {
        int lookback = context.config().getInt(LOOKBACK_DAYS);
        int perSector = context.config().getInt(PER_SECTOR);
        int minObservations = context.config().getInt(MIN_OBSERVATIONS);
        if (lookback < 2 || perSector < 1 || minObservations < 2) {
            throw QHybridErrors.invalidConfig(LOOKBACK_DAYS + "/" + PER_SECTOR + "/" + MIN_OBSERVATIONS,
                    lookback + "/" + perSector + "/" + minObservations,
                    "Give a look-back of 2+ days, 1+ assets per sector and 2+ observations.");
        }
        Dataset<Row> prices = context.spark().table(context.tables().qualified(QHybridTables.PRICES));
        Row last = prices.filter(col("date").leq(lit(java.sql.Date.valueOf(context.runDate())))).selectExpr("max(date)")
                .head();
        if (last.isNullAt(0)) {
            throw QHybridErrors.invalidArgument("prices", context.tables().qualified(QHybridTables.PRICES),
                    "There are no prices on or before " + context.runDate() + "; run ingest first.");
        }
        LocalDate to = last.getDate(0).toLocalDate();
        long version = DeltaMerge.version(context.tables(), QHybridTables.PRICES);
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put(context.tables().qualified(QHybridTables.PRICES), Long.toString(version));
        versions.put("window", to.minusDays(lookback) + ".." + to);
        return new Prepared(PortfolioPrep.candidates(prices, to.minusDays(lookback), to, perSector, minObservations),
                versions, PortfolioPrep.rejects(prices, to.minusDays(lookback), to));
    }

    @Override
    protected SubproblemKind kind(PipelineOptions options) {
        int k = options.config().getInt(K);
        double q = options.config().getDouble(RISK_AVERSION);
        if (k < 1 || !(q >= 0)) {
            throw QHybridErrors.invalidConfig(K + "/" + RISK_AVERSION, k + "/" + q,
                    "Hold at least 1 asset with a non-negative risk aversion.");
        }
        return new PortfolioKind(k, q);
    }
}
