package io.qhybrid.backend;

/**
 * Creates backends of one {@link #type()} from configuration, in the JVM that uses them.
 * Implementations are registered with {@link BackendFactories#register}; the simulator backends
 * are thin factories over a {@link CircuitRunner}.
 */
public interface BackendFactory {
    /** The {@link BackendConfig#type()} this factory handles. */
    String type();

    /** A new backend; credentials come from {@code secrets}, never from {@code config}. */
    QuantumBackend create(BackendConfig config, SecretSource secrets);
}
