package io.qhybrid.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.qhybrid.chem.H2Hamiltonian;
import io.qhybrid.error.ErrorKind;
import io.qhybrid.error.QHybridErrors;
import io.qhybrid.error.QHybridException;
import io.qhybrid.sampledata.BondLengths;
import io.qhybrid.sampledata.EdgeList;
import io.qhybrid.sampledata.EdgeWeights;
import io.qhybrid.sampledata.GraphSpec;
import io.qhybrid.sampledata.MoleculeFiles;
import io.qhybrid.sampledata.PriceParameters;
import io.qhybrid.sampledata.SampleDataSet;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/**
 * {@code generate prices|graph|h2|all}: writes sample inputs with the seeded generators of
 * {@code io.qhybrid.sampledata}. Plain Java, no Spark session. Prints a JSON summary on stdout.
 */
public final class GenerateCommand implements Command {
    private static final Set<String> VALUED = Set.of("assets", "sectors", "days", "start", "seed", "out",
            "assets-out", "kind", "nodes", "degree", "attach", "communities", "degree-in", "degree-out",
            "weights", "bonds");

    @Override
    public String usage() {
        return String.join("\n",
                "generate prices [--assets 200] [--sectors 10] [--days 517] [--start 2023-01-02] [--seed 20230102]",
                "                --out FILE [--assets-out FILE (default: assets.csv next to --out)]",
                "generate graph --kind ring|regular|powerlaw|community --nodes N [--degree 3] [--attach 2]",
                "               [--communities 10 --degree-in 10 --degree-out 1] [--weights unit|int:LO:HI|real:LO:HI]",
                "               [--seed 1] --out FILE",
                "generate h2 [--bonds 0.3:2.5:0.15,0.735] --out DIR   (H2/STO-3G 2-qubit Hamiltonians + molecules.csv)",
                "generate all --out DIR   (the checked-in sample-data set: prices, graphs, molecules)");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        try {
            Arguments a = Arguments.parse(args, VALUED, Set.of());
            if (a.positionals().size() != 1) {
                err.println(usage());
                return BAD_USAGE;
            }
            String what = a.positionals().get(0);
            if (!a.has("out")) {
                throw QHybridErrors.invalidArgument("command line", String.join(" ", args), "Give --out.");
            }
            Path target = Path.of(a.value("out", null));
            ObjectNode summary = Json.object().put("generated", what).put("out", target.toString());
            switch (what) {
                case "prices" -> prices(a, target, summary);
                case "graph" -> graph(a, target, summary);
                case "h2" -> h2(a, target, summary);
                case "all" -> SampleDataSet.writeAll(target);
                default -> throw QHybridErrors.invalidArgument("generate target", what, "Use prices, graph, h2 or all.");
            }
            Json.print(out, summary);
            return OK;
        } catch (QHybridException e) {
            if (e.kind() != ErrorKind.USER_ERROR) {
                throw e;
            }
            err.println(e.getMessage());
            err.println(usage());
            return BAD_USAGE;
        }
    }

    private static void prices(Arguments a, Path target, ObjectNode summary) throws Exception {
        PriceParameters defaults = PriceParameters.defaults();
        LocalDate start;
        try {
            start = LocalDate.parse(a.value("start", defaults.start().toString()));
        } catch (DateTimeParseException e) {
            throw QHybridErrors.invalidArgument("--start", a.value("start", ""), "Use an ISO date, e.g. 2023-01-02.");
        }
        PriceParameters p = defaults.withAssets(a.intValue("assets", defaults.assets()))
                .withSectors(a.intValue("sectors", defaults.sectors()))
                .withBusinessDays(a.intValue("days", defaults.businessDays()))
                .withStart(start)
                .withSeed(a.longValue("seed", defaults.seed()));
        Path parent = target.toAbsolutePath().getParent();
        Path assets = a.has("assets-out") ? Path.of(a.value("assets-out", null)) : parent.resolve("assets.csv");
        long rows = SampleDataSet.writePrices(p, target, assets);
        summary.put("assets_out", assets.toString()).put("assets", p.assets()).put("business_days", p.businessDays())
                .put("rows", rows).put("seed", p.seed());
    }

    private static void graph(Arguments a, Path target, ObjectNode summary) throws Exception {
        GraphSpec spec = new GraphSpec(a.value("kind", "regular"), a.intValue("nodes", 0), a.intValue("degree", 3),
                a.intValue("attach", 2), a.intValue("communities", 10), a.doubleValue("degree-in", 10),
                a.doubleValue("degree-out", 1), EdgeWeights.parse(a.value("weights", "unit")), a.longValue("seed", 1));
        EdgeList graph = SampleDataSet.writeGraph(spec, target, target.toString());
        summary.put("kind", graph.kind()).put("nodes", graph.nodes()).put("edges", graph.edges())
                .put("seed", graph.seed());
    }

    private static void h2(Arguments a, Path target, ObjectNode summary) throws Exception {
        List<H2Hamiltonian> written = MoleculeFiles.writeAll(BondLengths.parse(a.value("bonds", SampleDataSet.H2_BONDS)), target);
        ArrayNode files = summary.putArray("files");
        for (H2Hamiltonian h : written) {
            files.addObject().put("file", MoleculeFiles.fileName(h.bondAngstrom()))
                    .put("bond_length_angstrom", h.bondAngstrom())
                    .put("exact_ground_total_ha", h.groundTotalEnergy());
        }
    }
}
