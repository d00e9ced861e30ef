package io.qhybrid.jobs.ingest;

import static org.apache.spark.sql.functions.col;

import io.qhybrid.jobs.Job;
import io.qhybrid.jobs.JobContext;
import io.qhybrid.jobs.JobResult;
import io.qhybrid.jobs.RunStatus;
import io.qhybrid.tables.DeltaMerge;
import io.qhybrid.tables.RejectsTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the raw inputs (prices, graphs, Hamiltonians) into Delta input tables with schema
 * validation. Every bad record lands in {@code rejects} with its file, line and reason. When a
 * source's reject share exceeds {@code rejects.max-fraction} the run fails and lands no input
 * rows at all; otherwise good rows are merged (idempotent by key) and the run is
 * {@code partial} if anything was rejected.
 */
public final class IngestJob implements Job {
    private static final Logger LOG = LoggerFactory.getLogger(IngestJob.class);

    private final List<IngestSource> sources = List.of(new PricesSource(), new GraphSource(), new HamiltonianSource());

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public String description() {
        return "load prices, graphs and Hamiltonians into Delta input tables; bad records to rejects";
    }

    @Override
    public Map<String, String> defaults() {
        return IngestOptions.DEFAULTS;
    }

    @Override
    public void preflight(io.qhybrid.jobs.config.JobConfig config, java.nio.file.Path workingDir) {
        IngestOptions options = new IngestOptions(config);
        org.apache.hadoop.conf.Configuration conf = new org.apache.hadoop.conf.Configuration();
        for (IngestSource source : sources) {
            String input = options.input(source.configKey());
            if (!input.isEmpty()) {
                InputFiles.expand(source.configKey(), input, workingDir, conf);
            }
        }
    }

    @Override
    public JobResult run(JobContext context) {
        IngestOptions options = new IngestOptions(context.config());
        Map<String, String> inputVersions = new LinkedHashMap<>();
        Map<String, Object> summary = new LinkedHashMap<>();
        List<Validated> validated = new ArrayList<>();
        try {
            for (IngestSource source : sources) {
                String input = options.input(source.configKey());
                if (input.isEmpty()) {
                    continue;
                }
                List<FileStatus> files = InputFiles.expand(source.configKey(), input, context.workingDir(),
                        context.spark().sparkContext().hadoopConfiguration());
                files.forEach(f -> inputVersions.put(f.getPath().toString(), f.getLen() + "B@" + f.getModificationTime()));
                Dataset<Row> rows = source.validate(TextLines.read(context.spark(), source.name(), files))
                        .persist(StorageLevel.MEMORY_AND_DISK());
                Row counts = rows.selectExpr("count(*)", "count(reason)").head();
                validated.add(new Validated(source, rows, counts.getLong(0), counts.getLong(1)));
                LOG.info("{}: {} records in {} file(s), {} rejected", source.name(), counts.getLong(0), files.size(),
                        counts.getLong(1));
            }
            return land(context, options, validated, inputVersions, summary);
        } finally {
            validated.forEach(v -> v.rows().unpersist());
        }
    }

    private JobResult land(JobContext context, IngestOptions options, List<Validated> validated,
            Map<String, String> inputVersions, Map<String, Object> summary) {
        List<String> overThreshold = new ArrayList<>();
        long totalRejected = 0;
        Dataset<Row> rejected = null;
        for (Validated v : validated) {
            summary.put(v.source().name() + ".records", v.records());
            summary.put(v.source().name() + ".rejected", v.rejected());
            totalRejected += v.rejected();
            if (v.rejected() > 0) {
                Dataset<Row> bad = v.rows().filter(col("reason").isNotNull())
                        .selectExpr("path AS source", "CAST(line_number AS STRING) AS record_key",
                                "raw AS raw_record", "reason");
                rejected = rejected == null ? bad : rejected.unionByName(bad);
            }
            if (v.records() > 0 && (double) v.rejected() / v.records() > options.maxRejectFraction()) {
                overThreshold.add(String.format("%s %d of %d", v.source().name(), v.rejected(), v.records()));
            }
        }
        if (rejected != null) {
            // one MERGE for all sources: each costs a few Spark jobs whatever its size
            new RejectsTable(context.tables()).write(context.runId(), name(), context.runDate(), rejected);
        }
        if (!overThreshold.isEmpty()) {
            // all or nothing: above the threshold no input table changes
            return new JobResult(RunStatus.FAILED, "rejected records above " + IngestOptions.MAX_REJECT_FRACTION + "="
                    + options.maxRejectFraction() + ": " + String.join(", ", overThreshold)
                    + "; see qhybrid.rejects for run " + context.runId() + ", fix the inputs and rerun",
                    inputVersions, summary);
        }
        for (Validated v : validated) {
            Dataset<Row> good = v.source().rows(v.rows().filter(col("reason").isNull()), context.runId());
            DeltaMerge.upsert(context.tables(), v.source().table(), good);
            long version = DeltaMerge.version(context.tables(), v.source().table());
            summary.put(v.source().name() + ".table_version", version);
        }
        RunStatus status = totalRejected > 0 ? RunStatus.PARTIAL : RunStatus.SUCCEEDED;
        return new JobResult(status, totalRejected > 0
                ? totalRejected + " record(s) rejected (under the threshold); see qhybrid.rejects"
                : "all records loaded", inputVersions, summary);
    }

    private record Validated(IngestSource source, Dataset<Row> rows, long records, long rejected) {}
}
