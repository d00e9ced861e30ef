package io.qhybrid.report;

/** The plots of a run report, each a PNG file in the report directory. */
public enum ReportPlot {
    RATIOS("ratios.png", "Approximation ratio by size class and tier"),
    FALLBACKS("fallbacks.png", "Fallback and routing reasons"),
    LATENCY("latency.png", "Backend latency per attempt"),
    ENERGY("energy.png", "Energy curve"),
    TREND("trend.png", "Mean approximation ratio by run date");

    /** Size of every PNG, in pixels. */
    public static final int WIDTH = 1000;
    public static final int HEIGHT = 560;

    private final String fileName;
    private final String title;

    ReportPlot(String fileName, String title) {
        this.fileName = fileName;
        this.title = title;
    }

    public String fileName() {
        return fileName;
    }

    public String title() {
        return title;
    }
}
