package io.qhybrid.backend;

/**
 * The lifecycle of a provider job, normalised across providers. Every provider status maps to
 * exactly one of these; a status a client does not recognise maps to {@link #RUNNING}, so an
 * unexpected new provider state keeps the job polled instead of failing it.
 */
public enum JobStatus {
    /** Accepted and waiting for the device. */
    QUEUED,
    /** Executing, or in any provider state not known to be terminal. */
    RUNNING,
    /** Finished; {@link QuantumBackend#result} returns counts. */
    COMPLETED,
    /** Finished without results; the provider's reason is in the exception or log. */
    FAILED,
    /** Cancelled by us or by the provider. */
    CANCELLED;

    /** True once the job will never change state again. */
    public boolean isTerminal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }
}
