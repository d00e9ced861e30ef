package io.qhybrid.sampledata;

import io.qhybrid.error.QHybridErrors;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Parameters of {@link PriceGenerator}. Daily log return of asset i on day t:
 * {@code r = drift_i - vol_i^2 / 2 + beta_i M_t + gamma_i S_(sector(i),t) + e_i,t}, with the market
 * factor {@code M ~ N(0, marketVol^2)}, one sector factor {@code S ~ N(0, sectorVol^2)} per sector
 * and idiosyncratic noise {@code e} sized so that each asset's total daily volatility is exactly
 * {@code vol_i}, drawn uniformly from {@code [minDailyVol, maxDailyVol]}.
 *
 * @param assets number of assets (dealt round-robin to the sectors)
 * @param sectors number of sectors, 1 to {@code Sector.ALL.size()}
 * @param start first calendar day considered; the first row is the first business day on or after it
 * @param businessDays number of business days (rows per asset before halts)
 * @param seed seed of the one {@link java.util.SplittableRandom} everything is drawn from
 * @param minDailyVol lowest total daily volatility of log returns
 * @param maxDailyVol highest total daily volatility of log returns
 * @param marketVol daily volatility of the market factor
 * @param sectorVol daily volatility of each sector factor
 * @param minAnnualDrift lowest expected annual return (drift per day is this over 252)
 * @param maxAnnualDrift highest expected annual return
 * @param haltProbability chance that an asset has one trading halt of 3 to 10 business days with no rows
 */
public record PriceParameters(int assets, int sectors, LocalDate start, int businessDays, long seed,
                              double minDailyVol, double maxDailyVol, double marketVol, double sectorVol,
                              double minAnnualDrift, double maxAnnualDrift, double haltProbability) {
    public static final LocalDate DEFAULT_START = LocalDate.of(2023, 1, 2);
    /** Business days from 2023-01-02 to 2024-12-31 in {@link BusinessCalendar}. */
    public static final int DEFAULT_BUSINESS_DAYS = 517;
    public static final long DEFAULT_SEED = 20230102L;

    public PriceParameters {
        Objects.requireNonNull(start, "start is null");
        check(assets >= 1 && assets <= 100_000, "assets", assets, "Give 1 to 100000 assets.");
        check(sectors >= 1 && sectors <= Sector.ALL.size(), "sectors", sectors,
                "Give 1 to " + Sector.ALL.size() + " sectors.");
        check(businessDays >= 2 && businessDays <= 20_000, "days", businessDays, "Give 2 to 20000 business days.");
        check(minDailyVol > 0 && minDailyVol <= maxDailyVol && maxDailyVol < 0.5, "daily volatility range",
                minDailyVol + ".." + maxDailyVol, "Give 0 < min <= max < 0.5.");
        check(marketVol >= 0 && sectorVol >= 0, "factor volatility", marketVol + "/" + sectorVol,
                "Factor volatilities cannot be negative.");
        check(minAnnualDrift <= maxAnnualDrift, "annual drift range", minAnnualDrift + ".." + maxAnnualDrift,
                "Give min <= max.");
        check(haltProbability >= 0 && haltProbability <= 1, "halt probability", haltProbability,
                "Give a probability between 0 and 1.");
    }

    /** 200 assets in 10 sectors over 2023-01-02 .. 2024-12-31, daily volatility 1% to 3%. */
    public static PriceParameters defaults() {
        return new PriceParameters(200, 10, DEFAULT_START, DEFAULT_BUSINESS_DAYS, DEFAULT_SEED,
                0.01, 0.03, 0.009, 0.007, -0.05, 0.15, 0.03);
    }

    public PriceParameters withAssets(int value) {
        return new PriceParameters(value, sectors, start, businessDays, seed, minDailyVol, maxDailyVol,
                marketVol, sectorVol, minAnnualDrift, maxAnnualDrift, haltProbability);
    }

    public PriceParameters withSectors(int value) {
        return new PriceParameters(assets, value, start, businessDays, seed, minDailyVol, maxDailyVol,
                marketVol, sectorVol, minAnnualDrift, maxAnnualDrift, haltProbability);
    }

    public PriceParameters withBusinessDays(int value) {
        return new PriceParameters(assets, sectors, start, value, seed, minDailyVol, maxDailyVol,
                marketVol, sectorVol, minAnnualDrift, maxAnnualDrift, haltProbability);
    }

    public PriceParameters withStart(LocalDate value) {
        return new PriceParameters(assets, sectors, value, businessDays, seed, minDailyVol, maxDailyVol,
                marketVol, sectorVol, minAnnualDrift, maxAnnualDrift, haltProbability);
    }

    public PriceParameters withSeed(long value) {
        return new PriceParameters(assets, sectors, start, businessDays, value, minDailyVol, maxDailyVol,
                marketVol, sectorVol, minAnnualDrift, maxAnnualDrift, haltProbability);
    }

    public PriceParameters withDailyVolRange(double min, double max) {
        return new PriceParameters(assets, sectors, start, businessDays, seed, min, max,
                marketVol, sectorVol, minAnnualDrift, maxAnnualDrift, haltProbability);
    }

    private static void check(boolean ok, String what, Object value, String fix) {
        if (!ok) {
            throw QHybridErrors.invalidArgument(what, value, fix);
        }
    }
}
