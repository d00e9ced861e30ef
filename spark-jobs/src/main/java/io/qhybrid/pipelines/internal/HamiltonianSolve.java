package io.qhybrid.pipelines.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.qhybrid.optim.Budget;
import io.qhybrid.pipelines.ExecutionPlan;
import io.qhybrid.pipelines.HamiltonianSubproblem;
import io.qhybrid.pipelines.routing.Tier;
import io.qhybrid.solve.ExactDiagonalization;
import io.qhybrid.solve.GroundState;
import io.qhybrid.variational.VqeResult;
import io.qhybrid.variational.VqeSolver;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * Solves one Hamiltonian subproblem: exact diagonalisation is always the baseline; on the quantum
 * tiers VQE optimises its parameters on the exact simulator in the task, and the energy at the
 * optimum is then measured from samples through the tier's pool ({@link EnergySampling}).
 * The approximation ratio is {@code E / E_exact} (energies are negative; 1 is exact).
 */
public final class HamiltonianSolve {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TaskContext context;

    public HamiltonianSolve(TaskContext context) {
        this.context = context;
    }

    public void run(String subproblemId, HamiltonianSubproblem subproblem, Tier routed, String approvalId,
            RowBuilder result, List<Row> jobs) {
        ExecutionPlan plan = context.plan();
        long seed = plan.seedOf(subproblemId);
        GroundState exact = new ExactDiagonalization().solve(subproblem.hamiltonian());
        Map<String, Object> detail = new LinkedHashMap<>(subproblem.attributes());
        detail.put("exact_energy", exact.energy());
        String status = "completed";
        String tierUsed = routed.sqlValue();
        String backend = "cpu";
        String method = exact.method();
        String fallback = null;
        Double objective = exact.energy();
        Double exactSimulator = null;
        Integer shots = null;
        Long quantumMillis = null;
        String circuitDigest = null;
        if (routed == Tier.SIMULATOR || routed == Tier.QPU) {
            VqeResult vqe = VqeSolver.of(plan.vqeDepth(), plan.vqeStarts(), seed,
                    new Budget(plan.vqeMaxEvaluations(), plan.vqeMaxEvaluations())).run(subproblem.hamiltonian());
            detail.put("vqe_energy", vqe.energy());
            detail.put("ansatz", vqe.ansatz());
            detail.put("parameters", vqe.parameters());
            method = "vqe";
            EnergySampling.Outcome sampled = new EnergySampling(context)
                    .measure(subproblemId, subproblem, vqe, routed, approvalId, seed, jobs);
            detail.put("sampled_energy", sampled.energy());
            detail.put("standard_error", sampled.standardError());
            shots = sampled.shots();
            quantumMillis = sampled.millis();
            circuitDigest = sampled.circuitDigest();
            fallback = sampled.fallbackReason();
            if (sampled.pending()) {
                status = "pending";
                tierUsed = null;
                objective = null;
                backend = sampled.backend();
            } else if (sampled.energy() != null) {
                objective = sampled.energy();
                tierUsed = IsingSolve.tierOf(sampled.servedBy(), routed);
                backend = sampled.backend();
                if (!"statevector".equals(sampled.provider()) || routed == Tier.QPU) {
                    exactSimulator = vqe.energy();
                }
            } else { // no backend answered: the exact VQE energy of the in-task simulator stands
                objective = vqe.energy();
                tierUsed = Tier.SIMULATOR.sqlValue();
                backend = "in-task-statevector";
            }
        } else {
            detail.put("vqe_energy", null);
            detail.put("sampled_energy", null);
        }
        result.set("status", status)
                .set("tier", tierUsed)
                .set("backend", backend)
                .set("method", method)
                .set("fallback_reason", fallback)
                .set("objective", objective)
                .set("feasible", objective == null ? null : true)
                .set("exact_objective", exact.energy())
                .set("reference_objective", exact.energy())
                .set("approximation_ratio", objective == null || exact.energy() == 0 ? null : objective / exact.energy())
                .set("exact_simulator_objective", exactSimulator)
                .set("exact_simulator_difference", exactSimulator == null || objective == null ? null
                        : objective - exactSimulator)
                .set("shots", shots)
                .set("quantum_ms", quantumMillis)
                .set("circuit_digest", circuitDigest)
                .set("detail_json", toJson(detail));
    }

    private static String toJson(Map<String, Object> detail) {
        try {
            return JSON.writeValueAsString(detail);
        } catch (Exception e) {
            throw new IllegalStateException("cannot write detail JSON", e);
        }
    }
}
