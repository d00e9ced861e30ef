package io.qhybrid.pipelines.routing;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * The tier chosen for one subproblem and why, as recorded in {@code subproblems}.
 *
 * @param reason a stable code: {@code tiny}, {@code too_large}, {@code qpu_disabled},
 *     {@code not_approved}, {@code approval_expired}, {@code budget_exhausted},
 *     {@code backend_unhealthy}, {@code too_large_for_qpu}, {@code approved}
 * @param approvalId the approval that covers a QPU decision, else null
 */
public record RouteDecision(Tier tier, String reason, String approvalId) implements Serializable {
    public RouteDecision {
        requireNonNull(tier, "tier is null");
        requireNonNull(reason, "reason is null");
    }
}
