package io.qhybrid.backend;

import io.qhybrid.backend.ibm.IbmRuntimeBackend;
import io.qhybrid.backend.internal.EnvironmentSecrets;
import io.qhybrid.backend.internal.SimulatorBackends;
import io.qhybrid.backend.ionq.IonQBackend;
import io.qhybrid.error.QHybridErrors;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-JVM registry of {@link BackendFactory} by type. Built in: {@code ionq}, {@code ibm},
 * {@code statevector} (exact state-vector sampling) and {@code noisy} (the noisy simulator under
 * the noise of option {@code noise-file}, or the default device calibration). Other types are
 * added with {@link #register}.
 */
public final class BackendFactories {
    private static final Map<String, BackendFactory> FACTORIES = new ConcurrentHashMap<>();

    static {
        register(IonQBackend.factory());
        register(IbmRuntimeBackend.factory());
        register(SimulatorBackends.statevector());
        register(SimulatorBackends.noisy());
    }

    private BackendFactories() {}

    /** Adds or replaces the factory of {@code factory.type()}. */
    public static void register(BackendFactory factory) {
        FACTORIES.put(factory.type(), factory);
    }

    /** A new backend with credentials from the environment or the Hadoop credential provider. */
    public static QuantumBackend create(BackendConfig config) {
        return create(config, EnvironmentSecrets.instance());
    }

    public static QuantumBackend create(BackendConfig config, SecretSource secrets) {
        BackendFactory factory = FACTORIES.get(config.type());
        if (factory == null) {
            throw QHybridErrors.invalidConfig("backend." + config.name() + ".type", config.type(),
                    "Known types: " + String.join(", ", new TreeMap<>(FACTORIES).keySet()) + ".");
        }
        return factory.create(config, secrets);
    }
}
