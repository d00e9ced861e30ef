package io.qhybrid.report.internal;

import io.qhybrid.report.ReportPlot;
import io.qhybrid.report.internal.PlotData.EnergyCurve;
import io.qhybrid.report.internal.PlotData.EnergyPoint;
import io.qhybrid.report.internal.PlotData.Latency;
import io.qhybrid.report.internal.PlotData.LatencyBin;
import io.qhybrid.report.internal.PlotData.RatioGroup;
import io.qhybrid.report.internal.PlotData.Ratios;
import io.qhybrid.report.internal.PlotData.ReasonCount;
import io.qhybrid.report.internal.PlotData.SizeRange;
import io.qhybrid.report.internal.PlotData.TrendPoint;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.ClusteredXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws the report's plots with JFreeChart, off screen. {@link #headless()} must run before
 * anything touches AWT, so a driver without a display never tries to open one.
 */
public final class ReportCharts {
    /** A palette that stays distinguishable for the common colour-vision deficiencies (Okabe and Ito). */
    private static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
        new Color(0xD55E00), new Color(0xCC79A7), new Color(0x56B4E9), new Color(0x666666), new Color(0xF0E442)};
    private static final Color GRID = new Color(0xD0D0D0);

    private ReportCharts() {}

    public static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    public static void save(JFreeChart chart, Path file) throws IOException {
        ChartUtils.saveChartAsPNG(file.toFile(), chart, ReportPlot.WIDTH, ReportPlot.HEIGHT);
    }

    public static JFreeChart ratios(Ratios ratios, String subtitle) {
        Map<String, String> labels = new LinkedHashMap<>();
        ratios.sizeClasses().forEach(c -> labels.put(c.sizeClass(), c.label()));
        DefaultBoxAndWhiskerCategoryDataset dataset = new DefaultBoxAndWhiskerCategoryDataset();
        for (RatioGroup g : ratios.groups()) {
            // whiskers span min..max: no point is drawn as an outlier
            dataset.add(new BoxAndWhiskerItem(g.mean(), g.median(), g.q1(), g.q3(), g.min(), g.max(), g.min(), g.max(),
                    List.of()), g.tier(), labels.get(g.sizeClass()));
        }
        NumberAxis ratio = new NumberAxis("approximation ratio (objective / reference objective)");
        ratio.setAutoRangeIncludesZero(false);
        BoxAndWhiskerRenderer renderer = new MeanMarkingBoxRenderer();
        renderer.setMeanVisible(false);
        renderer.setMedianVisible(true);
        renderer.setFillBox(true);
        renderer.setMaximumBarWidth(0.08);
        renderer.setUseOutlinePaintForWhiskers(false);
        renderer.setDefaultOutlinePaint(Color.DARK_GRAY);
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis("size class (variables per subproblem)"), ratio,
                renderer);
        for (int i = 0; i < dataset.getRowCount(); i++) {
            renderer.setSeriesPaint(i, colour(i));
        }
        JFreeChart chart = chart(ReportPlot.RATIOS.title(), subtitle, plot);
        chart.addSubtitle(new TextTitle("box: quartiles, black line: median, diamond: mean, whiskers: min to max",
                new Font(Font.SANS_SERIF, Font.PLAIN, 11), Color.DARK_GRAY, RectangleEdge.BOTTOM,
                org.jfree.chart.ui.HorizontalAlignment.CENTER, org.jfree.chart.ui.VerticalAlignment.CENTER,
                org.jfree.chart.ui.RectangleInsets.ZERO_INSETS));
        return chart;
    }

    public static JFreeChart reasons(List<ReasonCount> reasons, String subtitle) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (ReasonCount r : reasons) {
            dataset.addValue(r.count(), r.source().equals(ReasonCount.FALLBACK)
                    ? "execution fallback (results.fallback_reason)"
                    : "routing decision (subproblems.route_reason)", r.reason());
        }
        NumberAxis count = new NumberAxis("subproblems");
        count.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        count.setUpperMargin(0.12);
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        for (int i = 0; i < dataset.getRowCount(); i++) {
            renderer.setSeriesPaint(i, dataset.getRowKey(i).toString().startsWith("execution") ? PALETTE[3] : PALETTE[0]);
        }
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis("reason"), count, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        return chart(ReportPlot.FALLBACKS.title(), subtitle, plot);
    }

    public static JFreeChart latency(Latency latency, String subtitle) {
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        Map<String, XYIntervalSeries> series = new LinkedHashMap<>();
        int lowest = Integer.MAX_VALUE;
        int highest = 0;
        for (LatencyBin bin : latency.bins()) {
            double low = LatencyBin.lowMs(bin.bin());
            double high = LatencyBin.highMs(bin.bin());
            series.computeIfAbsent(bin.backend(), XYIntervalSeries::new)
                    .add(Math.sqrt(low * high), low, high, bin.count(), 0, bin.count());
            lowest = Math.min(lowest, bin.bin());
            highest = Math.max(highest, bin.bin());
        }
        series.values().forEach(dataset::addSeries);
        LogAxis time = new LogAxis("total time per attempt (ms, log scale; bins 1-2-5 per decade)");
        time.setNumberFormatOverride(new DecimalFormat("#,##0.###"));
        time.setTickUnit(new NumberTickUnit(1.0)); // a labelled tick per decade
        time.setRange(LatencyBin.lowMs(lowest), LatencyBin.highMs(highest));
        NumberAxis attempts = new NumberAxis("attempts");
        attempts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        ClusteredXYBarRenderer renderer = new ClusteredXYBarRenderer(0.1, false);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        for (int i = 0; i < dataset.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, colour(i));
        }
        return chart(ReportPlot.LATENCY.title(), subtitle, new XYPlot(dataset, time, attempts, renderer));
    }

    public static JFreeChart energy(EnergyCurve curve, String subtitle) {
        XYSeries exact = new XYSeries("exact (diagonalisation)", true, true);
        XYSeries vqe = new XYSeries("VQE (exact expectation at optimised parameters)", true, true);
        XYSeries sampled = new XYSeries("VQE (sampled estimate)", true, true);
        for (EnergyPoint p : curve.points()) {
            addIfPresent(exact, p.bondLengthAngstrom(), p.exactEnergy());
            addIfPresent(vqe, p.bondLengthAngstrom(), p.vqeEnergy());
            addIfPresent(sampled, p.bondLengthAngstrom(), p.sampledEnergy());
        }
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        int i = 0;
        for (XYSeries s : List.of(exact, vqe, sampled)) {
            if (s.getItemCount() == 0) {
                continue;
            }
            dataset.addSeries(s);
            renderer.setSeriesPaint(i, s == exact ? Color.BLACK : s == vqe ? PALETTE[0] : PALETTE[3]);
            renderer.setSeriesLinesVisible(i, s != sampled);
            renderer.setSeriesStroke(i, s == vqe
                    ? new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f)
                    : new BasicStroke(2f));
            renderer.setSeriesShape(i, s == exact ? new Ellipse2D.Double(-2.5, -2.5, 5, 5)
                    : s == vqe ? new Rectangle2D.Double(-4, -4, 8, 8) : ShapeUtils.createUpTriangle(5f));
            renderer.setSeriesShapesFilled(i, s != vqe);
            i++;
        }
        NumberAxis bond = new NumberAxis("bond length (Å)");
        bond.setAutoRangeIncludesZero(false);
        NumberAxis energy = new NumberAxis("energy (Hartree)");
        energy.setAutoRangeIncludesZero(false);
        return chart(ReportPlot.ENERGY.title() + ": energy against bond length", subtitle,
                new XYPlot(dataset, bond, energy, renderer));
    }

    public static JFreeChart trend(List<TrendPoint> points, LocalDate runDate, String subtitle) {
        Map<String, XYSeries> series = new LinkedHashMap<>();
        for (TrendPoint p : points) {
            series.computeIfAbsent(p.series(), k -> new XYSeries(k, true, false)).add(millis(p.runDate()), p.meanRatio());
        }
        XYSeriesCollection dataset = new XYSeriesCollection();
        series.values().forEach(dataset::addSeries);
        DateAxis dates = new DateAxis("run date (UTC)");
        dates.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT);
        format.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        dates.setDateFormatOverride(format);
        dates.setLowerMargin(0.03);
        dates.setUpperMargin(0.03);
        NumberAxis ratio = new NumberAxis("mean approximation ratio");
        ratio.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < dataset.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, colour(i));
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        XYPlot plot = new XYPlot(dataset, dates, ratio, renderer);
        ValueMarker marker = new ValueMarker(millis(runDate), Color.GRAY, new BasicStroke(1f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
        marker.setLabel("this run");
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        plot.addDomainMarker(marker);
        return chart(ReportPlot.TREND.title() + " (last " + ReportQueries.TREND_DATES + " dates)", subtitle, plot);
    }

    private static JFreeChart chart(String title, String subtitle, org.jfree.chart.plot.Plot plot) {
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.addSubtitle(new TextTitle(subtitle, new Font(Font.SANS_SERIF, Font.PLAIN, 12)));
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        plot.setBackgroundPaint(Color.WHITE);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
        } else if (plot instanceof CategoryPlot category) {
            category.setRangeGridlinePaint(GRID);
        }
        return chart;
    }

    private static Color colour(int i) {
        return PALETTE[i % PALETTE.length];
    }

    private static void addIfPresent(XYSeries series, double x, Double y) {
        if (y != null) {
            series.add(x, y);
        }
    }

    private static long millis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
