package io.qhybrid.backend;

/**
 * A place that runs circuits: a local simulator or a remote QPU. Jobs, UDFs and the pool talk
 * only to this interface; each provider is one implementation, created per JVM from a
 * {@link BackendConfig} by a {@link BackendFactory} and never serialised.
 *
 * <p><b>Lifecycle.</b> {@link #submit} creates one provider job and returns at once;
 * {@link #status} polls it; {@link #result} fetches counts once the status is
 * {@link JobStatus#COMPLETED}; {@link #cancel} asks the provider to stop it. Local backends
 * may complete the job inside {@code submit}.
 *
 * <p><b>Errors.</b> Every method throws {@link io.qhybrid.error.QHybridException}:
 * {@code USER_ERROR} when the request can never succeed (a circuit too wide, a rejected
 * credential), {@code EXTERNAL} for provider and network failures that may pass on retry. HTTP
 * clients throw {@link BackendCallException}, which adds the HTTP status, the provider's
 * {@code Retry-After}, and whether the call may have taken effect. Messages never contain
 * credentials.
 *
 * <p><b>Threads.</b> Implementations are thread-safe; one instance serves every task of an
 * executor. They hold no per-run state: budgets, retries and rate limits belong to the pool.
 *
 * <p><b>Optional features</b> are separate interfaces: {@link SupportsReconcile},
 * {@link SupportsCalibration}.
 */
public interface QuantumBackend extends AutoCloseable {
    /** The configured name ({@link BackendConfig#name()}), e.g. {@code ionq-sim}. */
    String name();

    /** The provider or implementation type, e.g. {@code ionq}, {@code ibm}, {@code statevector}. */
    String provider();

    /** Limits and costs; may fetch from the provider on first call and cache. */
    BackendCapabilities capabilities();

    /**
     * Creates one job. Not idempotent by itself: a second call with the same key may create a
     * second job unless the caller reconciles first (see {@link SupportsReconcile}).
     */
    JobHandle submit(SubmitRequest request);

    /** The job's current normalised status. */
    JobStatus status(JobHandle handle);

    /**
     * The counts of a {@link JobStatus#COMPLETED} job.
     *
     * @throws BackendCallException with {@link BackendCallException#notReady()} true when the
     *     provider has no results yet
     */
    CountsResult result(JobHandle handle);

    /** Asks the provider to cancel; a job already terminal is left as it is. */
    void cancel(JobHandle handle);

    /** Releases connections and threads; the default does nothing. */
    @Override
    default void close() {}
}
