package io.qhybrid.jobs.nightly;

import io.qhybrid.jobs.Job;
import io.qhybrid.jobs.JobContext;
import io.qhybrid.jobs.JobResult;
import io.qhybrid.jobs.RunStatus;
import io.qhybrid.jobs.config.JobConfig;
import io.qhybrid.tables.RunRecord;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The nightly run: its steps in order (config {@code steps}), each recorded as its own run
 * under the nightly run as parent. A failed step stops the steps after it; the nightly run
 * ends with the worst outcome of its steps.
 */
public final class NightlyJob implements Job {
    public static final String STEPS = "steps";

    @Override
    public String name() {
        return "nightly";
    }

    @Override
    public String description() {
        return "the nightly run: its steps (default: ingest, portfolio, maxcut, molecule) in order, each its own row in runs";
    }

    @Override
    public Map<String, String> defaults() {
        return Map.of(STEPS, "ingest, portfolio, maxcut, molecule");
    }

    @Override
    public List<String> steps(JobConfig config) {
        return Arrays.stream(config.get(STEPS).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static Object parse(String json) {
        try {
            return json == null ? null : new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            return json;
        }
    }

    @Override
    public JobResult run(JobContext context) {
        RunStatus status = RunStatus.SUCCEEDED;
        Map<String, Object> summary = new LinkedHashMap<>();
        StringBuilder message = new StringBuilder();
        for (String step : steps(context.config())) {
            RunRecord run = context.runner().runStep(step, context);
            summary.put(step, run.status().sqlValue());
            summary.put(step + ".run_id", run.runId());
            summary.put(step + ".summary", parse(run.summaryJson()));
            status = RunStatus.worst(status, run.status());
            message.append(message.length() == 0 ? "" : "; ").append(step).append(' ').append(run.status().sqlValue());
            if (run.status() == RunStatus.FAILED) {
                message.append(" (").append(run.message()).append(")");
                break;
            }
        }
        return new JobResult(status, message.toString(), Map.of(), summary);
    }
}
