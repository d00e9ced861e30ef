package io.qhybrid.testing;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts {@link ChildRun} in a new JVM with this test JVM's classpath and Java 17 flags, the given
 * system properties and environment, stdout and stderr to files.
 */
public final class ChildProcess {
    /** How a child ended and what it printed. */
    public record Ended(int exitCode, Path stdout, Path stderr) {}

    private ChildProcess() {}

    public static Process start(Path logs, String name, Map<String, String> systemProperties,
            Map<String, String> environment, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String flag : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (flag.startsWith("--add-") || flag.startsWith("-XX:") || flag.startsWith("-Djdk.reflect")) {
                command.add(flag);
            }
        }
        command.add("-Xmx2g");
        command.add("-Dqhybrid.home=" + LocalSpark.home());
        systemProperties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ChildRun.class.getName());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(logs.resolve(name + ".out").toFile())
                .redirectError(logs.resolve(name + ".err").toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** Runs a child to its end, at most {@code timeoutSeconds}. */
    public static Ended run(Path logs, String name, Map<String, String> systemProperties,
            Map<String, String> environment, List<String> args, long timeoutSeconds)
            throws IOException, InterruptedException {
        Process p = start(logs, name, systemProperties, environment, args);
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new IllegalStateException(name + " did not end within " + timeoutSeconds + " s; see "
                    + logs.resolve(name + ".err"));
        }
        return new Ended(p.exitValue(), logs.resolve(name + ".out"), logs.resolve(name + ".err"));
    }
}
