package io.qhybrid.sampledata;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * A generated undirected graph: nodes {@code 0..nodes-1}, edges with {@code u < v} sorted by
 * (u, v), a weight per edge, and the generator's name, parameters and seed for the file header.
 * Immutable.
 */
public final class EdgeList {
    private final String kind;
    private final int nodes;
    private final int[] us;
    private final int[] vs;
    private final double[] weights;
    private final EdgeWeights weighting;
    private final long seed;
    private final Map<String, String> parameters;

    EdgeList(String kind, int nodes, long[] sortedKeys, double[] weights, EdgeWeights weighting, long seed,
             Map<String, String> parameters) {
        this.kind = requireNonNull(kind, "kind is null");
        this.nodes = nodes;
        this.us = new int[sortedKeys.length];
        this.vs = new int[sortedKeys.length];
        for (int i = 0; i < sortedKeys.length; i++) {
            us[i] = (int) (sortedKeys[i] >>> 32);
            vs[i] = (int) sortedKeys[i];
        }
        this.weights = weights.clone();
        this.weighting = requireNonNull(weighting, "weighting is null");
        this.seed = seed;
        this.parameters = Map.copyOf(parameters);
    }

    /** Packs an edge so that sorting the keys sorts edges by (min, max). */
    static long key(int u, int v) {
        return ((long) Math.min(u, v) << 32) | Math.max(u, v);
    }

    public String kind() {
        return kind;
    }

    public int nodes() {
        return nodes;
    }

    public int edges() {
        return us.length;
    }

    public int u(int edge) {
        return us[edge];
    }

    public int v(int edge) {
        return vs[edge];
    }

    public double weight(int edge) {
        return weights[edge];
    }

    public long seed() {
        return seed;
    }

    /** Degree of every node (weights ignored). */
    public int[] degrees() {
        int[] degree = new int[nodes];
        for (int e = 0; e < us.length; e++) {
            degree[us[e]]++;
            degree[vs[e]]++;
        }
        return degree;
    }

    /** Writes the text form: {@code #} header lines, then one {@code u v [weight]} line per edge. */
    public void write(Writer out, String regenerateCommand) throws IOException {
        out.write("# QHybrid sample graph\n");
        out.write("# kind: " + kind + "\n");
        out.write("# generator: " + GraphGenerator.class.getName() + "\n");
        StringBuilder params = new StringBuilder();
        parameters.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> params.append(params.length() == 0 ? "" : " ").append(e.getKey()).append('=').append(e.getValue()));
        out.write("# parameters: " + params + " weights=" + weighting + "\n");
        out.write("# seed: " + seed + "\n");
        out.write("# nodes: " + nodes + "\n");
        out.write("# edges: " + us.length + "\n");
        out.write("# format: u v" + (weighting.kind() == EdgeWeights.Kind.UNIT ? "" : " weight")
                + " (undirected, u < v, weight 1 when absent)\n");
        if (regenerateCommand != null) {
            out.write("# regenerate: " + regenerateCommand + "\n");
        }
        for (int e = 0; e < us.length; e++) {
            String w = weighting.format(weights[e]);
            out.write(us[e] + " " + vs[e] + (w.isEmpty() ? "" : " " + w) + "\n");
        }
    }

    @Override
    public String toString() {
        return "EdgeList{" + kind + ", nodes=" + nodes + ", edges=" + us.length + ", seed=" + seed
                + ", parameters=" + parameters + "}";
    }
}
