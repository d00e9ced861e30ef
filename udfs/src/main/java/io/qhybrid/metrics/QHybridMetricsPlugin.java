package io.qhybrid.metrics;

import io.qhybrid.pool.PoolMetrics;
import java.util.Map;
import java.util.logging.Logger;
import org.apache.spark.SparkContext;
import org.apache.spark.api.plugin.DriverPlugin;
import org.apache.spark.api.plugin.ExecutorPlugin;
import org.apache.spark.api.plugin.PluginContext;
import org.apache.spark.api.plugin.SparkPlugin;

/**
 * Reports the backend pools' metrics ({@link PoolMetrics#jvm()}) through Spark's metrics system,
 * so they reach every sink of {@code spark.metrics.conf} under the source
 * {@code plugin.io.qhybrid.metrics.QHybridMetricsPlugin}: enable it with
 * {@code spark.plugins=io.qhybrid.metrics.QHybridMetricsPlugin}.
 *
 * <p>Both the driver and the executor component export the metrics of their JVM into their
 * plugin context's registry, but only one component per JVM does so. In local mode the driver and
 * the executor share a JVM and a metrics system: the executor starts before Spark knows the
 * application id, so a second copy would appear under the bare name {@code plugin...} (or collide
 * with the driver's when {@code spark.metrics.namespace} is set). The driver starts first, so in
 * local mode the metrics appear once, under {@code <app id>.driver.plugin...}; on a cluster each
 * executor reports its own pools and the driver the pools it ran itself. A component releases the
 * JVM's export when it shuts down, so the next SparkContext in the same JVM exports again.
 */
public final class QHybridMetricsPlugin implements SparkPlugin {
    private static final Logger LOG = Logger.getLogger("io.qhybrid.metrics");
    private static final Object LOCK = new Object();
    private static PoolMetrics.Export current; // guarded by LOCK

    @Override
    public DriverPlugin driverPlugin() {
        return new DriverPlugin() {
            private PoolMetrics.Export export;

            @Override
            public Map<String, String> init(SparkContext sc, PluginContext context) {
                export = exportOnce(context, "driver");
                return Map.of();
            }

            @Override
            public void shutdown() {
                release(export);
            }
        };
    }

    @Override
    public ExecutorPlugin executorPlugin() {
        return new ExecutorPlugin() {
            private PoolMetrics.Export export;

            @Override
            public void init(PluginContext context, Map<String, String> extraConf) {
                export = exportOnce(context, "executor '" + context.executorID() + "'");
            }

            @Override
            public void shutdown() {
                release(export);
            }
        };
    }

    /**
     * Exports the JVM's pool metrics into the context's registry unless another component of
     * this JVM already does; returns the export, or null when it was left to the other one.
     */
    static PoolMetrics.Export exportOnce(PluginContext context, String component) {
        synchronized (LOCK) {
            if (current != null) {
                LOG.info(() -> "the pool metrics of this JVM already go to Spark through another plugin "
                        + "component (local mode); " + component + " adds none");
                return null;
            }
            current = PoolMetrics.jvm().exportTo(context.metricRegistry());
            return current;
        }
    }

    static void release(PoolMetrics.Export export) {
        if (export == null) {
            return;
        }
        synchronized (LOCK) {
            export.close();
            if (current == export) {
                current = null;
            }
        }
    }
}
