package io.qhybrid.backend;

import java.util.Optional;

/**
 * Looks up credentials by their well-known names ({@code IONQ_API_KEY}, {@code QISKIT_IBM_TOKEN},
 * {@code QISKIT_IBM_INSTANCE}). The default, {@link io.qhybrid.backend.internal.EnvironmentSecrets},
 * reads a Hadoop credential provider when {@code hadoop.security.credential.provider.path} is
 * set and the process environment otherwise; tests pass a map.
 */
@FunctionalInterface
public interface SecretSource {
    Optional<Secret> lookup(String name);

    /** The secret, or a USER_ERROR naming the variable to set. */
    default Secret require(String name, String forWhat) {
        return lookup(name).orElseThrow(() -> io.qhybrid.error.QHybridErrors.missingConfig(name,
                forWhat + " needs the credential " + name + ": export it in the environment of the driver and "
                        + "executors, or store it in the Hadoop credential provider named by "
                        + "hadoop.security.credential.provider.path."));
    }
}
