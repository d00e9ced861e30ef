package io.qhybrid.backend;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * A reference to one provider job: enough to poll, fetch or cancel it from any JVM that has the
 * same backend configured. Small and {@link Serializable} so it can be persisted in the
 * {@code quantum_jobs} table and shipped between driver and executors.
 *
 * @param backend the configured backend name ({@link BackendConfig#name()})
 * @param providerJobId the provider's own job id, as the provider spells it
 * @param idempotencyKey the key the job was submitted under
 */
public record JobHandle(String backend, String providerJobId, String idempotencyKey) implements Serializable {
    public JobHandle {
        requireNonNull(backend, "backend is null");
        requireNonNull(providerJobId, "providerJobId is null");
        requireNonNull(idempotencyKey, "idempotencyKey is null");
    }
}
