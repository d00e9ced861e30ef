package io.qhybrid.solve;

import static java.util.Objects.requireNonNull;

import io.qhybrid.model.Bitstrings;
import java.io.Serializable;

/**
 * The best state a solver found: its basis-state index (bit i = variable/spin i), the number of
 * variables, its objective (the model's energy, lower is better) and the solver's method name.
 */
public record Solution(long state, int numVariables, double objective, String method) implements Serializable {
    public Solution {
        requireNonNull(method, "method is null");
        if (numVariables < 1 || numVariables > 63) {
            throw new IllegalArgumentException("variable count " + numVariables + " outside [1, 63]");
        }
    }

    /** The state written highest-index variable first (variable 0 is the rightmost character). */
    public String bitstring() {
        return Bitstrings.of(state, numVariables);
    }

    /** A copy with another objective, e.g. re-scored under an equivalent model. */
    public Solution withObjective(double value) {
        return new Solution(state, numVariables, value, method);
    }
}
