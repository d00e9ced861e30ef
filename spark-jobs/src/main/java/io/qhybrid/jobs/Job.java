package io.qhybrid.jobs;

import java.util.List;
import java.util.Map;

/**
 * A batch job run by {@code qhybrid run <name>}. Implementations are stateless; one instance
 * serves any number of runs. The runner records the run in {@code runs} before and after
 * {@link #run}; a job writes its own tables, every write idempotent for its run date.
 */
public interface Job {
    String name();

    /** One line for {@code qhybrid help}. */
    String description();

    /** Every config key the job reads, with its built-in default. */
    Map<String, String> defaults();

    JobResult run(JobContext context);

    /**
     * Checks, before any Spark session starts or any table is written, what can be checked
     * from the config alone (inputs exist, values in range). Throws a user error otherwise.
     */
    default void preflight(io.qhybrid.jobs.config.JobConfig config, java.nio.file.Path workingDir) {}

    /** The launcher's exit code for a finished run; by default the status's own code. */
    default int exitCode(io.qhybrid.tables.RunRecord record) {
        return record.status().exitCode();
    }

    /**
     * For a job made of other jobs: the step names its config selects, so the launcher can
     * resolve and check every step's config before anything runs. Empty for ordinary jobs.
     */
    default List<String> steps(io.qhybrid.jobs.config.JobConfig config) {
        return List.of();
    }
}
