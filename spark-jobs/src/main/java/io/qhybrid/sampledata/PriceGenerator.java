package io.qhybrid.sampledata;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Daily close prices from a seeded multi-factor model (see {@link PriceParameters} for the
 * model). Everything is drawn from one {@link SplittableRandom} in a fixed order, so the same
 * parameters give the same bytes. Output: {@code assets.csv} ({@code asset_id,sector,name}) and
 * {@code prices.csv} ({@code date,asset_id,sector,close}, rows ordered by date then asset).
 */
public final class PriceGenerator {
    private static final String[] NAME_STARTS = {"Al", "Bor", "Cal", "Dun", "El", "Fen", "Gar", "Hal", "Ist",
        "Jun", "Kor", "Lum", "Mar", "Nor", "Ost", "Pel", "Quin", "Ros", "Sol", "Tor", "Ul", "Ver", "Wes", "Yar", "Zen"};
    private static final String[] NAME_ENDS = {"ex", "ion", "ara", "ent", "ico", "ium", "on", "is", "ata", "or"};

    private final PriceParameters parameters;
    private final List<LocalDate> days;
    private final List<PricedAsset> assets;

    public PriceGenerator(PriceParameters parameters) {
        this.parameters = requireNonNull(parameters, "parameters is null");
        this.days = BusinessCalendar.businessDays(parameters.start(), parameters.businessDays());
        this.assets = drawAssets(new SplittableRandom(parameters.seed()).split());
    }

    public PriceParameters parameters() {
        return parameters;
    }

    public List<LocalDate> days() {
        return days;
    }

    /** The assets, ordered by id. */
    public List<PricedAsset> assets() {
        return assets;
    }

    public void writeAssets(Writer out) throws IOException {
        out.write("asset_id,sector,name\n");
        for (PricedAsset a : assets) {
            out.write(a.id() + "," + a.sector().code() + "," + a.name() + "\n");
        }
    }

    /** Writes the price rows; returns how many. */
    public long writePrices(Writer out) throws IOException {
        // The factor stream is the second split of the seed, so asset draws and returns do not interleave.
        SplittableRandom root = new SplittableRandom(parameters.seed());
        root.split();
        SplittableRandom factors = root.split();
        double[] logPrice = new double[assets.size()];
        for (int i = 0; i < logPrice.length; i++) {
            logPrice[i] = StrictMath.log(assets.get(i).startPrice());
        }
        double[] sectorMoves = new double[parameters.sectors()];
        long rows = 0;
        out.write("date,asset_id,sector,close\n");
        for (int t = 0; t < days.size(); t++) {
            if (t > 0) {
                double market = parameters.marketVol() * RandomDraws.normal(factors);
                for (int s = 0; s < sectorMoves.length; s++) {
                    sectorMoves[s] = parameters.sectorVol() * RandomDraws.normal(factors);
                }
                for (int i = 0; i < logPrice.length; i++) {
                    PricedAsset a = assets.get(i);
                    logPrice[i] += a.annualDrift() / 252 - 0.5 * a.dailyVol() * a.dailyVol()
                            + a.marketLoading() * market + a.sectorLoading() * sectorMoves[a.sectorIndex()]
                            + a.idiosyncraticVol() * RandomDraws.normal(factors);
                }
            }
            String date = days.get(t).toString();
            for (int i = 0; i < logPrice.length; i++) {
                PricedAsset a = assets.get(i);
                if (a.halted(t)) {
                    continue;
                }
                out.write(date + "," + a.id() + "," + a.sector().code() + ","
                        + Decimals.fixed4(StrictMath.exp(logPrice[i])) + "\n");
                rows++;
            }
        }
        return rows;
    }

    private List<PricedAsset> drawAssets(SplittableRandom random) {
        List<PricedAsset> drawn = new ArrayList<>(parameters.assets());
        int[] perSector = new int[parameters.sectors()];
        for (int i = 0; i < parameters.assets(); i++) {
            int s = i % parameters.sectors();
            Sector sector = Sector.ALL.get(s);
            String id = sector.code() + String.format(Locale.ROOT, "%03d", ++perSector[s]);
            String name = NAME_STARTS[random.nextInt(NAME_STARTS.length)] + NAME_ENDS[random.nextInt(NAME_ENDS.length)]
                    + " " + sector.companyWord();
            double vol = RandomDraws.uniform(random, parameters.minDailyVol(), parameters.maxDailyVol());
            double beta = RandomDraws.uniform(random, 0.5, 1.5);
            double gamma = RandomDraws.uniform(random, 0.5, 1.5);
            double systematic = beta * beta * parameters.marketVol() * parameters.marketVol()
                    + gamma * gamma * parameters.sectorVol() * parameters.sectorVol();
            // Keep at least a fifth of each asset's variance idiosyncratic, so no two assets move in lockstep.
            double cap = 0.8 * vol * vol;
            if (systematic > cap) {
                double shrink = Math.sqrt(cap / systematic);
                beta *= shrink;
                gamma *= shrink;
                systematic = cap;
            }
            double idiosyncratic = Math.sqrt(vol * vol - systematic);
            double drift = RandomDraws.uniform(random, parameters.minAnnualDrift(), parameters.maxAnnualDrift());
            double startPrice = Math.min(900, Math.max(8, StrictMath.exp(StrictMath.log(60) + 0.8 * RandomDraws.normal(random))));
            int haltStart = -1;
            int haltLength = 0;
            if (random.nextDouble() < parameters.haltProbability() && days.size() > 20) {
                haltLength = 3 + random.nextInt(8);
                haltStart = 1 + random.nextInt(days.size() - haltLength - 1);
            }
            drawn.add(new PricedAsset(id, sector, s, name, vol, beta, gamma, idiosyncratic, drift,
                    Math.round(startPrice * 100) / 100.0, haltStart, haltLength));
        }
        drawn.sort(Comparator.comparing(PricedAsset::id));
        return List.copyOf(drawn);
    }
}
