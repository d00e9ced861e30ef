package io.qhybrid.spark;

import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** Builds the in-process local sessions used by tests and embedded tools. */
public final class SparkSessions {
    private SparkSessions() {}

    /**
     * A {@code local[threads]} session with the local profile and a warehouse under
     * {@code warehouseDir}. Derby's own files (derby.log) go there too.
     */
    public static SparkSession local(Path profile, Path warehouseDir, int threads, Map<String, String> extra) {
        System.setProperty("derby.system.home", warehouseDir.toAbsolutePath().toString());
        SparkSession.Builder builder = SparkSession.builder()
                .master("local[" + threads + "]")
                .appName("qhybrid-local");
        SparkProfile.load(profile).properties().forEach(builder::config);
        Warehouse.settings(warehouseDir).forEach(builder::config);
        extra.forEach(builder::config);
        return builder.enableHiveSupport().getOrCreate();
    }
}
