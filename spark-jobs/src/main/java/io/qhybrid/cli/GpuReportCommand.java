package io.qhybrid.cli;

import io.qhybrid.error.QHybridErrors;
import io.qhybrid.gpu.GpuPlanCheck;
import io.qhybrid.gpu.PlanVerdict;
import io.qhybrid.gpu.RapidsJar;
import io.qhybrid.pipelines.maxcut.MaxCutPrep;
import io.qhybrid.pipelines.portfolio.PortfolioPrep;
import io.qhybrid.tables.QHybridTables;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code gpu-report portfolio|maxcut [--all]}: builds the job's prep plan over its input tables
 * and prints, per operator, whether the RAPIDS Accelerator would run it on the GPU. Runs on a
 * CPU-only machine; the RAPIDS jar is fetched with Maven on first use.
 */
public final class GpuReportCommand implements Command {
    @Override
    public String usage() {
        return "gpu-report portfolio|maxcut|molecule [--all]   which prep operators would run on GPUs under RAPIDS\n"
                + "  --all  list expressions too, not only operators\n"
                + "exit code 1 when an operator outside the allowed list would stay on the CPU";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Arguments arguments = Arguments.parse(args, Set.of(), Set.of("all"));
        if (arguments.positionals().size() != 1 || !Set.of("portfolio", "maxcut", "molecule").contains(arguments.positionals().get(0))) {
            throw QHybridErrors.invalidArgument("job", String.join(" ", args),
                    "Write: qhybrid gpu-report portfolio|maxcut|molecule (run ingest first so the input tables exist).");
        }
        String job = arguments.positionals().get(0);
        GpuPlanCheck check = new GpuPlanCheck(RapidsJar.fetch());
        SparkSession spark = SparkSession.builder().appName("qhybrid gpu-report " + job).enableHiveSupport().getOrCreate();
        try {
            String database = spark.conf().get("spark.qhybrid.database", QHybridTables.DEFAULT_DATABASE);
            String input = database + "." + switch (job) {
                case "portfolio" -> "prices";
                case "maxcut" -> "graph_edges";
                default -> "hamiltonian_terms";
            };
            if (!spark.catalog().tableExists(input)) {
                throw QHybridErrors.invalidArgument("job", job, "Its input table " + input
                        + " does not exist in this warehouse; run 'qhybrid run ingest' first (or pass --warehouse).");
            }
            Dataset<Row> plan = switch (job) {
                case "portfolio" -> portfolio(spark, database);
                case "maxcut" -> maxcut(spark, database);
                default -> io.qhybrid.pipelines.molecule.MoleculePrep.candidates(spark.table(database + ".hamiltonian_terms"));
            };
            List<PlanVerdict> verdicts = check.verdicts(plan);
            List<PlanVerdict> blockers = GpuPlanCheck.blockers(verdicts);
            out.println("prep plan of " + job + " under RAPIDS " + RapidsJar.VERSION + " (GPU = would run on the GPU)");
            verdicts.stream().filter(v -> v.exec() || arguments.has("all")).forEach(v -> out.println(v.describe()));
            long operators = verdicts.stream().filter(PlanVerdict::exec).count();
            long onGpu = verdicts.stream().filter(v -> v.exec() && v.onGpu()).count();
            out.println(onGpu + " of " + operators + " operators on the GPU; allowed on the CPU: "
                    + String.join(", ", GpuPlanCheck.ALLOWED_ON_CPU) + ", Delta table scans");
            if (!blockers.isEmpty()) {
                out.println("NOT GPU-ELIGIBLE:");
                blockers.forEach(v -> out.println("  " + v.name() + ": " + v.detail()));
                return FAILED;
            }
            return OK;
        } finally {
            spark.stop();
        }
    }

    private static Dataset<Row> portfolio(SparkSession spark, String database) {
        return PortfolioPrep.candidates(spark.table(database + ".prices"), LocalDate.of(1900, 1, 1),
                LocalDate.of(2999, 12, 31), 12, 60);
    }

    private static Dataset<Row> maxcut(SparkSession spark, String database) {
        Dataset<Row> edges = spark.table(database + ".graph_edges");
        return MaxCutPrep.candidates(edges, 12, 6);
    }
}
