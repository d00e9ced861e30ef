package io.qhybrid.report.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one-screen summary of a run: what was routed where, what came back, what it cost and
 * how many rows the run left in each table.
 *
 * @param tiers shortlisted subproblems by tier
 * @param resultStatuses results by status
 * @param ratiosByTier mean approximation ratio by tier used, and overall under {@link #ALL}
 * @param jobStatuses quantum job attempts by status
 * @param tableRows rows carrying the run's ids, by table
 */
public record Summary(long candidates, long shortlisted, Map<String, Long> tiers, Map<String, Long> resultStatuses,
        long fallbacks, Map<String, MeanRatio> ratiosByTier, Map<String, Long> jobStatuses, List<CostLine> costs,
        List<ApprovalUse> approvals, Map<String, Long> tableRows) {
    public static final String ALL = "all tiers";

    public Summary {
        tiers = ordered(tiers);
        resultStatuses = ordered(resultStatuses);
        ratiosByTier = ordered(ratiosByTier);
        jobStatuses = ordered(jobStatuses);
        costs = List.copyOf(costs);
        approvals = List.copyOf(approvals);
        tableRows = ordered(tableRows);
    }

    /** An unmodifiable copy that keeps the order it was read in. */
    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    public record MeanRatio(long count, double mean) {}

    /** Quantum job attempts, shots and cost on one backend in one cost unit. */
    public record CostLine(String backend, String costUnit, long attempts, long shots, double cost) {}

    /** What the run spent under one approval against its caps (caps null when the approval row is missing). */
    public record ApprovalUse(String approvalId, String approver, Long maxShots, Double maxCost, long shots,
            double cost) {}
}
