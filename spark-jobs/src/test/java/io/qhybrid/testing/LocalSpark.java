package io.qhybrid.testing;

import io.qhybrid.spark.SparkSessions;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** The one local[2] session of a test suite, set up like the launcher's local profile. */
public final class LocalSpark {
    private LocalSpark() {}

    public static Path home() {
        return Path.of(System.getProperty("qhybrid.home", "..")).toAbsolutePath().normalize();
    }

    public static SparkSession start(Path warehouse) {
        return start(warehouse, Map.of());
    }

    /**
     * The same session with extra settings, e.g. {@code spark.master=local[2,4]} (two threads, a
     * task may fail three times before its job does: local mode retries no task otherwise).
     */
    public static SparkSession start(Path warehouse, Map<String, String> extra) {
        Map<String, String> settings = new java.util.HashMap<>(extra);
        settings.putIfAbsent("spark.qhybrid.submitter", "test");
        return SparkSessions.local(home().resolve("conf/spark-local.conf"), warehouse, 2, settings);
    }
}
