package io.qhybrid.jobs.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.qhybrid.error.ErrorKind;
import io.qhybrid.error.QHybridErrors;
import io.qhybrid.error.QHybridException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Resolves a job's configuration. Precedence, highest first:
 * <ol>
 *   <li>{@code --set key=value} on the command line;</li>
 *   <li>the job file, {@code conf/jobs/<job>.yaml} (or {@code --config FILE});</li>
 *   <li>the job's built-in defaults.</li>
 * </ol>
 * Nested YAML maps flatten to dotted keys; lists join with commas. A key that the job does not
 * define is an error naming the known keys, so a typo never passes silently.
 */
public final class JobConfigResolver {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Path jobsDir;

    /** @param jobsDir the directory holding {@code <job>.yaml} files */
    public JobConfigResolver(Path jobsDir) {
        this.jobsDir = jobsDir;
    }

    public Path jobFile(String job) {
        return jobsDir.resolve(job + ".yaml");
    }

    /**
     * @param explicitFile a job file named by the user, or null for the default one (which may be absent)
     */
    public JobConfig resolve(String job, Map<String, String> defaults, Path explicitFile, Map<String, String> overrides) {
        Map<String, String> merged = new TreeMap<>(defaults);
        Path file = explicitFile != null ? explicitFile : jobFile(job);
        if (explicitFile != null || Files.exists(file)) {
            Map<String, String> fromFile = readYaml(file);
            checkKnown(job, defaults, fromFile, file.toString());
            merged.putAll(fromFile);
        }
        checkKnown(job, defaults, overrides, "--set");
        merged.putAll(overrides);
        return new JobConfig(job, merged);
    }

    /** Parses {@code key=value} pairs from repeated {@code --set} options. */
    public static Map<String, String> parseOverrides(Iterable<String> pairs) {
        Map<String, String> overrides = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw QHybridErrors.invalidArgument("--set", pair, "Write it as --set key=value.");
            }
            overrides.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return overrides;
    }

    static Map<String, String> readYaml(Path file) {
        if (!Files.isRegularFile(file)) {
            throw QHybridErrors.invalidArgument("job file", file, "No such file; pass an existing YAML file to --config.");
        }
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new QHybridException(ErrorKind.USER_ERROR,
                    file + ": malformed YAML (" + reason + "). Fix the file or restore it from version control.");
        }
        Map<String, String> flat = new TreeMap<>();
        if (root == null || root.isMissingNode() || root.isNull()) {
            return flat;
        }
        if (!root.isObject()) {
            throw new QHybridException(ErrorKind.USER_ERROR,
                    file + ": a job file must be a map of keys to values. Fix the file.");
        }
        flatten("", root, flat);
        return flat;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), out);
            }
        } else if (node.isArray()) {
            StringBuilder joined = new StringBuilder();
            node.forEach(item -> joined.append(joined.length() == 0 ? "" : ",").append(item.asText()));
            out.put(prefix, joined.toString());
        } else {
            out.put(prefix, node.isNull() ? "" : node.asText());
        }
    }

    private static void checkKnown(String job, Map<String, String> defaults, Map<String, String> given, String where) {
        for (String key : given.keySet()) {
            if (!defaults.containsKey(key)) {
                throw QHybridErrors.invalidArgument("config key for job " + job + " in " + where, key,
                        "Known keys: " + String.join(", ", new TreeMap<>(defaults).keySet()) + ".");
            }
        }
    }
}
