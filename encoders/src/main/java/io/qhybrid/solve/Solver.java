package io.qhybrid.solve;

import io.qhybrid.model.IsingModel;
import io.qhybrid.model.Qubo;

/**
 * A classical minimiser of Ising (and, through the exact conversion, QUBO) energies. Solvers are
 * deterministic for a given configuration (seeded where random) and break ties between
 * equally good states towards the lowest state index where they can see both.
 */
public interface Solver {
    /** The method name recorded with results, e.g. {@code "exact"}. */
    String method();

    Solution solve(IsingModel model);

    /** Solves the equivalent Ising model; the objective is re-scored on the QUBO itself. */
    default Solution solve(Qubo qubo) {
        Solution solution = solve(qubo.toIsing());
        return solution.withObjective(qubo.energy(solution.state()));
    }
}
