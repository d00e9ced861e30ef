package io.qhybrid.pool;

import static java.util.Objects.requireNonNull;

import io.qhybrid.circuit.Circuit;
import io.qhybrid.model.IsingModel;
import java.io.Serializable;

/**
 * One subproblem's circuit to run through the pool. {@code runId} selects the budget;
 * {@code idempotencyKey} names the logical submission and stays the same across task retries
 * (typically {@code <run_id>.<subproblem_id>}), so a retried Spark task finds its job instead of
 * creating another.
 *
 * @param model the classical form of the subproblem, spin i being qubit i, or null; the
 *     {@code heuristic} tier answers only requests that carry one
 * @param resubmission true when an earlier attempt (a retried Spark task or stage, a rerun of the
 *     date) may already have created a provider job under {@code idempotencyKey}: the QPU tier then
 *     looks that job up ({@link io.qhybrid.backend.SupportsReconcile}) before creating one
 */
public record PoolRequest(String runId, String idempotencyKey, Circuit circuit, int shots, long seed,
        IsingModel model, boolean resubmission) implements Serializable {
    /** A request without a classical model. */
    public PoolRequest(String runId, String idempotencyKey, Circuit circuit, int shots, long seed) {
        this(runId, idempotencyKey, circuit, shots, seed, null, false);
    }

    /** A first submission of its key. */
    public PoolRequest(String runId, String idempotencyKey, Circuit circuit, int shots, long seed, IsingModel model) {
        this(runId, idempotencyKey, circuit, shots, seed, model, false);
    }

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

    /** A copy carrying {@code model} as the classical form of the subproblem. */
    public PoolRequest withModel(IsingModel model) {
        return new PoolRequest(runId, idempotencyKey, circuit, shots, seed, requireNonNull(model, "model is null"),
                resubmission);
    }

    /** A copy marked as a possible resubmission of its key (see {@code resubmission}). */
    public PoolRequest asResubmission() {
        return new PoolRequest(runId, idempotencyKey, circuit, shots, seed, model, true);
    }
}
