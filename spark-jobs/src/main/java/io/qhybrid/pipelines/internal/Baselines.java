package io.qhybrid.pipelines.internal;

import io.qhybrid.pipelines.ExecutionPlan;
import io.qhybrid.pipelines.IsingSubproblem;
import io.qhybrid.solve.ExactSolver;
import io.qhybrid.solve.GreedySolver;
import io.qhybrid.solve.SimulatedAnnealingSolver;
import io.qhybrid.solve.Solution;

/**
 * The classical baselines of one Ising subproblem: exact enumeration where the plan allows its
 * size, simulated annealing and greedy descent always. Each objective is null when its state is
 * infeasible (a penalty model's heuristics may break the constraint).
 */
public record Baselines(Solution exact, Solution annealing, Solution greedy, Double exactObjective,
        Double annealingObjective, Double greedyObjective) {

    public static Baselines of(IsingSubproblem subproblem, ExecutionPlan plan, long seed) {
        var model = subproblem.model();
        Solution exact = model.numSpins() <= plan.baselineExactMax() ? new ExactSolver().solve(model) : null;
        Solution annealing = SimulatedAnnealingSolver.builder().sweeps(plan.annealingSweeps())
                .restarts(plan.annealingRestarts()).seed(seed).build().solve(model);
        Solution greedy = new GreedySolver().solve(model);
        return new Baselines(exact, annealing, greedy, objective(subproblem, exact), objective(subproblem, annealing),
                objective(subproblem, greedy));
    }

    private static Double objective(IsingSubproblem subproblem, Solution s) {
        return s == null || !subproblem.feasible(s.state()) ? null : subproblem.objective(s.state());
    }

    /** The best objective among the baselines and {@code found} (null entries ignored). */
    public double bestKnown(IsingSubproblem subproblem, Double found) {
        Double best = null;
        for (Double v : new Double[] {exactObjective, annealingObjective, greedyObjective, found}) {
            if (v != null && (best == null || (subproblem.maximise() ? v > best : v < best))) {
                best = v;
            }
        }
        return best == null ? Double.NaN : best;
    }
}
