package io.qhybrid.pipelines.internal;

import io.qhybrid.backend.BackendCapabilities;
import io.qhybrid.circuit.Circuit;
import io.qhybrid.pool.BackendPool;
import io.qhybrid.pool.PoolRequest;
import io.qhybrid.pool.PoolResult;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.apache.spark.sql.Row;

/** One {@code quantum_jobs} record from a pool request and what the pool did with it. */
public final class QuantumJobRows {
    private QuantumJobRows() {}

    /**
     * @param qasm the circuit as OpenQASM 3
     * @param collectDeadline how long a pending job may wait for {@code collect}
     */
    public static Row of(String subproblemId, int attempt, BackendPool pool, PoolRequest request, String qasm,
            String circuitDigest, PoolResult result, Instant submittedAt, Duration collectDeadline, String approvalId) {
        BackendCapabilities caps = pool.backend().capabilities();
        Circuit circuit = request.circuit();
        boolean providerJob = result.providerJobId() != null;
        String status = result.pending() ? "pending"
                : "qpu".equals(result.tier()) ? "completed"
                : result.served() ? "fallback" : "failed";
        return new RowBuilder(RecordSchemas.QUANTUM_JOB)
                .set("subproblem_id", subproblemId)
                .set("attempt", attempt)
                .set("backend", pool.backend().name())
                .set("provider", pool.backend().provider())
                .set("served_by", result.tier())
                .set("provider_job_id", result.providerJobId())
                .set("idempotency_key", request.idempotencyKey())
                .set("circuit_digest", circuitDigest)
                .set("circuit_qasm", qasm)
                .set("num_qubits", circuit.numQubits())
                .set("shots", request.shots())
                .set("status", status)
                .set("fallback_reason", result.fallbackReason() == null ? null : result.fallbackReason().code())
                .set("trail", String.join(" > ", result.trail()))
                .set("queue_ms", result.queueMillis() < 0 ? null : result.queueMillis())
                .set("exec_ms", result.executionMillis() < 0 ? null : result.executionMillis())
                .set("total_ms", result.totalMillis())
                .set("error", result.error())
                .set("calibration_json", caps.calibrationJson())
                .set("cost", providerJob ? caps.costModel().cost(1, request.shots()) : 0.0)
                .set("cost_unit", caps.costModel().unit())
                .set("approval_id", approvalId)
                .set("cluster_share", pool.share().toLineage().toString())
                .set("submitted_at", Timestamp.from(submittedAt))
                .set("deadline_at", result.pending() ? Timestamp.from(submittedAt.plus(collectDeadline)) : null)
                .build();
    }
}
