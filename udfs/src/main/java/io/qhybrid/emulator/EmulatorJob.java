package io.qhybrid.emulator;

import io.qhybrid.backend.JobStatus;
import io.qhybrid.circuit.Circuit;
import java.util.List;
import java.util.Map;

/**
 * One job held by the emulator. Its status follows the clock: queued until {@code startAt},
 * running for {@code EXEC_MILLIS}, then completed (or failed, when the fault was drawn).
 * Counts are computed once, at first read after completion.
 */
final class EmulatorJob {
    static final long EXEC_MILLIS = 5;

    final String id;
    final String provider;
    final String idempotencyKey;
    final List<Circuit> circuits;
    final int shots;
    final long createdAt;
    final long startAt;
    final boolean willFail;
    final long seed;
    private boolean cancelled;
    private List<Map<String, Long>> counts;

    EmulatorJob(String id, String provider, String idempotencyKey, List<Circuit> circuits, int shots, long createdAt,
            long queueMillis, boolean willFail, long seed) {
        this.id = id;
        this.provider = provider;
        this.idempotencyKey = idempotencyKey;
        this.circuits = List.copyOf(circuits);
        this.shots = shots;
        this.createdAt = createdAt;
        this.startAt = createdAt + queueMillis;
        this.willFail = willFail;
        this.seed = seed;
    }

    synchronized JobStatus status(long now) {
        if (cancelled) {
            return JobStatus.CANCELLED;
        }
        if (now < startAt) {
            return JobStatus.QUEUED;
        }
        if (now < startAt + EXEC_MILLIS) {
            return JobStatus.RUNNING;
        }
        return willFail ? JobStatus.FAILED : JobStatus.COMPLETED;
    }

    /** Cancels unless already terminal; returns whether it was cancelled now. */
    synchronized boolean cancel(long now) {
        if (status(now).isTerminal()) {
            return false;
        }
        cancelled = true;
        return true;
    }

    synchronized List<Map<String, Long>> counts(io.qhybrid.backend.CircuitRunner runner,
            io.qhybrid.backend.NoiseParameters noise) {
        if (counts == null) {
            counts = circuits.stream().map(c -> runner.run(c, shots, seed, noise)).toList();
        }
        return counts;
    }
}
