package io.qhybrid.pool;

import static java.util.Objects.requireNonNull;

import com.codahale.metrics.Counter;
import com.codahale.metrics.Gauge;
import com.codahale.metrics.Histogram;
import com.codahale.metrics.Meter;
import com.codahale.metrics.Metric;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.MetricRegistryListener;
import com.codahale.metrics.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The metrics of every backend pool in one JVM, in one Dropwizard {@link MetricRegistry}, per
 * backend name ({@link BackendMetrics} lists them). Pools built without an explicit instance use
 * {@link #jvm()}; the Spark plugin {@code io.qhybrid.metrics.QHybridMetricsPlugin} exports that
 * one to Spark's metrics system, and so to every configured sink.
 *
 * <p>Names: {@code pool.backends} (gauge: backends metered in this JVM), then
 * {@code pool.<backend>.<metric>}, the backend name with characters other than letters, digits,
 * {@code _} and {@code -} replaced by {@code _}. Thread-safe; recording is a few lock-free adds.
 */
public final class PoolMetrics {
    private static final Logger LOG = Logger.getLogger("io.qhybrid.pool");
    private static final PoolMetrics JVM = new PoolMetrics();

    private final MetricRegistry registry = new MetricRegistry();
    private final Map<String, BackendMetrics> backends = new ConcurrentHashMap<>();

    public PoolMetrics() {
        registry.register("pool.backends", (Gauge<Integer>) backends::size);
    }

    /** The metrics of this JVM's pools: the ones Spark's metrics system reports. */
    public static PoolMetrics jvm() {
        return JVM;
    }

    /** The registry holding every metric; read it, do not add to it. */
    public MetricRegistry registry() {
        return registry;
    }

    /** The metrics of one backend, created on first use. */
    public BackendMetrics backend(String backendName) {
        requireNonNull(backendName, "backendName is null");
        return backends.computeIfAbsent(nameSegment(backendName), n -> new BackendMetrics(registry, "pool." + n));
    }

    /** {@code name} as one segment of a dotted metric name. */
    static String nameSegment(String name) {
        return name.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /**
     * Registers every metric, present and future, in {@code target} too (same names, same metric
     * objects) until the returned export is closed. A name {@code target} already holds for
     * another metric is skipped with a warning: exporting never fails a pool.
     */
    public Export exportTo(MetricRegistry target) {
        Export export = new Export(requireNonNull(target, "target is null"));
        registry.addListener(export); // replays the metrics already present
        return export;
    }

    /** A live copy of the metrics in another registry; closing stops adding new ones. */
    public final class Export extends MetricRegistryListener.Base implements AutoCloseable {
        private final MetricRegistry target;

        private Export(MetricRegistry target) {
            this.target = target;
        }

        @Override
        public void onGaugeAdded(String name, Gauge<?> gauge) {
            add(name, gauge);
        }

        @Override
        public void onCounterAdded(String name, Counter counter) {
            add(name, counter);
        }

        @Override
        public void onHistogramAdded(String name, Histogram histogram) {
            add(name, histogram);
        }

        @Override
        public void onMeterAdded(String name, Meter meter) {
            add(name, meter);
        }

        @Override
        public void onTimerAdded(String name, Timer timer) {
            add(name, timer);
        }

        // synchronized: a metric added while addListener replays may be announced twice
        private synchronized void add(String name, Metric metric) {
            if (target.getMetrics().get(name) == metric) {
                return;
            }
            try {
                target.register(name, metric);
            } catch (IllegalArgumentException e) { // the name is taken, here or in a registry nesting target
                LOG.warning(() -> "pool metric " + name + " not exported: " + e.getMessage());
            }
        }

        /** Stops exporting new metrics; those exported stay in the target, which its owner discards. */
        @Override
        public void close() {
            registry.removeListener(this);
        }
    }
}
