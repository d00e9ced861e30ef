package io.qhybrid.pipelines;

import io.qhybrid.encode.Encoding;

/**
 * One subproblem as a model, inside a solve task. Either an {@link IsingSubproblem} (QAOA on the
 * quantum tiers) or a {@link HamiltonianSubproblem} (VQE).
 */
public sealed interface EncodedSubproblem permits IsingSubproblem, HamiltonianSubproblem {
    /** The model as text (graph edges, mean/covariance JSON, Pauli sum), stored for lineage and re-scoring. */
    String modelText();

    Encoding encoding();

    /** Qubits / binary variables. */
    int size();
}
