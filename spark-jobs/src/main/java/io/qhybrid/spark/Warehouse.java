package io.qhybrid.spark;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The embedded default warehouse: Delta tables under one directory, registered in an
 * embedded-Derby Hive metastore kept in the same directory, so a later process finds the
 * tables by name ({@code qhybrid.runs}). Derby admits one process at a time.
 */
public final class Warehouse {
    private Warehouse() {}

    /** The Spark settings that place the warehouse and its metastore under {@code dir}. */
    public static Map<String, String> settings(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        Map<String, String> conf = new LinkedHashMap<>();
        conf.put("spark.sql.warehouse.dir", absolute.toUri().toString());
        conf.put("spark.hadoop.javax.jdo.option.ConnectionURL",
                "jdbc:derby:;databaseName=" + absolute.resolve("metastore_db") + ";create=true");
        conf.put("spark.hadoop.datanucleus.schema.autoCreateAll", "true");
        conf.put("spark.hadoop.hive.metastore.schema.verification", "false");
        return conf;
    }
}
