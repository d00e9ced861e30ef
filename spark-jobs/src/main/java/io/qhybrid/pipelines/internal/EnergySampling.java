package io.qhybrid.pipelines.internal;

import io.qhybrid.pipelines.HamiltonianSubproblem;
import io.qhybrid.pipelines.routing.Tier;
import io.qhybrid.variational.VqeResult;
import java.util.List;
import org.apache.spark.sql.Row;

/** Measures a VQE energy from samples through the tier's pool. */
public final class EnergySampling {
    /** What the measurement gave; {@code energy} null when no backend answered. */
    public record Outcome(Double energy, Double standardError, Integer shots, Long millis, String circuitDigest,
            String fallbackReason, boolean pending, String servedBy, String backend, String provider) {}

    private final TaskContext context;

    public EnergySampling(TaskContext context) {
        this.context = context;
    }

    public Outcome measure(String subproblemId, HamiltonianSubproblem subproblem, VqeResult vqe, Tier routed,
            String approvalId, long seed, List<Row> jobs) {
        return new Outcome(null, null, null, null, null, null, false, null, null, null);
    }
}
