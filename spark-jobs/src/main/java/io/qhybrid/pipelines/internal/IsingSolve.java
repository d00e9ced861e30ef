package io.qhybrid.pipelines.internal;

import io.qhybrid.circuit.Circuit;
import io.qhybrid.circuit.qasm.QasmWriter;
import io.qhybrid.model.Bitstrings;
import io.qhybrid.model.IsingModel;
import io.qhybrid.optim.Budget;
import io.qhybrid.pipelines.ExecutionPlan;
import io.qhybrid.pipelines.IsingSubproblem;
import io.qhybrid.pipelines.routing.Tier;
import io.qhybrid.pool.BackendPool;
import io.qhybrid.pool.PoolRequest;
import io.qhybrid.pool.PoolResult;
import io.qhybrid.qaoa.QaoaCircuitBuilder;
import io.qhybrid.simulator.QaoaSimulator;
import io.qhybrid.solve.Solution;
import io.qhybrid.variational.QaoaResult;
import io.qhybrid.variational.QaoaSolver;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * Solves one Ising subproblem on its routed tier and scores it: exact enumeration (tiny), simulated
 * annealing (too large), or QAOA whose angles are optimised on the exact simulator in the task and
 * whose final circuit is sampled through the tier's pool (simulator or QPU, with the pool's
 * fallback chain). Fills the result record; appends the backend submissions to {@code jobs}.
 */
public final class IsingSolve {
    private final TaskContext context;

    public IsingSolve(TaskContext context) {
        this.context = context;
    }

    public void run(String subproblemId, IsingSubproblem subproblem, Tier routed, String approvalId, RowBuilder result,
            List<Row> jobs) {
        ExecutionPlan plan = context.plan();
        long seed = plan.seedOf(subproblemId);
        IsingModel model = subproblem.model();
        Baselines baselines = Baselines.of(subproblem, plan, seed);
        String status = "completed";
        String tierUsed;
        String backend = "cpu";
        String method;
        String fallback = null;
        Long best = null;
        boolean feasible = false;
        Map<String, Long> counts = null;
        Integer shots = null;
        String circuitDigest = null;
        Long quantumMillis = null;
        Double exactSimulator = null;
        switch (routed) {
            case CLASSICAL_EXACT -> {
                Solution s = baselines.exact() != null ? baselines.exact() : new io.qhybrid.solve.ExactSolver().solve(model);
                best = s.state();
                tierUsed = routed.sqlValue();
                method = s.method();
            }
            case HEURISTIC -> {
                best = baselines.annealing().state();
                tierUsed = routed.sqlValue();
                method = baselines.annealing().method();
            }
            default -> {
                QaoaResult qaoa = QaoaSolver.builder().layers(plan.qaoaLayers()).starts(plan.qaoaStarts())
                        .shots(plan.shots()).seed(seed)
                        .budget(new Budget(plan.qaoaMaxEvaluations(), plan.qaoaMaxEvaluations())).build().run(model);
                Circuit circuit = QaoaCircuitBuilder.build(model, plan.qaoaLayers(), true)
                        .bind(QaoaCircuitBuilder.parameters(qaoa.gammas(), qaoa.betas()));
                String qasm = QasmWriter.write(circuit);
                circuitDigest = ExecutionPlan.digest(qasm);
                BackendPool pool = routed == Tier.QPU ? context.qpuPool() : context.simulatorPool();
                shots = routed == Tier.QPU ? plan.qpuShots() : plan.shots();
                PoolRequest request = context.submission(new PoolRequest(plan.runId(),
                        plan.idempotencyKey(subproblemId, 0), circuit, shots, seed).withModel(model));
                Instant submitted = Instant.now();
                PoolResult r = pool.execute(request);
                quantumMillis = r.totalMillis();
                jobs.add(QuantumJobRows.of(subproblemId, 0, pool, request, qasm, circuitDigest, r, submitted,
                        Duration.ofHours(plan.collectDeadlineHours()), approvalId));
                fallback = r.fallbackReason() == null ? null : r.fallbackReason().code();
                if (r.pending()) {
                    status = "pending";
                    tierUsed = null;
                    method = "qaoa";
                    backend = pool.backend().name();
                } else if (r.served()) {
                    counts = r.counts();
                    SampledBest sampled = SampledBest.of(subproblem, counts);
                    best = sampled.state();
                    tierUsed = tierOf(r.tier(), routed);
                    backend = "qpu".equals(r.tier()) ? pool.backend().name() : r.tier();
                    method = "heuristic".equals(r.tier()) ? "simulated-annealing" : "qaoa";
                    boolean noisy = "qpu".equals(r.tier())
                            && (routed == Tier.QPU || !"statevector".equals(pool.backend().provider()));
                    if (noisy) { // the same circuit on the exact simulator, for the difference
                        Map<String, Long> exact = new QaoaSimulator(model).sample(qaoa.gammas(), qaoa.betas(), shots, seed);
                        SampledBest e = SampledBest.of(subproblem, exact);
                        exactSimulator = subproblem.objective(e.state());
                    }
                } else { // no tier answered: never lose the subproblem, answer classically
                    best = baselines.annealing().state();
                    tierUsed = Tier.HEURISTIC.sqlValue();
                    method = baselines.annealing().method();
                    status = "completed";
                }
            }
        }
        Double objective = null;
        Double ratio = null;
        String detail = null;
        if (best != null) {
            feasible = subproblem.feasible(best);
            objective = subproblem.objective(best);
            detail = subproblem.detailJson(best);
        }
        double bestKnown = baselines.bestKnown(subproblem, feasible ? objective : null);
        if (feasible) {
            ratio = subproblem.ratio(objective, baselines.exactObjective(), bestKnown);
        }
        result.set("status", status)
                .set("tier", tierUsed)
                .set("backend", backend)
                .set("method", method)
                .set("fallback_reason", fallback)
                .set("best_bitstring", best == null ? null : Bitstrings.of(best, subproblem.size()))
                .set("objective", objective)
                .set("feasible", best == null ? null : feasible)
                .set("exact_objective", baselines.exactObjective())
                .set("annealing_objective", baselines.annealingObjective())
                .set("greedy_objective", baselines.greedyObjective())
                .set("reference_objective", baselines.exactObjective() != null ? baselines.exactObjective()
                        : finite(bestKnown))
                .set("approximation_ratio", ratio)
                .set("annealing_ratio", ratioOf(subproblem, baselines.annealingObjective(), baselines, bestKnown))
                .set("greedy_ratio", ratioOf(subproblem, baselines.greedyObjective(), baselines, bestKnown))
                .set("exact_simulator_objective", exactSimulator)
                .set("exact_simulator_difference", exactSimulator == null || objective == null ? null
                        : objective - exactSimulator)
                .set("counts", counts == null ? null : Counts.top(counts, Counts.KEPT))
                .set("shots", shots)
                .set("quantum_ms", quantumMillis)
                .set("circuit_digest", circuitDigest)
                .set("detail_json", detail);
    }

    private static Double ratioOf(IsingSubproblem subproblem, Double objective, Baselines baselines, double bestKnown) {
        return objective == null ? null : subproblem.ratio(objective, baselines.exactObjective(), bestKnown);
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /** The tier that served, in routing terms: the pool's own backend is the routed tier. */
    static String tierOf(String poolTier, Tier routed) {
        if ("qpu".equals(poolTier)) {
            return routed.sqlValue();
        }
        return "heuristic".equals(poolTier) ? Tier.HEURISTIC.sqlValue() : Tier.SIMULATOR.sqlValue();
    }
}
