package io.qhybrid.cli;

import io.qhybrid.error.QHybridErrors;
import io.qhybrid.jobs.Job;
import io.qhybrid.jobs.JobRegistry;
import io.qhybrid.pipelines.PipelineJob;
import io.qhybrid.jobs.JobRunner;
import io.qhybrid.jobs.RunIdentity;
import io.qhybrid.jobs.RunPlanner;
import io.qhybrid.jobs.config.JobConfigResolver;
import io.qhybrid.tables.QHybridTables;
import io.qhybrid.tables.RunRecord;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * {@code run <job> [--date YYYY-MM-DD] [--set key=value ...] [--config FILE]}. Everything that
 * can be checked without Spark (job name, date, config, inputs) is checked before the session
 * starts, so bad usage writes nothing.
 */
public final class RunCommand implements Command {
    @Override
    public String usage() {
        return "run <job> [--date YYYY-MM-DD] [--set key=value ...] [--config FILE] [--dry-run]   run a job (jobs: "
                + String.join(", ", JobRegistry.standard().all().keySet()) + ")\n"
                + "  --date    the run date, default today (UTC)\n"
                + "  --set     override a config key; for nightly, prefix a step's key with the step: --set ingest.rejects.max-fraction=0.1\n"
                + "  --config  a job file instead of conf/jobs/<job>.yaml\n"
                + "  --dry-run pipelines only: prep and route, then print the planned QPU submissions and their\n"
                + "            estimated cost; nothing is submitted and no output table is written\n"
                + "precedence: --set > job file > built-in defaults";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Arguments arguments = Arguments.parse(args, Set.of("date", "set", "config"), Set.of("dry-run"));
        if (arguments.positionals().size() != 1) {
            throw QHybridErrors.invalidArgument("usage", String.join(" ", args), "Write: qhybrid run <job> [--date YYYY-MM-DD].");
        }
        JobRegistry registry = JobRegistry.standard();
        Job job = registry.get(arguments.positionals().get(0));
        LocalDate runDate = parseDate(arguments.value("date", null));
        SparkConf sparkConf = new SparkConf();
        // relative paths in job files resolve against the QHybrid home (the checkout holding conf/)
        Path home = Path.of(sparkConf.get("spark.qhybrid.home", Path.of("").toAbsolutePath().toString()));
        Path workingDir = home;
        JobConfigResolver resolver = new JobConfigResolver(home.resolve("conf").resolve("jobs"));
        Map<String, String> overrides = JobConfigResolver.parseOverrides(arguments.values("set"));
        String configFile = arguments.value("config", null);
        if (arguments.has("dry-run")) {
            if (!job.defaults().containsKey(PipelineJob.DRY_RUN)) {
                throw QHybridErrors.invalidArgument("--dry-run", job.name(),
                        "Only the pipeline jobs (portfolio, maxcut, molecule) have a dry run.");
            }
            overrides = new java.util.LinkedHashMap<>(overrides);
            overrides.put(PipelineJob.DRY_RUN, "true");
        }

        RunPlanner.Plan plan = new RunPlanner(registry, resolver, workingDir)
                .plan(job, configFile == null ? null : Path.of(configFile), overrides);

        SparkSession spark = SparkSession.builder().appName("qhybrid " + job.name() + " " + runDate)
                .enableHiveSupport().getOrCreate();
        try {
            QHybridTables tables = new QHybridTables(spark,
                    spark.conf().get("spark.qhybrid.database", QHybridTables.DEFAULT_DATABASE)).ensureAll();
            JobRunner runner = new JobRunner(spark, tables, workingDir, RunIdentity.from(spark.sparkContext().getConf()),
                    registry, plan.steps());
            RunRecord record = runner.run(job, plan.config(), runDate, null);
            var json = Json.object();
            json.put("run_id", record.runId());
            json.put("job", record.job());
            json.put("run_date", record.runDate().toString());
            json.put("status", record.status().sqlValue());
            json.put("message", record.message());
            json.set("summary", Json.MAPPER.readTree(record.summaryJson() == null ? "{}" : record.summaryJson()));
            Json.print(out, json);
            // a run that failed on bad config or input exits like bad usage: the user must fix something
            return runner.failedOnUserError(record) ? BAD_USAGE : job.exitCode(record);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } finally {
            spark.stop();
        }
    }

    static LocalDate parseDate(String text) {
        if (text == null) {
            return LocalDate.now(ZoneOffset.UTC);
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw QHybridErrors.invalidArgument("--date", text, "Give a date as YYYY-MM-DD, e.g. --date 2026-11-24.");
        }
    }
}
