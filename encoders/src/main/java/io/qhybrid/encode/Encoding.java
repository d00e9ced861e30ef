package io.qhybrid.encode;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * Which encoder produced a model, as lineage records it: the encoder's name and version. The
 * version changes whenever the same input would encode to a different model.
 */
public record Encoding(String name, String version) implements Serializable {
    public Encoding {
        requireNonNull(name, "name is null");
        requireNonNull(version, "version is null");
    }

    @Override
    public String toString() {
        return name + "@" + version;
    }
}
