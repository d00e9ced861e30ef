package io.qhybrid.cli;

import io.qhybrid.error.QHybridErrors;
import io.qhybrid.report.Report;
import io.qhybrid.report.ReportPlot;
import io.qhybrid.report.RunReport;
import io.qhybrid.tables.QHybridTables;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.SparkSession;

/**
 * {@code report <run_id|latest> [--out DIR]}: plots and an HTML page for one run, read from the
 * Delta tables. Usage is checked before the Spark session starts.
 */
public final class ReportCommand implements Command {
    static final String LIST_RUNS =
            "submit/qhybrid sql \"SELECT run_id, job, run_date, status FROM qhybrid.runs ORDER BY started_at DESC LIMIT 10\"";

    @Override
    public String usage() {
        return "report <run_id|latest> [--out DIR]   plots (PNG) and index.html for one run\n"
                + "  latest  the most recent nightly run (by start), else the most recent run of any job\n"
                + "  --out   the directory to write, default reports/<run_id>/ under the working directory\n"
                + "a nightly run's report covers its steps; list runs with: " + LIST_RUNS;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Arguments arguments = Arguments.parse(args, Set.of("out"), Set.of());
        if (arguments.positionals().size() != 1 || arguments.positionals().get(0).isBlank()) {
            throw QHybridErrors.invalidArgument("usage", ("report " + String.join(" ", args)).trim(),
                    "Write: qhybrid report <run_id|latest> [--out DIR]. List runs with: " + LIST_RUNS);
        }
        String reference = arguments.positionals().get(0);
        String outOption = arguments.value("out", null);
        Path outDir = outOption == null ? null : Path.of(outOption);
        if (outDir != null && Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw QHybridErrors.invalidArgument("--out", outOption, "It is a file; give a directory (created if missing).");
        }
        // plots are drawn off screen: no display is needed or wanted on a driver
        System.setProperty("java.awt.headless", "true");
        SparkSession spark = SparkSession.builder().appName("qhybrid report " + reference).enableHiveSupport()
                .getOrCreate();
        try {
            QHybridTables tables = new QHybridTables(spark,
                    spark.conf().get("spark.qhybrid.database", QHybridTables.DEFAULT_DATABASE));
            Report report = new RunReport(tables).write(reference, outDir);
            var json = Json.object();
            json.put("run_id", report.runId());
            json.put("job", report.job());
            json.put("run_date", report.runDate().toString());
            json.put("status", report.status());
            var steps = json.putArray("step_run_ids");
            report.stepRunIds().forEach(steps::add);
            json.put("directory", report.directory().toString());
            json.put("index", report.index().toString());
            var drawn = json.putArray("plots");
            report.drawn().forEach(p -> drawn.add(report.directory().resolve(p.fileName()).toString()));
            var skipped = json.putArray("skipped");
            report.skipped().forEach(p -> skipped.add(p.fileName()));
            Json.print(out, json);
            err.println("report of " + report.runId() + ": " + report.index() + " (" + report.drawn().size() + " of "
                    + ReportPlot.values().length + " plots)");
            return OK;
        } finally {
            spark.stop();
        }
    }
}
