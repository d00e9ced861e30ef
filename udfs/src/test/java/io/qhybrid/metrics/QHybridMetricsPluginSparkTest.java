package io.qhybrid.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.qhybrid.backend.BackendConfig;
import io.qhybrid.circuit.Circuit;
import io.qhybrid.pool.BackendPool;
import io.qhybrid.pool.BackendPools;
import io.qhybrid.pool.PoolConfig;
import io.qhybrid.pool.PoolRequest;
import io.qhybrid.pool.PoolResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin in a local[2] session with the CSV sink of {@code conf/metrics.properties} (written to
 * a temporary directory every second): tasks run pool requests on the state-vector backend, and
 * the files Spark writes must show exactly those requests.
 */
class QHybridMetricsPluginSparkTest {
    private static final String SOURCE = "plugin.io.qhybrid.metrics.QHybridMetricsPlugin";
    private static final int REQUESTS = 24;

    @TempDir
    static Path sinkDir;
    static SparkSession spark;

    @BeforeAll
    static void start() {
        Path home = Path.of(System.getProperty("qhybrid.home", "..")).toAbsolutePath().normalize();
        spark = SparkSession.builder().master("local[2]").appName("metrics-plugin-test")
                .config("spark.plugins", QHybridMetricsPlugin.class.getName())
                .config("spark.metrics.conf", home.resolve("conf/metrics.properties").toString())
                .config("spark.metrics.conf.*.sink.csv.directory", sinkDir.toString())
                .config("spark.metrics.conf.*.sink.csv.period", "1")
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
        BackendPools.closeAll();
    }

    /** Runs each partition's requests through this executor's pool; returns the serving tiers. */
    private static final class RunThroughPool implements FlatMapFunction<Iterator<Integer>, String> {
        private static final long serialVersionUID = 1L;
        private final BackendConfig backend;
        private final PoolConfig pool;

        RunThroughPool(BackendConfig backend, PoolConfig pool) {
            this.backend = backend;
            this.pool = pool;
        }

        @Override
        public Iterator<String> call(Iterator<Integer> ids) {
            BackendPool executorPool = BackendPools.get(backend, pool);
            List<String> tiers = new ArrayList<>();
            while (ids.hasNext()) {
                int id = ids.next();
                Circuit circuit = Circuit.builder(3).h(0).cx(0, 1).cx(1, 2).build();
                PoolResult r = executorPool.execute(new PoolRequest("metrics-run", "req-" + id, circuit, 64, id));
                tiers.add(r.tier());
            }
            return tiers.iterator();
        }
    }

    @Test
    void theSinkReportsEveryPoolRequestOfTheTasksOnce() throws Exception {
        BackendConfig backend = BackendConfig.of("metrics-sv", "statevector", null);
        PoolConfig pool = PoolConfig.builder().clusterRate(1000, 1).approved(true).maxInFlight(4)
                .fallbackChain(List.of("qpu", "statevector")).build();
        List<String> tiers = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(IntStream.range(0, REQUESTS).boxed().toList(), 4)
                .mapPartitions(new RunThroughPool(backend, pool)).collect();
        assertThat(tiers).hasSize(REQUESTS).containsOnly("qpu");

        // local mode: driver and executor share the JVM; the metrics are reported once, under the driver
        String prefix = spark.sparkContext().applicationId() + ".driver." + SOURCE + ".pool.metrics-sv.";
        assertThat(awaitLastLine(prefix + "requests", REQUESTS)).isEqualTo(REQUESTS);
        assertThat(awaitLastLine(prefix + "served.qpu", REQUESTS)).isEqualTo(REQUESTS);
        assertThat(awaitLastLine(prefix + "latency", REQUESTS)).isEqualTo(REQUESTS); // a timer's count
        assertThat(awaitLastLine(prefix + "provider_time", REQUESTS)).isEqualTo(REQUESTS);
        assertThat(awaitLastLine(prefix + "rate_limited", 0)).isZero();
        assertThat(awaitLastLine(prefix + "retries", 0)).isZero();
        assertThat(awaitLastLine(prefix + "fallbacks.circuit_open", 0)).isZero();
        assertThat(awaitLastLine(prefix + "in_flight", 0)).isZero();
        try (Stream<Path> files = Files.list(sinkDir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .filteredOn(name -> name.endsWith(SOURCE + ".pool.metrics-sv.requests.csv"))
                    .containsExactly(prefix + "requests.csv");
        }
    }

    /**
     * The first value column of the metric's last CSV line once it equals {@code expected}, or the
     * last value seen when 30 s of reports pass without it (the sink writes every second).
     */
    private static long awaitLastLine(String metric, long expected) throws InterruptedException {
        Path file = sinkDir.resolve(metric + ".csv");
        long last = Long.MIN_VALUE;
        for (int i = 0; i < 300; i++) {
            last = lastValue(file);
            if (last == expected) {
                return last;
            }
            Thread.sleep(100);
        }
        return last;
    }

    private static long lastValue(Path file) {
        if (!Files.exists(file)) {
            return Long.MIN_VALUE;
        }
        try {
            List<String> lines = Files.readAllLines(file);
            if (lines.size() < 2) { // the header only
                return Long.MIN_VALUE;
            }
            String[] columns = lines.get(lines.size() - 1).split(",");
            return columns.length < 2 ? Long.MIN_VALUE : (long) Double.parseDouble(columns[1]);
        } catch (NumberFormatException e) { // a line the sink is still writing
            return Long.MIN_VALUE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
