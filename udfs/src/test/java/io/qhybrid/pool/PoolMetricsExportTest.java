package io.qhybrid.pool;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.Counter;
import com.codahale.metrics.MetricRegistry;
import io.qhybrid.backend.BackendConfig;
import io.qhybrid.backend.BackendFactories;
import io.qhybrid.circuit.Circuit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exporting the pool metrics into another registry, as the Spark plugin does. */
class PoolMetricsExportTest {
    private final PoolMetrics metrics = new PoolMetrics();

    @Test
    void presentAndLaterMetricsAreExportedAsTheSameObjectsUntilClosed() {
        metrics.backend("a");
        MetricRegistry target = new MetricRegistry();
        PoolMetrics.Export export = metrics.exportTo(target);
        assertThat(target.getNames()).contains("pool.backends", "pool.a.requests", "pool.a.in_flight",
                "pool.a.latency", "pool.a.fallbacks.rate_limited");

        metrics.backend("b");
        assertThat(target.getNames()).contains("pool.b.requests");
        assertThat(target.getCounters().get("pool.b.requests"))
                .isSameAs(metrics.registry().getCounters().get("pool.b.requests"));
        assertThat(target.getGauges().get("pool.backends").getValue()).isEqualTo(2);

        export.close();
        metrics.backend("c");
        assertThat(metrics.registry().getNames()).contains("pool.c.requests");
        assertThat(target.getNames()).noneMatch(name -> name.startsWith("pool.c."));
    }

    @Test
    void twoTargetsEachGetEveryMetric() {
        MetricRegistry first = new MetricRegistry();
        MetricRegistry second = new MetricRegistry();
        try (PoolMetrics.Export a = metrics.exportTo(first); PoolMetrics.Export b = metrics.exportTo(second)) {
            metrics.backend("x");
            assertThat(first.getNames()).isEqualTo(metrics.registry().getNames());
            assertThat(second.getNames()).isEqualTo(metrics.registry().getNames());
        }
    }

    @Test
    void aNameTakenInTheTargetIsSkippedAndThePoolStillCounts() {
        MetricRegistry target = new MetricRegistry();
        Counter other = target.counter("pool.exact.requests");
        try (PoolMetrics.Export export = metrics.exportTo(target)) {
            BackendPool pool = new BackendPool(BackendFactories.create(BackendConfig.of("exact", "statevector", null)),
                    PoolConfig.builder().approved(true).fallbackChain(List.of("qpu")).build(), metrics);
            PoolResult r = pool.execute(new PoolRequest("run", "taken", Circuit.builder(2).x(1).build(), 10, 1));

            assertThat(r.counts()).containsEntry("10", 10L);
            assertThat(metrics.registry().getCounters().get("pool.exact.requests").getCount()).isEqualTo(1);
            assertThat(target.getCounters().get("pool.exact.requests")).isSameAs(other);
            assertThat(other.getCount()).isZero();
            assertThat(target.getNames()).contains("pool.exact.served.qpu");
        }
    }
}
