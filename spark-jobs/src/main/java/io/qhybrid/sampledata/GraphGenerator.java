package io.qhybrid.sampledata;

import io.qhybrid.error.QHybridErrors;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Seeded random graph generators for Max-Cut inputs. Each draws the structure from the first
 * split of {@code new SplittableRandom(seed)} and the weights from the second, so changing only
 * the weighting leaves the edges the same. Nodes are {@code 0..nodes-1}; no self-loops, no
 * parallel edges.
 */
public final class GraphGenerator {
    /** Restarts of the pairing model before giving up; a 3-regular graph needs ~8 on average. */
    private static final int MAX_PAIRING_RESTARTS = 1000;

    private GraphGenerator() {}

    /** The cycle 0-1-...-(n-1)-0. Its maximum cut is n for even n and n-1 for odd n (unit weights). */
    public static EdgeList ring(int nodes, EdgeWeights weights, long seed) {
        require(nodes >= 3, "--nodes", nodes, "A ring needs at least 3 nodes.");
        Set<Long> edges = new HashSet<>();
        for (int i = 0; i < nodes; i++) {
            edges.add(EdgeList.key(i, (i + 1) % nodes));
        }
        return finish("ring", nodes, edges, weights, seed, Map.of("nodes", Integer.toString(nodes)));
    }

    /**
     * A uniform-ish random d-regular graph by the pairing (configuration) model: node i owns d
     * stubs; random stub pairs are joined unless they would form a self-loop or a parallel edge,
     * and the whole pairing restarts when only such pairs remain. Needs {@code nodes * degree} even.
     */
    public static EdgeList regular(int nodes, int degree, EdgeWeights weights, long seed) {
        require(degree >= 1 && degree < nodes, "--degree", degree, "Give 1 <= degree < nodes.");
        require((long) nodes * degree % 2 == 0, "--nodes x --degree", nodes + "x" + degree,
                "A d-regular graph needs nodes x degree even.");
        SplittableRandom random = new SplittableRandom(seed).split();
        for (int restart = 0; restart < MAX_PAIRING_RESTARTS; restart++) {
            Set<Long> edges = tryPairing(nodes, degree, random);
            if (edges != null) {
                Map<String, String> params = new LinkedHashMap<>();
                params.put("nodes", Integer.toString(nodes));
                params.put("degree", Integer.toString(degree));
                return finish("regular", nodes, edges, weights, seed, params);
            }
        }
        throw QHybridErrors.invalidArgument("--degree", degree,
                "The pairing model did not find a simple graph; use a smaller degree.");
    }

    private static Set<Long> tryPairing(int nodes, int degree, SplittableRandom random) {
        int[] stubs = new int[nodes * degree];
        for (int i = 0; i < stubs.length; i++) {
            stubs[i] = i / degree;
        }
        int remaining = stubs.length;
        Set<Long> edges = new HashSet<>(stubs.length);
        while (remaining > 0) {
            boolean joined = false;
            // Enough tries that failing means the leftover stubs almost surely admit no valid pair.
            for (int attempt = 0; attempt < 100 + 2 * remaining && !joined; attempt++) {
                int i = random.nextInt(remaining);
                int j = random.nextInt(remaining);
                int u = stubs[i];
                int v = stubs[j];
                if (i == j || u == v || edges.contains(EdgeList.key(u, v))) {
                    continue;
                }
                edges.add(EdgeList.key(u, v));
                // Remove both stubs by swapping in the last ones, higher index first.
                int high = Math.max(i, j);
                int low = Math.min(i, j);
                stubs[high] = stubs[--remaining];
                stubs[low] = stubs[--remaining];
                joined = true;
            }
            if (!joined) {
                return null;
            }
        }
        return edges;
    }

