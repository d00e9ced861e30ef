package io.qhybrid.pipelines;

import static java.util.Objects.requireNonNull;

import io.qhybrid.encode.Encoding;
import io.qhybrid.model.IsingModel;

/**
 * A subproblem whose solvers minimise the energy of an Ising model, with the job's own view of a
 * state: whether it is feasible, its reported objective, and how good it is against the reference.
 */
public abstract non-sealed class IsingSubproblem implements EncodedSubproblem {
    private final IsingModel model;
    private final String modelText;
    private final Encoding encoding;

    /**
     * @param model the Ising model the solvers minimise
     * @param modelText the model as stored in {@code subproblems.model_text}
     * @param encoding the encoder (name and version) that made the model
     */
    protected IsingSubproblem(IsingModel model, String modelText, Encoding encoding) {
        this.model = requireNonNull(model, "model is null");
        this.modelText = requireNonNull(modelText, "modelText is null");
        this.encoding = requireNonNull(encoding, "encoding is null");
    }

    public final IsingModel model() {
        return model;
    }

    @Override
    public final String modelText() {
        return modelText;
    }

    @Override
    public final Encoding encoding() {
        return encoding;
    }

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
