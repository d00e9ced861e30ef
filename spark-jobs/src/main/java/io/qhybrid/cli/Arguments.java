package io.qhybrid.cli;

import io.qhybrid.error.QHybridErrors;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parsed command-line arguments: positionals, {@code --flag value} options (repeatable), and
 * {@code --switch} booleans. Unknown options are a usage error naming the option.
 */
public final class Arguments {
    private final List<String> positionals;
    private final Map<String, List<String>> options;

    private Arguments(List<String> positionals, Map<String, List<String>> options) {
        this.positionals = positionals;
        this.options = options;
    }

    /**
     * @param valued options that take a value (without the leading {@code --})
     * @param switches options that take none
     */
    public static Arguments parse(List<String> args, Set<String> valued, Set<String> switches) {
        List<String> positionals = new ArrayList<>();
        Map<String, List<String>> options = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || arg.equals("--")) {
                positionals.add(arg);
                continue;
            }
            String name = arg.substring(2);
            String inlineValue = null;
            int eq = name.indexOf('=');
            if (eq > 0 && valued.contains(name.substring(0, eq))) {
                inlineValue = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (switches.contains(name)) {
                options.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
            } else if (valued.contains(name)) {
                String value = inlineValue;
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw QHybridErrors.invalidArgument("option", arg, "It needs a value: " + arg + " VALUE.");
                    }
                    value = args.get(++i);
                }
                options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } else {
                throw QHybridErrors.invalidArgument("option", arg,
                        "Known options: " + join(valued, switches) + ".");
            }
        }
        return new Arguments(List.copyOf(positionals), options);
    }

    private static String join(Set<String> valued, Set<String> switches) {
        List<String> all = new ArrayList<>();
        valued.forEach(v -> all.add("--" + v + " VALUE"));
        switches.forEach(s -> all.add("--" + s));
        Collections.sort(all);
        return String.join(", ", all);
    }

    public List<String> positionals() {
        return positionals;
    }

    public boolean has(String name) {
        return options.containsKey(name);
    }

    /** The last value given for {@code name}, or {@code fallback}. */
    public String value(String name, String fallback) {
        List<String> values = options.get(name);
        return values == null ? fallback : values.get(values.size() - 1);
    }

    /** Every value given for a repeatable option, in order. */
    public List<String> values(String name) {
        return options.getOrDefault(name, List.of());
    }

    public int intValue(String name, int fallback) {
        String value = value(name, null);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw QHybridErrors.invalidArgument("--" + name, value, "Give a whole number.");
        }
    }

    public long longValue(String name, long fallback) {
        String value = value(name, null);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw QHybridErrors.invalidArgument("--" + name, value, "Give a whole number.");
        }
    }

    public double doubleValue(String name, double fallback) {
        String value = value(name, null);
        if (value == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw QHybridErrors.invalidArgument("--" + name, value, "Give a number.");
        }
    }
}
