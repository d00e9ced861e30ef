package io.qhybrid.sampledata;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The generated part of the checked-in {@code sample-data/} directory: the price universe, the
 * small and medium graphs with their manifest, and the H2 Hamiltonians. The hand-written
 * {@code bad/} files are not generated. Regenerating with the same code gives the same bytes.
 */
public final class SampleDataSet {
    /** Bond lengths of the checked-in H2 files: 0.30 to 2.40 angstrom every 0.15, plus 0.735. */
    public static final String H2_BONDS = "0.3:2.5:0.15,0.735";

    /** The checked-in graphs, by id (the file is {@code <id>.txt}). */
    public static final List<Graph> GRAPHS = List.of(
            new Graph("ring-8", new GraphSpec("ring", 8, 0, 0, 0, 0, 0, EdgeWeights.UNIT, 0)),
            new Graph("regular-3-24", new GraphSpec("regular", 24, 3, 0, 0, 0, 0, EdgeWeights.UNIT, 11)),
            new Graph("powerlaw-60", new GraphSpec("powerlaw", 60, 0, 2, 0, 0, 0, EdgeWeights.parse("int:1:5"), 12)),
            new Graph("community-200",
                    new GraphSpec("community", 200, 0, 0, 4, 8, 1, EdgeWeights.parse("real:0.5:2.0"), 13)),
            new Graph("community-2000",
                    new GraphSpec("community", 2000, 0, 0, 10, 10, 1, EdgeWeights.parse("int:1:9"), 14)));

    /** One checked-in graph. */
    public record Graph(String id, GraphSpec spec) {
        public String file() {
            return id + ".txt";
        }
    }

    private SampleDataSet() {}

    /** Writes {@code prices/}, {@code graphs/} and {@code molecules/} under {@code root}. */
    public static void writeAll(Path root) throws IOException {
        writePrices(PriceParameters.defaults(), root.resolve("prices/prices.csv"), root.resolve("prices/assets.csv"));
        writeGraphs(root.resolve("graphs"));
        MoleculeFiles.writeAll(BondLengths.parse(H2_BONDS), root.resolve("molecules"));
    }

    /** Writes prices and assets; returns the number of price rows. */
    public static long writePrices(PriceParameters parameters, Path pricesFile, Path assetsFile) throws IOException {
        PriceGenerator generator = new PriceGenerator(parameters);
        createParent(pricesFile);
        createParent(assetsFile);
        try (Writer out = Files.newBufferedWriter(assetsFile, StandardCharsets.UTF_8)) {
            generator.writeAssets(out);
        }
        try (Writer out = Files.newBufferedWriter(pricesFile, StandardCharsets.UTF_8)) {
            return generator.writePrices(out);
        }
    }

    /** Generates one graph into {@code file}; {@code shownPath} is the path written into its regenerate line. */
    public static EdgeList writeGraph(GraphSpec spec, Path file, String shownPath) throws IOException {
        EdgeList graph = spec.generate();
        createParent(file);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            graph.write(out, spec.command(shownPath));
        }
        return graph;
    }

    private static void writeGraphs(Path dir) throws IOException {
        StringBuilder manifest = new StringBuilder("graph_id,file,kind,nodes,edges,seed\n");
        for (Graph g : GRAPHS) {
            EdgeList graph = writeGraph(g.spec(), dir.resolve(g.file()), "sample-data/graphs/" + g.file());
            manifest.append(g.id()).append(',').append(g.file()).append(',').append(graph.kind()).append(',')
                    .append(graph.nodes()).append(',').append(graph.edges()).append(',').append(graph.seed()).append('\n');
        }
        Files.writeString(dir.resolve("graphs.csv"), manifest, StandardCharsets.UTF_8);
    }

    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }
}
