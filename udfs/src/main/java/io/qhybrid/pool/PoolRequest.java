package io.qhybrid.pool;

import static java.util.Objects.requireNonNull;

import io.qhybrid.circuit.Circuit;
import java.io.Serializable;

/**
 * One subproblem's circuit to run through the pool. {@code runId} selects the budget;
 * {@code idempotencyKey} names the logical submission and stays the same across task retries
 * (typically {@code <run_id>.<subproblem_id>}), so a retried Spark task finds its job instead of
 * creating another.
 */
public record PoolRequest(String runId, String idempotencyKey, Circuit circuit, int shots, long seed)
        implements Serializable {
    public PoolRequest {
        requireNonNull(runId, "runId is null");
        requireNonNull(idempotencyKey, "idempotencyKey is null");
        circuit = requireNonNull(circuit, "circuit is null").withMeasurement();
        if (!idempotencyKey.matches("[A-Za-z0-9._:-]{1,64}")) {
            throw new IllegalArgumentException("idempotency key must be 1-64 characters of [A-Za-z0-9._:-], got '"
                    + idempotencyKey + "'");
        }
        if (shots < 1) {
            throw new IllegalArgumentException("shots must be positive, got " + shots);
        }
    }
}
