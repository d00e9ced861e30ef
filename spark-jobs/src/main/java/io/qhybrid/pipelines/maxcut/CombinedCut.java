package io.qhybrid.pipelines.maxcut;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins the blocks' cuts into one cut of the whole graph. Each block's assignment can be flipped
 * as a whole without changing its internal cut, so the combine step flips a block whenever that
 * raises the weight of cut edges between blocks, pass after pass until no flip helps (each flip
 * strictly improves the cut, so this ends).
 */
final class CombinedCut {
    /** One graph's combined answer. */
    record Outcome(double totalWeight, double cut, double internalCut, double boundaryCut, int blocks, int flipped) {}

    /** An edge of the whole graph. */
    record Edge(int u, int v, double weight) {}

    private CombinedCut() {}

    /**
     * @param side the side (0/1) of every node, from its block's solution
     * @param blockOf the block of every node
     */
    static Outcome combine(List<Edge> edges, Map<Integer, Integer> side, Map<Integer, Integer> blockOf) {
        Map<Integer, Boolean> flip = new java.util.TreeMap<>();
        blockOf.values().forEach(b -> flip.put(b, false));
        Map<Integer, List<Edge>> boundaryOf = new HashMap<>();
        for (Edge e : edges) {
            int bu = blockOf.get(e.u());
            int bv = blockOf.get(e.v());
            if (bu != bv) {
                boundaryOf.computeIfAbsent(bu, b -> new java.util.ArrayList<>()).add(e);
                boundaryOf.computeIfAbsent(bv, b -> new java.util.ArrayList<>()).add(e);
            }
        }
        int flipped = 0;
        boolean improved = true;
        for (int pass = 0; pass < 50 && improved; pass++) {
            improved = false;
            for (Integer block : flip.keySet()) {
                double gain = 0;
                for (Edge e : boundaryOf.getOrDefault(block, List.of())) {
                    gain += cut(e, side, blockOf, flip) ? -e.weight() : e.weight();
                }
                if (gain > 1e-9) {
                    flip.put(block, !flip.get(block));
                    flipped++;
                    improved = true;
                }
            }
        }
        double total = 0;
        double internal = 0;
        double boundary = 0;
        for (Edge e : edges) {
            total += e.weight();
            if (cut(e, side, blockOf, flip)) {
                if (blockOf.get(e.u()).equals(blockOf.get(e.v()))) {
                    internal += e.weight();
                } else {
                    boundary += e.weight();
                }
            }
        }
        return new Outcome(total, internal + boundary, internal, boundary, flip.size(), flipped);
    }

    private static boolean cut(Edge e, Map<Integer, Integer> side, Map<Integer, Integer> blockOf,
            Map<Integer, Boolean> flip) {
        int su = side.get(e.u()) ^ (flip.get(blockOf.get(e.u())) ? 1 : 0);
        int sv = side.get(e.v()) ^ (flip.get(blockOf.get(e.v())) ? 1 : 0);
        return su != sv;
    }
}
