package io.qhybrid.report.internal;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The run a report is about and the runs it covers: the run itself and its steps (runs whose
 * {@code parent_run_id} leads back to it, as the steps of {@code nightly}). Rows of the pipeline
 * tables carry the step's run id, so every query filters on {@link #runIds()}.
 */
public record ReportedRun(RunInfo run, List<RunInfo> steps) {
    public ReportedRun {
        requireNonNull(run, "run is null");
        steps = List.copyOf(steps);
    }

    /** "run X", or "run X and its N steps", for titles. */
    public String describe() {
        int n = steps.size();
        return "run " + run.runId() + (n == 0 ? "" : " and its " + (n == 1 ? "step" : n + " steps"));
    }

    /** The run and its steps. */
    public List<RunInfo> covered() {
        List<RunInfo> all = new ArrayList<>();
        all.add(run);
        all.addAll(steps);
        return all;
    }

    public List<String> runIds() {
        return covered().stream().map(RunInfo::runId).toList();
    }

    public Set<LocalDate> runDates() {
        Set<LocalDate> dates = new TreeSet<>();
        covered().forEach(r -> dates.add(r.runDate()));
        return dates;
    }

    public Set<String> jobs() {
        Set<String> jobs = new TreeSet<>();
        covered().forEach(r -> jobs.add(r.job()));
        return jobs;
    }
}
