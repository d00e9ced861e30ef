package io.qhybrid.pipelines.routing;

import java.util.Locale;

/** Where a subproblem is solved. */
public enum Tier {
    /** Small enough to enumerate exactly on the CPU. */
    CLASSICAL_EXACT,
    /** The local state-vector simulator (the default quantum tier). */
    SIMULATOR,
    /** A remote quantum processor, only with an approval and budget. */
    QPU,
    /** Too large for any backend: a classical heuristic (simulated annealing). */
    HEURISTIC;

    public String sqlValue() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
