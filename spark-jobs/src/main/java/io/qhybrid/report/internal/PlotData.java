package io.qhybrid.report.internal;

import java.time.LocalDate;
import java.util.List;

/** The numbers behind each plot of a run report, as read from the tables. */
public final class PlotData {
    private PlotData() {}

    /** Approximation ratios of one size class solved on one tier ({@code coalesce(tier, routed_tier)}). */
    public record RatioGroup(String sizeClass, String tier, long count, double mean, double min, double q1,
            double median, double q3, double max) {}

    /** The smallest and largest {@code size} (variables) seen in a size class, for labels and ordering. */
    public record SizeRange(String sizeClass, int minSize, int maxSize) {
        public String label() {
            return sizeClass + (minSize == maxSize ? " (" + minSize + ")" : " (" + minSize + "-" + maxSize + ")");
        }
    }

    public record Ratios(List<RatioGroup> groups, List<SizeRange> sizeClasses) {
        public Ratios {
            groups = List.copyOf(groups);
            sizeClasses = List.copyOf(sizeClasses);
        }
    }

    /**
     * How often one reason was recorded: {@link #FALLBACK} counts {@code results.fallback_reason},
     * {@link #ROUTING} counts {@code subproblems.route_reason} of shortlisted subproblems.
     */
    public record ReasonCount(String source, String reason, long count) {
        public static final String FALLBACK = "fallback";
        public static final String ROUTING = "routing";
    }

    /** {@code quantum_jobs.total_ms} of one backend. */
    public record BackendLatency(String backend, long attempts, double meanMs, double medianMs, double p95Ms,
            long maxMs) {}

    /**
     * Attempts of one backend in one histogram bin. Bins are logarithmic with 1-2-5 edges: bin 0
     * is [1, 2) ms, bin 1 [2, 5), bin 2 [5, 10), bin 3 [10, 20), ...; times under 1 ms count in bin 0.
     */
    public record LatencyBin(String backend, int bin, long count) {
        private static final int[] STEPS = {1, 2, 5};

        public static double lowMs(int bin) {
            return STEPS[bin % 3] * Math.pow(10, bin / 3);
        }

        public static double highMs(int bin) {
            return lowMs(bin + 1);
        }
    }

    public record Latency(List<BackendLatency> backends, List<LatencyBin> bins) {
        public Latency {
            backends = List.copyOf(backends);
            bins = List.copyOf(bins);
        }
    }

    /** One molecule geometry from {@code results.detail_json}; energies in Hartree, null when absent. */
    public record EnergyPoint(String subproblemId, double bondLengthAngstrom, Double exactEnergy, Double vqeEnergy,
            Double sampledEnergy) {}

    /** @param skipped molecule rows whose detail had no bond length or no energy */
    public record EnergyCurve(List<EnergyPoint> points, long skipped) {
        public EnergyCurve {
            points = List.copyOf(points);
        }
    }

    /**
     * Mean approximation ratio of one method on one run date, over all its size classes (the
     * {@code benchmarks} means weighted by their subproblem counts).
     */
    public record TrendPoint(LocalDate runDate, String series, double meanRatio, long subproblems) {}
}
