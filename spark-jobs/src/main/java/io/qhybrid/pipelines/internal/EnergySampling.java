package io.qhybrid.pipelines.internal;

import io.qhybrid.circuit.Circuit;
import io.qhybrid.circuit.qasm.QasmWriter;
import io.qhybrid.pipelines.ExecutionPlan;
import io.qhybrid.pipelines.HamiltonianSubproblem;
import io.qhybrid.pipelines.routing.Tier;
import io.qhybrid.pool.BackendPool;
import io.qhybrid.pool.PoolRequest;
import io.qhybrid.pool.PoolResult;
import io.qhybrid.variational.VqeResult;
import io.qhybrid.vqe.EnergyEstimate;
import io.qhybrid.vqe.H2ParityAnsatz;
import io.qhybrid.vqe.HardwareEfficientAnsatz;
import io.qhybrid.vqe.PauliMeasurement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * Measures a VQE energy from samples, as a QPU must: the Hamiltonian's words are grouped into
 * qubit-wise commuting sets ({@link PauliMeasurement}), each set is one circuit (the ansatz at the
 * optimised parameters, then basis rotations) sent through the tier's pool as its own request
 * (attempt = group index), and the energy is estimated from the counts. If any group is left
 * pending the subproblem is pending; if any group finds no tier, the energy is unknown.
 */
public final class EnergySampling {
    /** What the measurement gave; {@code energy} null when pending or when no backend answered. */
    public record Outcome(Double energy, Double standardError, Integer shots, Long millis, String circuitDigest,
            String fallbackReason, boolean pending, String servedBy, String backend, String provider) {}

    private final TaskContext context;

    public EnergySampling(TaskContext context) {
        this.context = context;
    }

    public Outcome measure(String subproblemId, HamiltonianSubproblem subproblem, VqeResult vqe, Tier routed,
            String approvalId, long seed, List<Row> jobs) {
        ExecutionPlan plan = context.plan();
        int n = subproblem.size();
        Circuit ansatz = vqe.ansatz().equals("h2-parity") ? H2ParityAnsatz.build()
                : HardwareEfficientAnsatz.build(n, plan.vqeDepth());
        Circuit prepared = ansatz.bind(vqe.parameters());
        PauliMeasurement measurement = PauliMeasurement.of(subproblem.hamiltonian(), n);
        List<Circuit> circuits = measurement.circuits(prepared);
        BackendPool pool = routed == Tier.QPU ? context.qpuPool() : context.simulatorPool();
        int shots = routed == Tier.QPU ? plan.qpuShots() : plan.shots();
        List<Map<String, Long>> counts = new ArrayList<>();
        StringBuilder allQasm = new StringBuilder();
        long millis = 0;
        String fallback = null;
        String servedBy = "qpu";
        boolean pending = false;
        boolean missing = false;
        for (int g = 0; g < circuits.size(); g++) {
            Circuit circuit = circuits.get(g);
            String qasm = QasmWriter.write(circuit);
            allQasm.append(qasm);
            PoolRequest request = context.submission(new PoolRequest(plan.runId(),
                    plan.idempotencyKey(subproblemId, g), circuit, shots, seed + g));
            Instant submitted = Instant.now();
            PoolResult r = pool.execute(request);
            millis += r.totalMillis();
            jobs.add(QuantumJobRows.of(subproblemId, g, pool, request, qasm, ExecutionPlan.digest(qasm), r, submitted,
                    Duration.ofHours(plan.collectDeadlineHours()), approvalId));
            if (r.fallbackReason() != null && fallback == null) {
                fallback = r.fallbackReason().code();
            }
            if (r.pending()) {
                pending = true;
            } else if (!r.served()) {
                missing = true;
            } else {
                counts.add(r.counts());
                if (!"qpu".equals(r.tier())) {
                    servedBy = r.tier();
                }
            }
        }
        String digest = ExecutionPlan.digest(allQasm.toString());
        String backend = "qpu".equals(servedBy) ? pool.backend().name() : servedBy;
        if (pending || missing) {
            return new Outcome(null, null, shots, millis, digest, fallback, pending, servedBy, backend,
                    pool.backend().provider());
        }
        EnergyEstimate estimate = measurement.estimate(counts);
        return new Outcome(estimate.energy(), estimate.standardError(), shots, millis, digest, fallback, false, servedBy,
                backend, "qpu".equals(servedBy) ? pool.backend().provider() : servedBy);
    }
}
