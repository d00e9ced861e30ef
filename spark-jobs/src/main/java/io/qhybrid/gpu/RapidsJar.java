package io.qhybrid.gpu;

import io.qhybrid.error.ErrorKind;
import io.qhybrid.error.QHybridException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Finds the RAPIDS Accelerator jar ({@code com.nvidia:rapids-4-spark_2.12:25.04.0}). Its POM
 * names a parent POM that Maven Central does not serve, so it cannot be a normal dependency: the
 * jar alone is fetched with {@code mvn dependency:get -Dtransitive=false} into the local Maven
 * repository, and put on Spark's classpath the way users do ({@code --jars}).
 *
 * <p>The fetch pins maven-dependency-plugin 2.8 and runs outside any project: 2.8 fetches the jar
 * although the descriptor's parent is missing, while the 3.x {@code get} (the version a project
 * directory would pick) refuses the artifact for that missing parent.
 */
public final class RapidsJar {
    public static final String VERSION = "25.04.0";
    public static final String COORDINATES = "com.nvidia:rapids-4-spark_2.12:" + VERSION;

    private RapidsJar() {}

    /** {@code -Dqhybrid.rapids.jar}, {@code $QHYBRID_RAPIDS_JAR}, or the local Maven repository path. */
    public static Path location() {
        String explicit = System.getProperty("qhybrid.rapids.jar", System.getenv("QHYBRID_RAPIDS_JAR"));
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String repo = System.getProperty("maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
        return Path.of(repo, "com", "nvidia", "rapids-4-spark_2.12", VERSION, "rapids-4-spark_2.12-" + VERSION + ".jar");
    }

    /** The jar, fetched with Maven first when it is not there yet (about 600 MB, once). */
    public static Path fetch() {
        Path jar = location();
        if (Files.isRegularFile(jar)) {
            return jar;
        }
        List<String> command = new java.util.ArrayList<>(List.of("mvn", "-B", "-ntp",
                "org.apache.maven.plugins:maven-dependency-plugin:2.8:get", "-Dartifact=" + COORDINATES,
                "-Dtransitive=false"));
        String repo = System.getProperty("maven.repo.local");
        if (repo != null) {
            command.add("-Dmaven.repo.local=" + repo);
        }
        try {
            Path workDir = Files.createTempDirectory("qhybrid-rapids-fetch");
            Path log = workDir.resolve("mvn.log");
            Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new QHybridException(ErrorKind.EXTERNAL, "fetching " + COORDINATES + " with '"
                        + String.join(" ", command) + "' failed (" + lastLines(log) + "); run it by hand in an empty"
                        + " directory to see why, or set QHYBRID_RAPIDS_JAR to the jar");
            }
        } catch (IOException e) {
            throw new QHybridException(ErrorKind.EXTERNAL, "cannot run Maven to fetch " + COORDINATES
                    + " (" + e.getMessage() + "); install Maven or set QHYBRID_RAPIDS_JAR to the jar", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QHybridException(ErrorKind.EXTERNAL, "interrupted while fetching " + COORDINATES, e);
        }
        if (!Files.isRegularFile(jar)) {
            throw new QHybridException(ErrorKind.EXTERNAL, "Maven reported success but " + jar + " is missing");
        }
        return jar;
    }

    /** The last error lines Maven wrote, for the message. */
    private static String lastLines(Path log) {
        try {
            List<String> errors = Files.readAllLines(log).stream()
                    .filter(l -> l.contains("ERROR") && l.length() > 10).limit(2).toList();
            return errors.isEmpty() ? "no error from Maven" : String.join(" ", errors);
        } catch (IOException e) {
            return "no Maven log";
        }
    }
}
