package io.qhybrid.pipelines.collect;

import io.qhybrid.model.Bitstrings;
import io.qhybrid.optim.Budget;
import io.qhybrid.pipelines.EncodedSubproblem;
import io.qhybrid.pipelines.ExecutionPlan;
import io.qhybrid.pipelines.HamiltonianSubproblem;
import io.qhybrid.pipelines.IsingSubproblem;
import io.qhybrid.pipelines.internal.Baselines;
import io.qhybrid.pipelines.internal.Counts;
import io.qhybrid.pipelines.internal.SampledBest;
import io.qhybrid.solve.ExactDiagonalization;
import io.qhybrid.variational.VqeSolver;
import io.qhybrid.vqe.EnergyEstimate;
import io.qhybrid.vqe.PauliMeasurement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a subproblem whose QPU jobs finished after its run ended, or applies the fallback when
 * they failed or passed their deadline: the same scoring the solve stage applies, on the model
 * rebuilt from {@code subproblems.model_text}. Returns the result columns to overwrite.
 */
final class LateResults {
    private LateResults() {}

    /** Result columns from the counts of every attempt, in attempt order. */
    static Map<String, Object> scored(EncodedSubproblem subproblem, List<Map<String, Long>> counts, ExecutionPlan plan,
            String subproblemId) {
        Map<String, Object> r = new HashMap<>();
        r.put("status", "completed");
        r.put("tier", "qpu");
        r.put("method", subproblem instanceof IsingSubproblem ? "qaoa" : "vqe");
        if (subproblem instanceof IsingSubproblem ising) {
            Baselines baselines = Baselines.of(ising, plan, plan.seedOf(subproblemId));
            SampledBest best = SampledBest.of(ising, counts.get(0));
            double objective = ising.objective(best.state());
            r.put("best_bitstring", Bitstrings.of(best.state(), ising.size()));
            r.put("feasible", best.feasible());
            r.put("objective", objective);
            double bestKnown = baselines.bestKnown(ising, best.feasible() ? objective : null);
            r.put("approximation_ratio", best.feasible() ? ising.ratio(objective, baselines.exactObjective(), bestKnown)
                    : null);
            r.put("counts", Counts.top(counts.get(0), Counts.KEPT));
            r.put("detail_json", ising.detailJson(best.state()));
        } else {
            HamiltonianSubproblem h = (HamiltonianSubproblem) subproblem;
            EnergyEstimate e = PauliMeasurement.of(h.hamiltonian(), h.size()).estimate(counts);
            double exact = new ExactDiagonalization().solve(h.hamiltonian()).energy();
            r.put("objective", e.energy());
            r.put("feasible", true);
            r.put("approximation_ratio", exact == 0 ? null : e.energy() / exact);
        }
        return r;
    }

    /** Result columns when the QPU gave nothing: the classical answer, with the reason. */
    static Map<String, Object> fallback(EncodedSubproblem subproblem, ExecutionPlan plan, String subproblemId,
            String reason) {
        Map<String, Object> r = new HashMap<>();
        r.put("status", "completed");
        r.put("fallback_reason", reason);
        if (subproblem instanceof IsingSubproblem ising) {
            Baselines baselines = Baselines.of(ising, plan, plan.seedOf(subproblemId));
            long state = baselines.annealing().state();
            boolean feasible = ising.feasible(state);
            double objective = ising.objective(state);
            r.put("tier", "heuristic");
            r.put("backend", "cpu");
            r.put("method", baselines.annealing().method());
            r.put("best_bitstring", Bitstrings.of(state, ising.size()));
            r.put("feasible", feasible);
            r.put("objective", objective);
            r.put("approximation_ratio", feasible ? ising.ratio(objective, baselines.exactObjective(),
                    baselines.bestKnown(ising, objective)) : null);
            r.put("detail_json", ising.detailJson(state));
        } else {
            HamiltonianSubproblem h = (HamiltonianSubproblem) subproblem;
            double energy = VqeSolver.of(plan.vqeDepth(), plan.vqeStarts(), plan.seedOf(subproblemId),
                    new Budget(plan.vqeMaxEvaluations(), plan.vqeMaxEvaluations())).run(h.hamiltonian()).energy();
            double exact = new ExactDiagonalization().solve(h.hamiltonian()).energy();
            r.put("tier", "simulator");
            r.put("backend", "in-task-statevector");
            r.put("method", "vqe");
            r.put("objective", energy);
            r.put("feasible", true);
            r.put("approximation_ratio", exact == 0 ? null : energy / exact);
        }
        return r;
    }
}
