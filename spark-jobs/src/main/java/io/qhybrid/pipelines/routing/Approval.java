package io.qhybrid.pipelines.routing;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.Instant;

/**
 * A row of {@code qhybrid.approvals}: someone allowed QPU use for a scope until a time, within
 * a shot and cost cap. Scope is {@code *}, a job ({@code portfolio}) or a job and kind
 * ({@code maxcut:subgraph}).
 */
public record Approval(String approvalId, String approver, String scope, long maxShots, double maxCost,
        Instant expiresAt) implements Serializable {
    public Approval {
        requireNonNull(approvalId, "approvalId is null");
        requireNonNull(approver, "approver is null");
        requireNonNull(scope, "scope is null");
        requireNonNull(expiresAt, "expiresAt is null");
    }

    public boolean covers(String job, String kind) {
        return scope.equals("*") || scope.equals(job) || scope.equals(job + ":" + kind);
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
