package io.qhybrid.pipelines;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Waiting on work a run hands to its own driver threads (landing tables side by side, the summary
 * beside them). Threads made for the run inherit its Spark job group and description.
 */
final class DriverThreads {
    private DriverThreads() {}

    /** The task's result; its runtime exception as thrown, anything else wrapped. */
    static <T> T await(Future<T> task, String what) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
