package io.qhybrid.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.apache.spark.SparkConf;

/**
 * Who runs and what code: submitter, QHybrid version and git commit, read from the Spark conf
 * the launcher sets ({@code spark.qhybrid.submitter}, {@code spark.qhybrid.git.commit}), with
 * the JVM user and the packaged version as fallbacks.
 */
public record RunIdentity(String submitter, String version, String gitCommit) {
    public static RunIdentity from(SparkConf conf) {
        String submitter = conf.get("spark.qhybrid.submitter", System.getProperty("user.name", "unknown"));
        String commit = conf.get("spark.qhybrid.git.commit", "");
        return new RunIdentity(submitter, packagedVersion(), commit.isBlank() ? null : commit);
    }

    static String packagedVersion() {
        try (InputStream in = RunIdentity.class.getResourceAsStream("/qhybrid-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
