package io.qhybrid.jobs;

import java.util.Locale;

/** {@code runs.status}: what became of a run. */
public enum RunStatus {
    /** Written at start; a run killed mid-way stays here until the next run of its job and date. */
    RUNNING,
    SUCCEEDED,
    /** Done, with bad records rejected under the reject threshold. Exit code 3. */
    PARTIAL,
    FAILED,
    /** A run found still {@code running} by a later run of the same job and date: its process died. */
    ABANDONED;

    public String sqlValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The launcher's exit code for a run that ended in this status. */
    public int exitCode() {
        return switch (this) {
            case SUCCEEDED -> 0;
            case PARTIAL -> 3;
            default -> 1;
        };
    }

    /** The worse of two outcomes, for a run made of steps. */
    public static RunStatus worst(RunStatus a, RunStatus b) {
        return a.severity() >= b.severity() ? a : b;
    }

    private int severity() {
        return switch (this) {
            case SUCCEEDED -> 0;
            case PARTIAL -> 1;
            default -> 2;
        };
    }
}
