package io.qhybrid.pipelines;

import io.qhybrid.pipelines.routing.RoutingPlan;
import io.qhybrid.pipelines.routing.Tier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a dry run reports: the routing, and every QPU submission it would make with its cost. */
final class DryRun {
    /** Planned submissions listed in full up to this many; the totals always cover all. */
    static final int LISTED = 1000;

    private DryRun() {}

    static Map<String, Object> summary(List<RoutingPlan.Entry> routes, PipelineOptions options,
            PipelineJob.QpuTarget qpu) {
        Map<String, Object> summary = new LinkedHashMap<>();
        Map<String, Long> byTier = new LinkedHashMap<>();
        Map<String, Long> byReason = new LinkedHashMap<>();
        List<Map<String, Object>> planned = new ArrayList<>();
        double cost = 0;
        long shots = 0;
        for (RoutingPlan.Entry e : routes) {
            String tier = e.decision() == null ? "not_shortlisted" : e.decision().tier().sqlValue();
            byTier.merge(tier, 1L, Long::sum);
            if (e.decision() != null) {
                byReason.merge(e.decision().reason(), 1L, Long::sum);
            }
            if (e.decision() != null && e.decision().tier() == Tier.QPU) {
                cost += e.estimatedCost();
                shots += e.shots();
                if (planned.size() < LISTED) {
                    Map<String, Object> p = new LinkedHashMap<>();
                    p.put("subproblem_id", e.subproblemId());
                    p.put("qubits", e.size());
                    p.put("shots", e.shots());
                    p.put("estimated_cost", e.estimatedCost());
                    p.put("approval_id", e.decision().approvalId());
                    planned.add(p);
                }
            }
        }
        summary.put("dry_run", true);
        summary.put("candidates", routes.size());
        summary.put("by_tier", byTier);
        summary.put("by_reason", byReason);
        summary.put("qpu_backend", qpu.config() == null ? null : qpu.config().name());
        summary.put("qpu_unusable_because", qpu.error());
        summary.put("planned_qpu_submissions", planned);
        summary.put("planned_qpu_jobs", planned.size());
        summary.put("estimated_qpu_shots", shots);
        summary.put("estimated_qpu_cost", cost);
        summary.put("cost_unit", qpu.capabilities() == null ? null : qpu.capabilities().costModel().unit());
        summary.put("qpu_budget", options.qpuMaxCost());
        return summary;
    }
}
