package io.qhybrid.pipelines.routing;

import java.time.Instant;
import java.util.List;

/**
 * Chooses a tier per subproblem: classical-exact when tiny, the heuristic when too large for any
 * backend, the QPU only when the job enables it, an unexpired approval covers the subproblem,
 * the estimated cost fits the remaining budget and the backend is healthy; the simulator
 * otherwise. The first rule that applies decides, in that order, and its reason is recorded.
 */
public final class Router {
    private final RoutingPolicy policy;
    private final List<Approval> approvals;

    public Router(RoutingPolicy policy, List<Approval> approvals) {
        this.policy = policy;
        this.approvals = List.copyOf(approvals);
    }

    /**
     * @param variables qubits / binary variables of the subproblem
     * @param estimatedCost the QPU cost this subproblem would incur
     * @param remainingBudget what is left of the run's QPU cost budget
     * @param backendHealthy false while the QPU backend's circuit breaker is open
     */
    public RouteDecision route(String job, String kind, int variables, double estimatedCost, double remainingBudget,
            boolean backendHealthy, Instant now) {
        if (variables <= policy.exactMaxVariables()) {
            return new RouteDecision(Tier.CLASSICAL_EXACT, "tiny", null);
        }
        int largest = Math.max(policy.simulatorMaxQubits(), policy.qpuEnabled() ? policy.qpuMaxQubits() : 0);
        if (variables > largest) {
            return new RouteDecision(Tier.HEURISTIC, "too_large", null);
        }
        if (!policy.qpuEnabled()) {
            return simulatorOr("qpu_disabled", variables);
        }
        List<Approval> covering = approvals.stream().filter(a -> a.covers(job, kind)).toList();
        if (covering.isEmpty()) {
            return simulatorOr("not_approved", variables);
        }
        Approval approval = covering.stream().filter(a -> !a.expiredAt(now)).findFirst().orElse(null);
        if (approval == null) {
            return simulatorOr("approval_expired", variables);
        }
        if (estimatedCost > remainingBudget || estimatedCost > approval.maxCost()) {
            return simulatorOr("budget_exhausted", variables);
        }
        if (!backendHealthy) {
            return simulatorOr("backend_unhealthy", variables);
        }
        if (variables > policy.qpuMaxQubits()) {
            return simulatorOr("too_large_for_qpu", variables);
        }
        return new RouteDecision(Tier.QPU, "approved", approval.approvalId());
    }

    private RouteDecision simulatorOr(String reason, int variables) {
        return variables <= policy.simulatorMaxQubits()
                ? new RouteDecision(Tier.SIMULATOR, reason, null)
                : new RouteDecision(Tier.HEURISTIC, reason, null);
    }
}
