package io.qhybrid.pool;

/**
 * Why a tier did not serve a request, recorded with every result so lineage shows which tier
 * answered and why the ones before it did not. {@link #code()} is the stable string written to
 * the {@code results.fallback_reason} column.
 */
public enum FallbackReason {
    /** The run is not approved to use this backend (QPU use needs approval). */
    NOT_APPROVED,
    /** The run's shot or cost budget cannot cover the job. */
    BUDGET_EXHAUSTED,
    /** The backend's circuit breaker is open after repeated failures. */
    CIRCUIT_OPEN,
    /** The job did not finish within the per-job timeout (it was cancelled). */
    TIMEOUT,
    /** The provider failed the job or kept failing the calls. */
    PROVIDER_FAILED,
    /** The provider kept answering 429 past the retry allowance. */
    RATE_LIMITED,
    /** Too many jobs in flight on this executor for longer than the wait allowance. */
    BULKHEAD_FULL,
    /** The circuit or shot count is outside the backend's capabilities. */
    UNSUPPORTED,
    /** The tier is named in the chain but not configured in this JVM. */
    UNAVAILABLE,
    /** The heuristic tier needs a classical model and the request carries none (or one of another size). */
    NO_MODEL,
    /**
     * The QPU job was still queued or running when the caller's wait ended and the pool was told
     * to leave it with the provider ({@link PoolConfig#leavePending()}): no later tier was tried;
     * the job is collected later from its provider job id.
     */
    PENDING;

    /** The lower-case code, e.g. {@code budget_exhausted}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
