package io.qhybrid.report.internal;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.qhybrid.error.ErrorKind;
import io.qhybrid.error.QHybridErrors;
import io.qhybrid.error.QHybridException;
import io.qhybrid.tables.QHybridTables;
import java.sql.Date;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Finds the run a report is about: a run id, or {@code latest} (the most recent {@code nightly}
 * run by {@code started_at}, else the most recent run of any job), and the steps under it.
 */
public final class RunResolver {
    public static final String LATEST = "latest";
    static final String NIGHTLY = "nightly";

    private final QHybridTables tables;

    public RunResolver(QHybridTables tables) {
        this.tables = tables;
    }

    public ReportedRun resolve(String reference) {
        if (!tables.spark().catalog().tableExists(tables.database(), QHybridTables.RUNS.name())) {
            throw new QHybridException(ErrorKind.USER_ERROR, "No table " + tables.qualified(QHybridTables.RUNS)
                    + " in this warehouse, so there is no run to report on. Run a job first (submit/qhybrid run nightly)"
                    + " or pass the warehouse that holds the runs (--warehouse DIR).");
        }
        Dataset<Row> runs = tables.spark().table(tables.qualified(QHybridTables.RUNS));
        RunInfo run = reference.equals(LATEST) ? latest(runs) : byId(runs, reference);
        return new ReportedRun(run, steps(runs, run));
    }

    /** The command that lists recent runs, for messages. */
    public String listRunsHint() {
        return "submit/qhybrid sql \"SELECT run_id, job, run_date, status FROM " + tables.qualified(QHybridTables.RUNS)
                + " ORDER BY started_at DESC LIMIT 10\"";
    }

    private RunInfo latest(Dataset<Row> runs) {
        RunInfo nightly = mostRecent(runs.where(col("job").equalTo(lit(NIGHTLY))));
        if (nightly != null) {
            return nightly;
        }
        RunInfo any = mostRecent(runs);
        if (any == null) {
            throw new QHybridException(ErrorKind.USER_ERROR, "No runs recorded in " + tables.qualified(QHybridTables.RUNS)
                    + " yet, so 'latest' names nothing. Run a job first: submit/qhybrid run nightly.");
        }
        return any;
    }

    private static RunInfo mostRecent(Dataset<Row> runs) {
        List<Row> rows = runs.select(columns())
                .orderBy(col("started_at").desc_nulls_last(), col("run_id").desc()).limit(1).collectAsList();
        return rows.isEmpty() ? null : RunInfo.from(rows.get(0));
    }

    private RunInfo byId(Dataset<Row> runs, String runId) {
        List<Row> rows = runs.where(col("run_id").equalTo(lit(runId))).select(columns()).collectAsList();
        if (rows.isEmpty()) {
            throw QHybridErrors.invalidArgument("run id", runId, "There is no such run in "
                    + tables.qualified(QHybridTables.RUNS) + ". List recent runs with: " + listRunsHint()
                    + " (or report the most recent one with: submit/qhybrid report latest).");
        }
        return RunInfo.from(rows.get(0));
    }

    /**
     * Runs under {@code run}, at any depth, ordered by start. Steps carry their parent's run date
     * (see {@code JobRunner.runStep}), which keeps this to one partition of {@code runs}.
     */
    private static List<RunInfo> steps(Dataset<Row> runs, RunInfo run) {
        List<RunInfo> candidates = runs
                .where(col("run_date").equalTo(lit(Date.valueOf(run.runDate()))).and(col("parent_run_id").isNotNull()))
                .select(columns()).collectAsList().stream().map(RunInfo::from).toList();
        Map<String, List<RunInfo>> byParent = new HashMap<>();
        candidates.forEach(c -> byParent.computeIfAbsent(c.parentRunId(), k -> new ArrayList<>()).add(c));
        List<RunInfo> steps = new ArrayList<>();
        Deque<String> pending = new ArrayDeque<>(List.of(run.runId()));
        while (!pending.isEmpty()) {
            for (RunInfo child : byParent.getOrDefault(pending.pop(), List.of())) {
                if (!child.runId().equals(run.runId()) && steps.stream().noneMatch(s -> s.runId().equals(child.runId()))) {
                    steps.add(child);
                    pending.push(child.runId());
                }
            }
        }
        steps.sort(Comparator.comparing(RunInfo::startedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(RunInfo::runId));
        return steps;
    }

    private static Column[] columns() {
        Column[] columns = new Column[RunInfo.COLUMNS.length];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = col(RunInfo.COLUMNS[i]);
        }
        return columns;
    }
}
