package io.qhybrid.jobs;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a job reports back to the runner: its status, a short message, the versions of the
 * inputs it read (for lineage) and a summary of counts for the run's one-screen report.
 */
public record JobResult(RunStatus status, String message, Map<String, String> inputVersions, Map<String, Object> summary) {
    public JobResult {
        requireNonNull(status, "status is null");
        message = message == null ? "" : message;
        inputVersions = Map.copyOf(inputVersions);
        summary = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(summary));
    }

    public static JobResult succeeded(String message, Map<String, String> inputVersions, Map<String, Object> summary) {
        return new JobResult(RunStatus.SUCCEEDED, message, inputVersions, summary);
    }
}
