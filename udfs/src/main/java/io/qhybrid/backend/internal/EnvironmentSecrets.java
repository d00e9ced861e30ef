package io.qhybrid.backend.internal;

import io.qhybrid.backend.Secret;
import io.qhybrid.backend.SecretSource;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Credentials from a Hadoop credential provider (when {@code hadoop.security.credential.provider.path}
 * is set as a system property or in the Hadoop configuration files on the classpath), then from
 * the process environment. Values are never cached in a loggable form.
 */
public final class EnvironmentSecrets implements SecretSource {
    static final String PROVIDER_PATH = "hadoop.security.credential.provider.path";
    private static final EnvironmentSecrets INSTANCE = new EnvironmentSecrets(System::getenv);

    private final Function<String, String> environment;

    EnvironmentSecrets(Function<String, String> environment) {
        this.environment = environment;
    }

    public static EnvironmentSecrets instance() {
        return INSTANCE;
    }

    /** A source over a fixed map, for tests and tools. */
    public static SecretSource of(Map<String, String> values) {
        return name -> Optional.ofNullable(values.get(name)).filter(v -> !v.isBlank()).map(v -> new Secret(name, v));
    }

    @Override
    public Optional<Secret> lookup(String name) {
        String fromProvider = fromCredentialProvider(name);
        if (fromProvider != null) {
            return Optional.of(new Secret(name, fromProvider));
        }
        String value = environment.apply(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(new Secret(name, value));
    }

    private static String fromCredentialProvider(String name) {
        try {
            org.apache.hadoop.conf.Configuration conf = new org.apache.hadoop.conf.Configuration();
            String path = System.getProperty(PROVIDER_PATH);
            if (path != null) {
                conf.set(PROVIDER_PATH, path);
            }
            if (conf.get(PROVIDER_PATH) == null) {
                return null;
            }
            char[] value = conf.getPassword(name);
            return value == null ? null : new String(value);
        } catch (NoClassDefFoundError e) {
            return null; // no Hadoop on this classpath: environment only
        } catch (java.io.IOException e) {
            throw io.qhybrid.error.QHybridErrors.external("reading credential " + name
                    + " from the Hadoop credential provider", e);
        }
    }
}
