package io.qhybrid.model;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An undirected weighted graph on nodes {@code 0 .. numNodes-1}. Edges are kept once with
 * {@code u < v}, sorted; an edge given twice has its weights summed. Self-loops are refused
 * because they can never be cut and usually mean a typo. Immutable.
 */
public final class WeightedGraph implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int numNodes;
    private final int[] edgeU;
    private final int[] edgeV;
    private final double[] edgeWeight;

    private WeightedGraph(int numNodes, int[] edgeU, int[] edgeV, double[] edgeWeight) {
        this.numNodes = numNodes;
        this.edgeU = edgeU;
        this.edgeV = edgeV;
        this.edgeWeight = edgeWeight;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int numNodes() {
        return numNodes;
    }

    public int edgeCount() {
        return edgeWeight.length;
    }

    public int edgeU(int k) {
        return edgeU[k];
    }

    public int edgeV(int k) {
        return edgeV[k];
    }

    public double edgeWeight(int k) {
        return edgeWeight[k];
    }

    public double totalWeight() {
        double total = 0;
        for (double w : edgeWeight) {
            total += w;
        }
        return total;
    }

    /** The summed weight of the edges whose ends lie on different sides (bit i of state = side of node i). */
    public double cutValue(long state) {
        double cut = 0;
        for (int k = 0; k < edgeWeight.length; k++) {
            if (((state >>> edgeU[k] ^ state >>> edgeV[k]) & 1L) != 0) {
                cut += edgeWeight[k];
            }
        }
        return cut;
    }

    /** The cut value of a bitstring written highest node first (node 0 rightmost). */
    public double cutValue(String bitstring) {
        return cutValue(Bitstrings.toIndex(bitstring, numNodes));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WeightedGraph other && numNodes == other.numNodes
                && Arrays.equals(edgeU, other.edgeU) && Arrays.equals(edgeV, other.edgeV)
                && Arrays.equals(edgeWeight, other.edgeWeight);
    }

    @Override
    public int hashCode() {
        return Objects.hash(numNodes, Arrays.hashCode(edgeU), Arrays.hashCode(edgeV), Arrays.hashCode(edgeWeight));
    }

    @Override
    public String toString() {
        return "WeightedGraph[" + numNodes + " nodes, " + edgeWeight.length + " edges]";
    }

    /** Accumulates edges. */
    public static final class Builder {
        private final Map<Long, Double> edges = new TreeMap<>();
        private int numNodes;

        private Builder() {}

        /** At least this many nodes, so isolated high-numbered nodes can be declared. */
        public Builder numNodes(int count) {
            numNodes = Math.max(numNodes, count);
            return this;
        }

        public Builder addEdge(int u, int v, double weight) {
            if (u < 0 || v < 0) {
                throw new IllegalArgumentException("node indices must be non-negative, got " + u + " and " + v);
            }
            if (u == v) {
                throw new IllegalArgumentException("self-loop on node " + u + " can never be cut");
            }
            if (!Double.isFinite(weight)) {
                throw new IllegalArgumentException("edge weight must be finite, got " + weight);
            }
            edges.merge(((long) Math.min(u, v) << 32) | Math.max(u, v), weight, Double::sum);
            numNodes = Math.max(numNodes, Math.max(u, v) + 1);
            return this;
        }

        public WeightedGraph build() {
            int count = edges.size();
            int[] eu = new int[count];
            int[] ev = new int[count];
            double[] ew = new double[count];
            int k = 0;
            for (Map.Entry<Long, Double> e : edges.entrySet()) {
                eu[k] = (int) (e.getKey() >>> 32);
                ev[k] = (int) (e.getKey() & 0xffffffffL);
                ew[k] = e.getValue();
                k++;
            }
            return new WeightedGraph(numNodes, eu, ev, ew);
        }
    }
}
