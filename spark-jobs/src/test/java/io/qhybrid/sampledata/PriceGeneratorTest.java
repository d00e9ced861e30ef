package io.qhybrid.sampledata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qhybrid.error.QHybridException;
import java.io.IOException;
import java.io.StringWriter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PriceGeneratorTest {
    private static PriceGenerator generator;
    private static String prices;

    @BeforeAll
    static void generateDefaults() throws IOException {
        generator = new PriceGenerator(PriceParameters.defaults());
        StringWriter out = new StringWriter();
        generator.writePrices(out);
        prices = out.toString();
    }

    @Test
    void defaultsCoverTwoCalendarYearsOfBusinessDays() {
        List<LocalDate> days = generator.days();
        assertThat(days.get(0)).isEqualTo(LocalDate.of(2023, 1, 2));
        assertThat(days.get(days.size() - 1)).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(BusinessCalendar.countBetween(LocalDate.of(2023, 1, 2), LocalDate.of(2024, 12, 31)))
                .isEqualTo(PriceParameters.DEFAULT_BUSINESS_DAYS);
        assertThat(days).noneMatch(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY)
                .doesNotContain(LocalDate.of(2023, 12, 25), LocalDate.of(2024, 7, 4), LocalDate.of(2024, 1, 1));
    }

    @Test
    void rowsFollowTheSchemaWithUniqueKeysAndPositivePrices() {
        String[] lines = prices.split("\n");
        assertThat(lines[0]).isEqualTo("date,asset_id,sector,close");
        Set<String> keys = new HashSet<>();
        Set<String> sectors = new HashSet<>();
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(",");
            assertThat(f).hasSize(4);
            LocalDate.parse(f[0]);
            assertThat(keys.add(f[0] + f[1])).isTrue();
            sectors.add(f[2]);
            assertThat(Double.parseDouble(f[3])).isPositive().isFinite();
        }
        assertThat(sectors).hasSize(10);
        assertThat(generator.assets()).hasSize(200);
        // Halts remove a few rows, never many.
        assertThat(lines.length - 1).isBetween(200 * 517 - 400, 200 * 517);
        assertThat(generator.assets()).anyMatch(a -> a.haltStart() >= 0);
    }

    @Test
    void sampleVolatilityOfEachAssetIsInTheConfiguredRange() {
        Map<String, List<Double>> returns = dailyLogReturns();
        List<Double> relativeErrors = new ArrayList<>();
        for (PricedAsset asset : generator.assets()) {
            double vol = standardDeviation(returns.get(asset.id()));
            // 516 returns: the sample standard deviation is within ~3% of the truth (1 sigma); allow 5 sigma.
            assertThat(vol).as(asset.id()).isBetween(0.01 * 0.85, 0.03 * 1.15);
            relativeErrors.add(Math.abs(vol / asset.dailyVol() - 1));
        }
        assertThat(relativeErrors.stream().mapToDouble(Double::doubleValue).average().orElseThrow()).isLessThan(0.05);
    }

    @Test
    void assetsInOneSectorMoveTogetherMoreThanAcrossSectors() {
        Map<String, List<Double>> returns = dailyLogReturns();
        List<String> tech = unhalted("TECH");
        List<String> energy = unhalted("ENRG");
        double same = 0;
        double across = 0;
        for (int i = 0; i < 4; i++) {
            same += correlation(returns.get(tech.get(i)), returns.get(tech.get(i + 1)));
            across += correlation(returns.get(tech.get(i)), returns.get(energy.get(i)));
        }
        assertThat(same).isGreaterThan(across);
        assertThat(across).isPositive(); // the market factor links every pair
    }

    /** Ids of assets in a sector that were never halted, so their return series align day by day. */
    private static List<String> unhalted(String sector) {
        return generator.assets().stream().filter(a -> a.sector().code().equals(sector) && a.haltStart() < 0)
                .map(PricedAsset::id).toList();
    }

    @Test
    void sameSeedSameBytes() throws IOException {
        PriceParameters small = PriceParameters.defaults().withAssets(30).withBusinessDays(40).withSeed(99);
        assertThat(write(small)).isEqualTo(write(small));
        assertThat(write(small.withSeed(100))).isNotEqualTo(write(small));
    }

    @Test
    void rejectsBadParameters() {
        assertThatThrownBy(() -> PriceParameters.defaults().withSectors(11)).isInstanceOf(QHybridException.class)
                .hasMessageContaining("sectors");
        assertThatThrownBy(() -> PriceParameters.defaults().withDailyVolRange(0.03, 0.01))
                .isInstanceOf(QHybridException.class);
    }

    private static String write(PriceParameters p) throws IOException {
        PriceGenerator g = new PriceGenerator(p);
        StringWriter out = new StringWriter();
        g.writeAssets(out);
        g.writePrices(out);
        return out.toString();
    }

    /** Returns between consecutive business days only; a return spanning a halt is skipped. */
    private static Map<String, List<Double>> dailyLogReturns() {
        Map<String, Integer> dayIndex = new HashMap<>();
        for (int i = 0; i < generator.days().size(); i++) {
            dayIndex.put(generator.days().get(i).toString(), i);
        }
        Map<String, double[]> last = new HashMap<>();
        Map<String, List<Double>> returns = new HashMap<>();
        String[] lines = prices.split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(",");
            int day = dayIndex.get(f[0]);
            double close = Double.parseDouble(f[3]);
            double[] previous = last.put(f[1], new double[] {day, close});
            List<Double> list = returns.computeIfAbsent(f[1], k -> new ArrayList<>());
            if (previous != null && previous[0] == day - 1) {
                list.add(Math.log(close / previous[1]));
            }
        }
        return returns;
    }

    private static double standardDeviation(List<Double> xs) {
        double mean = xs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double ss = xs.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum();
        return Math.sqrt(ss / (xs.size() - 1));
    }

    private static double correlation(List<Double> a, List<Double> b) {
        assertThat(a).hasSameSizeAs(b);
        int n = a.size();
        double ma = a.subList(0, n).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double mb = b.subList(0, n).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < n; i++) {
            sab += (a.get(i) - ma) * (b.get(i) - mb);
            saa += (a.get(i) - ma) * (a.get(i) - ma);
            sbb += (b.get(i) - mb) * (b.get(i) - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }
}
