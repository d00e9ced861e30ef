package io.qhybrid.sampledata;

/**
 * One asset of the generated price universe with the model values it was drawn with.
 *
 * @param dailyVol total daily volatility of log returns
 * @param marketLoading beta on the market factor
 * @param sectorLoading loading on its sector's factor
 * @param idiosyncraticVol volatility of its own noise
 * @param annualDrift drift of the price process: the expected price grows by a factor exp(annualDrift) a year
 * @param haltStart first business-day index with no row, or -1 when never halted
 * @param haltLength number of consecutive business days without rows
 */
public record PricedAsset(String id, Sector sector, int sectorIndex, String name, double dailyVol,
                          double marketLoading, double sectorLoading, double idiosyncraticVol,
                          double annualDrift, double startPrice, int haltStart, int haltLength) {
    /** True when the asset has no price on business day {@code dayIndex}. */
    public boolean halted(int dayIndex) {
        return haltStart >= 0 && dayIndex >= haltStart && dayIndex < haltStart + haltLength;
    }
}
