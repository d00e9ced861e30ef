package io.qhybrid.spark;

import io.qhybrid.error.QHybridErrors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Spark properties file under {@code conf/} ({@code spark-local.conf}, ...), in the format of
 * {@code spark-submit --properties-file}: {@code key value} a line, {@code #} comments.
 * The launcher hands the file to spark-submit; in-process sessions (tests) read it here, so
 * both see the same settings.
 */
public final class SparkProfile {
    private final Map<String, String> properties;

    private SparkProfile(Map<String, String> properties) {
        this.properties = Map.copyOf(properties);
    }

    public static SparkProfile load(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw QHybridErrors.invalidArgument("Spark profile", file,
                    "The file cannot be read (" + e.getMessage() + "); check the path under conf/.");
        }
        Map<String, String> properties = new LinkedHashMap<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            // properties-file values are Java-properties escaped: "\\s" stands for "\s"
            properties.put(parts[0], parts.length > 1 ? parts[1].strip().replace("\\\\", "\\") : "");
        }
        return new SparkProfile(properties);
    }

    public Map<String, String> properties() {
        return properties;
    }
}
