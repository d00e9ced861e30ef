package io.qhybrid.pipelines.internal;

import io.qhybrid.error.ErrorKind;
import io.qhybrid.error.QHybridException;

/**
 * Fault injection for tests, off unless a test turns it on. With {@value #FAIL_FIRST_ATTEMPT_AFTER}
 * {@code =N}, as a local property of the submitting thread ({@code SparkContext.setLocalProperty},
 * for the jobs that thread starts) or as a Spark setting ({@code --conf}, for the whole
 * application), the first attempt of every solve task fails after solving (and submitting) N
 * subproblems, so that Spark retries the task; the retry must then find the provider jobs of the
 * failed attempt instead of creating new ones. Read on the executor; never set it in a profile or
 * a job.
 */
public final class TestFaults {
    /** Solved subproblems after which a task's first attempt fails; absent or negative: never. */
    public static final String FAIL_FIRST_ATTEMPT_AFTER = "spark.qhybrid.testing.failFirstAttemptAfter";

    private TestFaults() {}

    /** N when this is a task's first attempt and the switch is set, else -1. */
    public static int failFirstAttemptAfter() {
        org.apache.spark.TaskContext task = org.apache.spark.TaskContext.get();
        org.apache.spark.SparkEnv env = org.apache.spark.SparkEnv.get();
        if (task == null || env == null || task.attemptNumber() > 0) {
            return -1;
        }
        String local = task.getLocalProperty(FAIL_FIRST_ATTEMPT_AFTER);
        return local != null ? Integer.parseInt(local.trim()) : env.conf().getInt(FAIL_FIRST_ATTEMPT_AFTER, -1);
    }

    static QHybridException injected(int solved) {
        return new QHybridException(ErrorKind.INTERNAL_ERROR, "injected task failure after " + solved
                + " subproblems (" + FAIL_FIRST_ATTEMPT_AFTER + " is set: a test switch)");
    }

    /** Throws the injected failure when {@code solved} has reached {@code failAfter} (not -1). */
    public static void check(int solved, int failAfter) {
        if (failAfter >= 0 && solved == failAfter) {
            throw injected(solved);
        }
    }
}
