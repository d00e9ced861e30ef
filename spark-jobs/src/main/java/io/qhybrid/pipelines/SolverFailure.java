package io.qhybrid.pipelines;

import io.qhybrid.model.Bitstrings;
import io.qhybrid.pipelines.internal.Baselines;
import io.qhybrid.pipelines.internal.RowBuilder;
import io.qhybrid.pipelines.routing.Tier;
import io.qhybrid.solve.ExactDiagonalization;

/**
 * The answer when a subproblem's solve threw: the classical method (simulated annealing for Ising
 * problems, exact diagonalisation for Hamiltonians), with {@code fallback_reason = solver_failed}
 * and the error in {@code detail_json}, so the subproblem still has its one result.
 */
final class SolverFailure {
    static final String REASON = "solver_failed";

    private SolverFailure() {}

    static void answer(EncodedSubproblem encoded, ExecutionPlan plan, String id, RuntimeException error,
            RowBuilder result) {
        String detail = "{\"error\":" + quote(error.toString()) + "}";
        if (encoded instanceof IsingSubproblem ising) {
            Baselines baselines = Baselines.of(ising, plan, plan.seedOf(id));
            long state = baselines.annealing().state();
            boolean feasible = ising.feasible(state);
            double objective = ising.objective(state);
            result.set("status", "completed").set("tier", Tier.HEURISTIC.sqlValue()).set("backend", "cpu")
                    .set("method", baselines.annealing().method()).set("fallback_reason", REASON)
                    .set("best_bitstring", Bitstrings.of(state, ising.size())).set("objective", objective)
                    .set("feasible", feasible).set("exact_objective", baselines.exactObjective())
                    .set("annealing_objective", baselines.annealingObjective())
                    .set("greedy_objective", baselines.greedyObjective())
                    .set("approximation_ratio", feasible ? ising.ratio(objective, baselines.exactObjective(),
                            baselines.bestKnown(ising, objective)) : null)
                    .set("detail_json", detail);
        } else {
            double exact = new ExactDiagonalization().solve(((HamiltonianSubproblem) encoded).hamiltonian()).energy();
            result.set("status", "completed").set("tier", Tier.CLASSICAL_EXACT.sqlValue()).set("backend", "cpu")
                    .set("method", "exact-diagonalisation").set("fallback_reason", REASON).set("objective", exact)
                    .set("feasible", true).set("exact_objective", exact).set("reference_objective", exact)
                    .set("approximation_ratio", 1.0).set("detail_json", detail);
        }
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
    }
}
