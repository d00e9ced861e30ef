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
        return SparkSessions.local(home().resolve("conf/spark-local.conf"), warehouse, 2,
                Map.of("spark.qhybrid.submitter", "test"));
    }
}
