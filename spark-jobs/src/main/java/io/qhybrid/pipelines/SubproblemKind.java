package io.qhybrid.pipelines;

import java.io.Serializable;
import org.apache.spark.sql.Row;

/**
 * How one pipeline turns its candidate rows into models the solve stage understands. Serialisable
 * and stateless: it travels in the solve stage's closure.
 */
public interface SubproblemKind extends Serializable {
    /** The {@code kind} column value, e.g. {@code subgraph}. */
    String kind();

    /** Encodes one candidate row (the prep output columns plus the routing columns). */
    EncodedSubproblem encode(Row candidate);

    /**
     * Rebuilds a subproblem from the {@code model_text} its {@link #encode} wrote (what
     * {@code collect} scores late QPU results against).
     */
    EncodedSubproblem decode(String modelText);
}
