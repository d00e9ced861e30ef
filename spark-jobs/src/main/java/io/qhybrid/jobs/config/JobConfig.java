package io.qhybrid.jobs.config;

import static java.util.Objects.requireNonNull;

import io.qhybrid.error.QHybridErrors;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A job's resolved configuration: flat dotted keys ({@code rejects.max-fraction}) to string
 * values, after precedence (see {@link JobConfigResolver}). Immutable and serialisable, so
 * it may be captured by Spark closures. Its canonical JSON and hash go to lineage.
 */
public final class JobConfig implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String job;
    private final SortedMap<String, String> values;

    public JobConfig(String job, Map<String, String> values) {
        this.job = requireNonNull(job, "job is null");
        this.values = new TreeMap<>(requireNonNull(values, "values is null"));
    }

    public String job() {
        return job;
    }

    public Map<String, String> values() {
        return java.util.Collections.unmodifiableSortedMap(values);
    }

    public String get(String key) {
        String value = values.get(key);
        if (value == null) {
            throw QHybridErrors.missingConfig(key, "Set it in conf/jobs/" + job + ".yaml or with --set " + key + "=VALUE.");
        }
        return value;
    }

    public double getDouble(String key) {
        String value = get(key);
        try {
            double parsed = Double.parseDouble(value.trim());
            if (!Double.isFinite(parsed)) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw QHybridErrors.invalidConfig(key, value, "Give a finite number.");
        }
    }

    public int getInt(String key) {
        String value = get(key);
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw QHybridErrors.invalidConfig(key, value, "Give a whole number.");
        }
    }

    public boolean getBoolean(String key) {
        String value = get(key).trim().toLowerCase(java.util.Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw QHybridErrors.invalidConfig(key, value, "Give true or false.");
        }
        return Boolean.parseBoolean(value);
    }

    /** Canonical JSON: keys sorted, values as strings. */
    public String toJson() {
        StringBuilder json = new StringBuilder("{");
        values.forEach((k, v) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(quote(k)).append(':').append(quote(v));
        });
        return json.append('}').toString();
    }

    /** SHA-256 of {@link #toJson()}, hex. */
    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(toJson().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobConfig other && job.equals(other.job) && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return job.hashCode() * 31 + values.hashCode();
    }

    @Override
    public String toString() {
        return job + toJson();
    }
}
