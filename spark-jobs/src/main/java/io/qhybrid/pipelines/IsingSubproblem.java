package io.qhybrid.pipelines;

import io.qhybrid.model.IsingModel;

/**
 * A subproblem whose solvers minimise the energy of an Ising model, with the job's own view of a
 * state: whether it is feasible, its reported objective, and how good it is against the reference.
 */
public abstract non-sealed class IsingSubproblem implements EncodedSubproblem {
    public abstract IsingModel model();

    @Override
    public int size() {
        return model().numSpins();
    }

    /** Whether the state satisfies the job's constraints (every state for Max-Cut). */
    public boolean feasible(long state) {
        return true;
    }

    /** The objective reported for a state, in the job's units (cut weight, portfolio objective). */
    public abstract double objective(long state);

    /** True when a larger objective is better. */
    public abstract boolean maximise();

    /**
     * The approximation ratio of a feasible objective, 1 being the optimum, or null when no
     * reference is known.
     *
     * @param exact the optimum objective when exact enumeration ran, else null
     * @param bestKnown the best objective any method found
     */
    public abstract Double ratio(double objective, Double exact, double bestKnown);

    /** A JSON object describing a state in the job's terms (chosen assets, cut sides). */
    public abstract String detailJson(long state);
}