    /**
     * Barabasi-Albert preferential attachment: start from a clique on {@code attach + 1} nodes;
     * each further node links to {@code attach} distinct earlier nodes chosen with probability
     * proportional to their degree. Degrees follow a power law with exponent about 3.
     */
    public static EdgeList powerLaw(int nodes, int attach, EdgeWeights weights, long seed) {
        require(attach >= 1 && attach < nodes, "--attach", attach, "Give 1 <= attach < nodes.");
        SplittableRandom random = new SplittableRandom(seed).split();
        Set<Long> edges = new HashSet<>();
        // Every edge end once: a uniform pick from this list is a degree-proportional pick of a node.
        int[] ends = new int[2 * (attach * (attach + 1) / 2 + (nodes - attach - 1) * attach)];
        int filled = 0;
        for (int u = 0; u <= attach; u++) {
            for (int v = u + 1; v <= attach; v++) {
                edges.add(EdgeList.key(u, v));
                ends[filled++] = u;
                ends[filled++] = v;
            }
        }
        int[] chosen = new int[attach];
        for (int node = attach + 1; node < nodes; node++) {
            int count = 0;
            while (count < attach) {
                int target = ends[random.nextInt(filled)];
                if (!contains(chosen, count, target)) {
                    chosen[count++] = target;
                }
            }
            for (int k = 0; k < attach; k++) {
                edges.add(EdgeList.key(node, chosen[k]));
                ends[filled++] = node;
                ends[filled++] = chosen[k];
            }
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("nodes", Integer.toString(nodes));
        params.put("attach", Integer.toString(attach));
        return finish("powerlaw", nodes, edges, weights, seed, params);
    }

    /**
     * A stochastic block model with planted partition: {@code communities} blocks of near-equal
     * size, node u in block c when {@code floor(c n / k) <= u < floor((c+1) n / k)}. Each pair
     * inside a block is joined with probability {@code degreeIn / (blockSize - 1)}, each pair
     * across blocks with {@code degreeOut / (n - blockSize)}, so {@code degreeIn} and
     * {@code degreeOut} are a node's expected neighbours inside and outside its block.
     */
    public static EdgeList community(int nodes, int communities, double degreeIn, double degreeOut,
                                     EdgeWeights weights, long seed) {
        require(communities >= 2 && communities <= nodes / 2, "--communities", communities,
                "Give 2 <= communities <= nodes / 2.");
        require(degreeIn >= 0 && degreeOut >= 0, "--degree-in/--degree-out", degreeIn + "/" + degreeOut,
                "Expected degrees cannot be negative.");
        SplittableRandom random = new SplittableRandom(seed).split();
        double blockSize = (double) nodes / communities;
        double pIn = Math.min(1, degreeIn / (blockSize - 1));
        double pOut = Math.min(1, degreeOut / (nodes - blockSize));
        Set<Long> edges = new HashSet<>();
        for (int a = 0; a < communities; a++) {
            for (int b = a; b < communities; b++) {
                BlockSampler.sample(start(a, nodes, communities), start(a + 1, nodes, communities),
                        start(b, nodes, communities), start(b + 1, nodes, communities),
                        a == b ? pIn : pOut, random, edges);
            }
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("nodes", Integer.toString(nodes));
        params.put("communities", Integer.toString(communities));
        params.put("degree_in", Double.toString(degreeIn));
        params.put("degree_out", Double.toString(degreeOut));
        return finish("community", nodes, edges, weights, seed, params);
    }

    /** First node of block {@code c} of the planted partition. */
    public static int start(int c, int nodes, int communities) {
        return (int) ((long) c * nodes / communities);
    }

    private static EdgeList finish(String kind, int nodes, Set<Long> edges, EdgeWeights weights, long seed,
                                   Map<String, String> params) {
        long[] keys = edges.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(keys);
        SplittableRandom root = new SplittableRandom(seed);
        root.split();
        SplittableRandom weightRandom = root.split();
        double[] w = new double[keys.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = weights.draw(weightRandom);
        }
        return new EdgeList(kind, nodes, keys, w, weights, seed, params);
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    private static void require(boolean ok, String what, Object value, String fix) {
        if (!ok) {
            throw QHybridErrors.invalidArgument(what, value, fix);
        }
    }
}
