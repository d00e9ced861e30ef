package io.qhybrid.backend;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How to reach one backend: a name, a type ({@code ionq}, {@code ibm}, {@code statevector},
 * {@code noisy}, ...), an endpoint and string options. Small, immutable and serialisable: this,
 * not the backend, is what Spark closures capture; each executor turns it into a backend with
 * {@link BackendFactories#create}. Equal configs share one backend and one pool per JVM.
 *
 * <p>Options never hold credentials: keys that look like one ({@code key}, {@code token},
 * {@code secret}, {@code password}) are refused, so secrets cannot leak into job files or lineage.
 * Common options: {@code device} (provider backend name), {@code call-timeout-ms},
 * {@code iam-url} (IBM), {@code api-version} (IBM).
 */
public record BackendConfig(String name, String type, URI endpoint, Map<String, String> options)
        implements Serializable {
    public BackendConfig {
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
        type = type.toLowerCase(Locale.ROOT);
        options = Map.copyOf(new TreeMap<>(options == null ? Map.of() : options));
        for (String key : options.keySet()) {
            String k = key.toLowerCase(Locale.ROOT);
            if (k.contains("key") || k.contains("token") || k.contains("secret") || k.contains("password")) {
                throw io.qhybrid.error.QHybridErrors.invalidConfig("backend." + name + "." + key, "****",
                        "Credentials are read from the environment or a Hadoop credential provider only, "
                                + "never from configuration; remove this option.");
            }
        }
    }

    public static BackendConfig of(String name, String type, String endpoint) {
        return new BackendConfig(name, type, endpoint == null ? null : URI.create(endpoint), Map.of());
    }

    /** A copy with one more option. */
    public BackendConfig withOption(String key, String value) {
        Map<String, String> copy = new TreeMap<>(options);
        copy.put(key, value);
        return new BackendConfig(name, type, endpoint, copy);
    }

    public String option(String key, String fallback) {
        return options.getOrDefault(key, fallback);
    }

    public long longOption(String key, long fallback) {
        String v = options.get(key);
        try {
            return v == null ? fallback : Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw io.qhybrid.error.QHybridErrors.invalidConfig("backend." + name + "." + key, v, "Give a whole number.");
        }
    }
}
