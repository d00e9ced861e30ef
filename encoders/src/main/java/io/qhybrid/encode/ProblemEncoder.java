package io.qhybrid.encode;

/**
 * Turns a problem into a model that solvers and circuits consume.
 *
 * @param <P> the problem (a graph, a portfolio, a Hamiltonian text)
 * @param <M> the model produced (an Ising model, a QUBO, a Pauli sum)
 */
public interface ProblemEncoder<P, M> {
    /** A stable name, e.g. {@code "maxcut-ising"}. */
    String name();

    /** The version of the mapping; bumped whenever the same problem would encode differently. */
    String version();

    M encode(P problem);

    default Encoding encoding() {
        return new Encoding(name(), version());
    }
}
