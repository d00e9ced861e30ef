package io.qhybrid.backend;

/** Polls a job to a terminal status with a bounded number of short waits. */
public final class Jobs {
    private Jobs() {}

    public static JobStatus awaitTerminal(QuantumBackend backend, JobHandle handle) throws InterruptedException {
        for (int i = 0; i < 1000; i++) {
            JobStatus s = backend.status(handle);
            if (s.isTerminal()) {
                return s;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("job " + handle + " did not finish");
    }
}
