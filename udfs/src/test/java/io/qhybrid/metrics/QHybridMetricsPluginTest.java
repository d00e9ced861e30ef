package io.qhybrid.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import io.qhybrid.pool.PoolMetrics;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.plugin.DriverPlugin;
import org.apache.spark.api.plugin.ExecutorPlugin;
import org.apache.spark.api.plugin.PluginContext;
import org.apache.spark.resource.ResourceInformation;
import org.junit.jupiter.api.Test;

/** The plugin's components against hand-written plugin contexts, as Spark drives them. */
class QHybridMetricsPluginTest {
    /** A context holding only a registry and an executor id; messaging is not used by the plugin. */
    private static final class Context implements PluginContext {
        private final MetricRegistry registry = new MetricRegistry();
        private final String executorId;

        Context(String executorId) {
            this.executorId = executorId;
        }

        @Override
        public MetricRegistry metricRegistry() {
            return registry;
        }

        @Override
        public SparkConf conf() {
            return new SparkConf(false);
        }

        @Override
        public String executorID() {
            return executorId;
        }

        @Override
        public String hostname() {
            return "localhost";
        }

        @Override
        public Map<String, ResourceInformation> resources() {
            return Map.of();
        }

        @Override
        public void send(Object message) {
            throw new UnsupportedOperationException("send");
        }

        @Override
        public Object ask(Object message) {
            throw new UnsupportedOperationException("ask");
        }
    }

    @Test
    void anExecutorExportsThePoolMetricsOfItsJvm() {
        ExecutorPlugin executor = new QHybridMetricsPlugin().executorPlugin();
        Context context = new Context("1");
        executor.init(context, Map.of());
        try {
            // non-empty at init: Spark registers a plugin's source only if its registry has metrics then
            assertThat(context.registry.getNames()).contains("pool.backends");
            PoolMetrics.jvm().backend("plugin-unit");
            assertThat(context.registry.getNames()).contains("pool.plugin-unit.requests", "pool.plugin-unit.retries");
        } finally {
            executor.shutdown();
        }
    }

    @Test
    void inOneJvmOnlyTheFirstComponentExportsAndTheNextSessionExportsAgain() {
        QHybridMetricsPlugin plugin = new QHybridMetricsPlugin();
        DriverPlugin driver = plugin.driverPlugin();
        ExecutorPlugin localExecutor = plugin.executorPlugin();
        Context driverContext = new Context("driver");
        Context executorContext = new Context("driver"); // local mode: the executor's id is "driver" too
        driver.init(null, driverContext);
        localExecutor.init(executorContext, Map.of());

        assertThat(driverContext.registry.getNames()).contains("pool.backends");
        assertThat(executorContext.registry.getNames()).isEmpty(); // so Spark registers no second source
        localExecutor.shutdown(); // Spark stops the local executor first: the driver's export stays
        PoolMetrics.jvm().backend("plugin-after-executor");
        assertThat(driverContext.registry.getNames()).contains("pool.plugin-after-executor.requests");
        driver.shutdown();

        DriverPlugin nextDriver = new QHybridMetricsPlugin().driverPlugin();
        Context nextContext = new Context("driver");
        nextDriver.init(null, nextContext);
        try {
            assertThat(nextContext.registry.getNames()).contains("pool.backends",
                    "pool.plugin-after-executor.requests");
        } finally {
            nextDriver.shutdown();
        }
    }
}
