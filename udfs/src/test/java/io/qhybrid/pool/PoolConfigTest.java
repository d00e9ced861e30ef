package io.qhybrid.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PoolConfigTest {
    @Test
    void defaultsArePinned() {
        PoolConfig c = PoolConfig.defaults();
        assertThat(c.requestsPerSecond()).isEqualTo(5.0);
        assertThat(c.share().executors()).isEqualTo(1);
        assertThat(c.maxInFlight()).isEqualTo(4);
        assertThat(c.maxAttempts()).isEqualTo(6);
        assertThat(c.baseBackoff()).isEqualTo(Duration.ofMillis(200));
        assertThat(c.maxBackoff()).isEqualTo(Duration.ofSeconds(10));
        assertThat(c.maxWait()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.breakerFailureRate()).isEqualTo(50f);
        assertThat(c.breakerWindow()).isEqualTo(20);
        assertThat(c.breakerOpenFor()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.callTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(c.jobTimeout()).isEqualTo(Duration.ofMinutes(10));
        assertThat(c.pollInterval()).isEqualTo(Duration.ofMillis(500));
        assertThat(c.shotBudget()).isEqualTo(Long.MAX_VALUE);
        assertThat(c.costBudget()).isInfinite();
        assertThat(c.approved()).isFalse();
        assertThat(c.fallbackChain()).containsExactly("qpu", "statevector", "heuristic");
    }

    @Test
    void clusterLimitIsSplitAcrossExecutorsAndReported() {
        PoolConfig c = PoolConfig.builder().clusterRate(10, 4).build();
        assertThat(c.requestsPerSecond()).isEqualTo(2.5);
        assertThat(c.share().toLineage()).containsAllEntriesOf(Map.of("pool.cluster_requests_per_second", "10.0",
                "pool.executors", "4", "pool.executor_requests_per_second", "2.5"));
    }

    @Test
    void configRoundTripsThroughJavaSerialisationAndKeysPoolsByValue() throws Exception {
        PoolConfig c = PoolConfig.builder().clusterRate(20, 2).shotBudget(5000).approved(true)
                .fallbackChain(List.of("qpu", "heuristic")).build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(c);
        }
        Object back = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject();
        assertThat(back).isEqualTo(c).hasSameHashCodeAs(c);
        assertThat(back.toString()).isEqualTo(c.toString());
    }

    @Test
    void budgetRefusesWhatWouldPassEitherCap() {
        RunBudget b = new RunBudget(1000, 5.0);
        assertThat(b.reserve(600, 2)).isTrue();
        assertThat(b.reserve(600, 1)).isFalse();
        assertThat(b.reserve(400, 3.5)).isFalse();
        assertThat(b.reserve(400, 3)).isTrue();
        b.release(400, 3);
        assertThat(b.shotsUsed()).isEqualTo(600);
        assertThat(b.refusals()).isEqualTo(2);
    }
}
