package io.qhybrid.sampledata;

import static java.util.Objects.requireNonNull;

import io.qhybrid.error.QHybridErrors;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything that determines one generated graph, and the {@code generate graph} command line
 * that reproduces it. Unused parameters of a kind are ignored.
 *
 * @param kind ring, regular, powerlaw or community
 * @param degree node degree of a regular graph
 * @param attach edges each new node adds in a power-law graph
 * @param communities number of planted blocks of a community graph
 * @param degreeIn expected neighbours inside a node's block
 * @param degreeOut expected neighbours outside it
 */
public record GraphSpec(String kind, int nodes, int degree, int attach, int communities, double degreeIn,
                        double degreeOut, EdgeWeights weights, long seed) {
    public static final List<String> KINDS = List.of("ring", "regular", "powerlaw", "community");

    public GraphSpec {
        requireNonNull(kind, "kind is null");
        requireNonNull(weights, "weights is null");
        if (!KINDS.contains(kind)) {
            throw QHybridErrors.invalidArgument("--kind", kind, "Use one of " + String.join(", ", KINDS) + ".");
        }
        if (nodes < 3 || nodes > 5_000_000) {
            throw QHybridErrors.invalidArgument("--nodes", nodes, "Give 3 to 5000000 nodes.");
        }
    }

    public EdgeList generate() {
        return switch (kind) {
            case "ring" -> GraphGenerator.ring(nodes, weights, seed);
            case "regular" -> GraphGenerator.regular(nodes, degree, weights, seed);
            case "powerlaw" -> GraphGenerator.powerLaw(nodes, attach, weights, seed);
            default -> GraphGenerator.community(nodes, communities, degreeIn, degreeOut, weights, seed);
        };
    }

    /** The launcher command that regenerates this graph into {@code file}. */
    public String command(String file) {
        List<String> parts = new ArrayList<>(List.of("submit/qhybrid generate graph --kind", kind, "--nodes",
                Integer.toString(nodes)));
        switch (kind) {
            case "regular" -> parts.addAll(List.of("--degree", Integer.toString(degree)));
            case "powerlaw" -> parts.addAll(List.of("--attach", Integer.toString(attach)));
            case "community" -> parts.addAll(List.of("--communities", Integer.toString(communities),
                    "--degree-in", number(degreeIn), "--degree-out", number(degreeOut)));
            default -> { }
        }
        parts.addAll(List.of("--weights", weights.toString(), "--seed", Long.toString(seed), "--out", file));
        return String.join(" ", parts);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
