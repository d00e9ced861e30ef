package io.qhybrid.encode;

import static java.util.Objects.requireNonNull;

import io.qhybrid.encode.internal.TextLines;
import io.qhybrid.error.QHybridErrors;
import io.qhybrid.model.WeightedGraph;
import java.nio.file.Path;

/**
 * Reads a graph from text: one edge a line, {@code u v [weight]}, nodes non-negative integers,
 * weight 1 when absent, {@code #} starts a comment. A malformed line is an
 * {@link io.qhybrid.error.InputException} naming the source and line.
 */
public final class WeightedGraphReader {
    private WeightedGraphReader() {}

    public static WeightedGraph read(Path path) {
        requireNonNull(path, "path is null");
        return parse(TextLines.readFile(path), path.toString());
    }

    /** Parses {@code text}; {@code source} names it in error messages. */
    public static WeightedGraph parse(String text, String source) {
        requireNonNull(text, "text is null");
        WeightedGraph.Builder graph = WeightedGraph.builder();
        int edges = 0;
        for (TextLines.Line line : TextLines.contentLines(text)) {
            String[] tokens = line.content().split("\\s+");
            if (tokens.length < 2 || tokens.length > 3) {
                throw QHybridErrors.badInput(source, line.number(), 0,
                        "expected 'u v [weight]' but found " + tokens.length + " fields in '" + line.content() + "'");
            }
            int u = node(tokens[0], source, line.number());
            int v = node(tokens[1], source, line.number());
            double weight = 1.0;
            if (tokens.length == 3) {
                Double parsed = TextLines.parseFinite(tokens[2]);
                if (parsed == null) {
                    throw QHybridErrors.badInput(source, line.number(), 0,
                            "edge weight '" + tokens[2] + "' is not a finite number");
                }
                weight = parsed;
            }
            if (u == v) {
                throw QHybridErrors.badInput(source, line.number(), 0,
                        "self-loop on node " + u + " can never be cut; remove the line");
            }
            graph.addEdge(u, v, weight);
            edges++;
        }
        if (edges == 0) {
            throw QHybridErrors.badInput(source, 0, 0, "no edges found. Write one 'u v [weight]' a line.");
        }
        return graph.build();
    }

    private static int node(String token, String source, int line) {
        if (!token.matches("\\d{1,9}")) {
            throw QHybridErrors.badInput(source, line, 0,
                    "node '" + token + "' is not a non-negative integer");
        }
        return Integer.parseInt(token);
    }
}
