package io.qhybrid.backend;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;

/**
 * A credential. Its {@link #toString()} is redacted, it is not {@link java.io.Serializable}, and
 * its value is reachable only through {@link #reveal()}, which callers use at the single point
 * where a header is built. Secrets come only from the environment or a Hadoop credential
 * provider ({@link SecretSource}), never from job configuration.
 */
public final class Secret {
    private final String name;
    private final String value;

    public Secret(String name, String value) {
        this.name = requireNonNull(name, "name is null");
        this.value = requireNonNull(value, "value is null");
        if (value.isBlank()) {
            throw new IllegalArgumentException("secret " + name + " is blank");
        }
    }

    /** Where the secret came from, e.g. {@code IONQ_API_KEY}; safe to log. */
    public String name() {
        return name;
    }

    /** Applies {@code use} to the clear value; keep the result out of logs and messages. */
    public <T> T reveal(Function<String, T> use) {
        return use.apply(value);
    }

    /** Removes every occurrence of this secret from {@code text} (for provider error bodies). */
    public String scrub(String text) {
        return text == null ? null : text.replace(value, "****");
    }

    @Override
    public String toString() {
        return "Secret[" + name + "=****]";
    }
}
