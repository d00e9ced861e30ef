package io.qhybrid.backend;

import java.util.Optional;

/**
 * A backend that can find a job it created earlier from the idempotency key alone. The pool
 * calls this after every submit whose outcome is unknown (a timeout, a dropped connection, a 5xx
 * on the create call), and resubmits only when nothing is found, so a retried submission never
 * creates a second job.
 *
 * <p>Contract: the lookup is authoritative for jobs whose create call the provider answered or
 * persisted before the lookup was made; it may return a job in any state, including FAILED.
 */
public interface SupportsReconcile {
    /** The job created under {@code idempotencyKey}, or empty when the provider has none. */
    Optional<JobHandle> reconcile(String idempotencyKey);
}
