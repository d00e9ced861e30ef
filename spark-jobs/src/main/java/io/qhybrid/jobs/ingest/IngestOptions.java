package io.qhybrid.jobs.ingest;

import io.qhybrid.error.QHybridErrors;
import io.qhybrid.jobs.config.JobConfig;
import java.util.Map;

/** The keys of the {@code ingest} job and their built-in defaults, in one place. */
public final class IngestOptions {
    public static final String PRICES = "inputs.prices";
    public static final String GRAPHS = "inputs.graphs";
    public static final String HAMILTONIANS = "inputs.hamiltonians";
    public static final String MAX_REJECT_FRACTION = "rejects.max-fraction";

    public static final Map<String, String> DEFAULTS = Map.of(
            PRICES, "sample-data/prices/prices.csv",
            GRAPHS, "sample-data/graphs/*.txt",
            HAMILTONIANS, "sample-data/molecules/*.txt",
            MAX_REJECT_FRACTION, "0.05");

    private final JobConfig config;

    public IngestOptions(JobConfig config) {
        this.config = config;
        double fraction = maxRejectFraction();
        if (fraction < 0 || fraction > 1) {
            throw QHybridErrors.invalidConfig(MAX_REJECT_FRACTION, fraction, "Give a fraction between 0 and 1.");
        }
    }

    /** Where a source's files are, or empty to skip that source. */
    public String input(String key) {
        return config.get(key).trim();
    }

    /** Largest share of a source's records that may be rejected before the run fails. */
    public double maxRejectFraction() {
        return config.getDouble(MAX_REJECT_FRACTION);
    }
}
