package io.qhybrid.pool;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.Counter;
import com.codahale.metrics.Gauge;
import com.codahale.metrics.Timer;
import io.qhybrid.backend.BackendCallException;
import io.qhybrid.backend.BackendConfig;
import io.qhybrid.backend.BackendFactories;
import io.qhybrid.backend.CountsResult;
import io.qhybrid.backend.FakeBackend;
import io.qhybrid.backend.JobHandle;
import io.qhybrid.backend.JobStatus;
import io.qhybrid.backend.QuantumBackend;
import io.qhybrid.backend.SubmitRequest;
import io.qhybrid.backend.internal.EnvironmentSecrets;
import io.qhybrid.circuit.Circuit;
import io.qhybrid.emulator.QpuEmulator;
import io.qhybrid.error.ErrorKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pool's counters against faults whose numbers the test scripts, read by their sink names. */
class PoolMetricsTest {
    private static final String KEY = "pool-metrics-ionq-key";
    private static final Circuit BASIS_5 = Circuit.builder(3).x(0).x(2).build();

    private final PoolMetrics metrics = new PoolMetrics();

    private static PoolConfig.Builder fast() {
        return PoolConfig.builder().clusterRate(500, 1).approved(true).maxInFlight(8)
                .backoff(Duration.ofMillis(5), Duration.ofMillis(20)).pollInterval(Duration.ofMillis(5))
                .jobTimeout(Duration.ofSeconds(20)).maxWait(Duration.ofSeconds(5));
    }

    private BackendPool emulated(QpuEmulator emu, PoolConfig config) {
        QuantumBackend ionq = BackendFactories.create(BackendConfig.of("ionq-emu", "ionq", emu.baseUri().toString()),
                EnvironmentSecrets.of(Map.of("IONQ_API_KEY", KEY)));
        return new BackendPool(ionq, config, metrics);
    }

    private static PoolRequest request(String key) {
        return new PoolRequest("run-1", key, BASIS_5, 20, 11);
    }

    private long count(String name) {
        Counter counter = metrics.registry().getCounters().get(name);
        assertThat(counter).as(name).isNotNull();
        return counter.getCount();
    }

    private Object gauge(String name) {
        Gauge<?> gauge = metrics.registry().getGauges().get(name);
        assertThat(gauge).as(name).isNotNull();
        return gauge.getValue();
    }

    private Timer timer(String name) {
        Timer timer = metrics.registry().getTimers().get(name);
        assertThat(timer).as(name).isNotNull();
        return timer;
    }

    private void assertNoFallbacks(String backend) {
        for (FallbackReason reason : FallbackReason.values()) {
            assertThat(count("pool." + backend + ".fallbacks." + reason.code())).as(reason.code()).isZero();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 4})
    void eachThrottledSubmitIsOne429AndOneRetryAndTheRequestIsStillServedByTheQpu(int throttled) {
        try (QpuEmulator emu = QpuEmulator.builder().ionqKey(KEY).noiseless().retryAfterSeconds(-1).start()) {
            emu.failNext(429, throttled);
            PoolResult r = emulated(emu, fast().build()).execute(request("throttled-" + throttled));

            assertThat(r.tier()).isEqualTo("qpu");
            assertThat(emu.counters().responses429()).isEqualTo(throttled);
            assertThat(count("pool.ionq-emu.requests")).isEqualTo(1);
            assertThat(count("pool.ionq-emu.served.qpu")).isEqualTo(1);
            assertThat(count("pool.ionq-emu.unserved")).isZero();
            assertThat(count("pool.ionq-emu.rate_limited")).isEqualTo(throttled);
            assertThat(count("pool.ionq-emu.retries")).isEqualTo(throttled);
            assertNoFallbacks("ionq-emu");
            assertThat(gauge("pool.ionq-emu.in_flight")).isEqualTo(0);
            assertThat(timer("pool.ionq-emu.latency").getCount()).isEqualTo(1);
            assertThat(timer("pool.ionq-emu.provider_time").getCount()).isEqualTo(1);
        }
    }

    @Test
    void throttlingPastTheRetryAllowanceIsCountedAsARateLimitedFallback() {
        try (QpuEmulator emu = QpuEmulator.builder().ionqKey(KEY).noiseless().retryAfterSeconds(-1).start()) {
            emu.failNext(429, 100);
            PoolResult r = emulated(emu, fast().maxAttempts(3).build()).execute(request("persistent"));

            assertThat(r.tier()).isEqualTo("statevector");
            assertThat(count("pool.ionq-emu.requests")).isEqualTo(1);
            assertThat(count("pool.ionq-emu.served.statevector")).isEqualTo(1);
            assertThat(metrics.registry().getCounters()).doesNotContainKey("pool.ionq-emu.served.qpu");
            assertThat(count("pool.ionq-emu.rate_limited")).isEqualTo(3).isEqualTo(emu.counters().responses429());
            assertThat(count("pool.ionq-emu.retries")).isEqualTo(2); // three attempts
            assertThat(count("pool.ionq-emu.fallbacks.rate_limited")).isEqualTo(1);
            assertThat(timer("pool.ionq-emu.provider_time").getCount()).isZero();
        }
    }

    @Test
    void failedPollsAreRetriesAndNotReadyAnswersAreNot() {
        AtomicInteger statusCalls = new AtomicInteger();
        AtomicInteger resultCalls = new AtomicInteger();
        QuantumBackend flaky = new FakeBackend() {
            @Override
            public JobHandle submit(SubmitRequest request) {
                return new JobHandle("fake", "job-1", request.idempotencyKey());
            }

            @Override
            public JobStatus status(JobHandle handle) {
                return switch (statusCalls.incrementAndGet()) {
                    case 1, 2 -> throw failure(429, false);
                    case 3 -> throw failure(503, false);
                    default -> JobStatus.COMPLETED;
                };
            }

            @Override
            public CountsResult result(JobHandle handle) {
                if (resultCalls.incrementAndGet() == 1) {
                    throw failure(404, true); // the results are not there yet
                }
                return new CountsResult(List.of(Map.of("101", 20L)), "job-1", "v", null, 30, 12);
            }
        };
        PoolResult r = new BackendPool(flaky, fast().build(), metrics).execute(request("polled"));

        assertThat(r.tier()).isEqualTo("qpu");
        assertThat(statusCalls.get()).isEqualTo(5);
        assertThat(count("pool.fake.rate_limited")).isEqualTo(2);
        assertThat(count("pool.fake.retries")).isEqualTo(3);
        assertNoFallbacks("fake");
        Timer provider = timer("pool.fake.provider_time");
        assertThat(provider.getCount()).isEqualTo(1);
        assertThat(provider.getSnapshot().getMax()).isEqualTo(TimeUnit.MILLISECONDS.toNanos(30 + 12));
    }

    private static BackendCallException failure(int status, boolean notReady) {
        return new BackendCallException(ErrorKind.EXTERNAL, "HTTP " + status, status, null, false, notReady, null);
    }

    @Test
    void everyTierPassedOverIsCountedByItsReasonPerBackend() {
        BackendPool unapproved = new BackendPool(new FakeBackend(), fast().approved(false)
                .fallbackChain(List.of("qpu", "nowhere", "statevector")).build(), metrics);
        for (int i = 0; i < 4; i++) {
            assertThat(unapproved.execute(request("na-" + i)).tier()).isEqualTo("statevector");
        }
        QuantumBackend refusing = new FakeBackend() {
            @Override
            public String name() {
                return "refusing";
            }

            @Override
            public JobHandle submit(SubmitRequest request) {
                throw new BackendCallException(ErrorKind.USER_ERROR, "bad circuit", 400, null, false, false, null);
            }
        };
        BackendPool rejecting = new BackendPool(refusing, fast().fallbackChain(List.of("qpu", "heuristic")).build(),
                metrics);
        for (int i = 0; i < 3; i++) {
            assertThat(rejecting.execute(request("rej-" + i)).served()).isFalse();
        }

        assertThat(count("pool.fake.requests")).isEqualTo(4);
        assertThat(count("pool.fake.served.statevector")).isEqualTo(4);
        assertThat(count("pool.fake.fallbacks.not_approved")).isEqualTo(4);
        assertThat(count("pool.fake.fallbacks.unavailable")).isEqualTo(4);
        assertThat(count("pool.fake.fallbacks.provider_failed")).isZero();
        assertThat(count("pool.refusing.requests")).isEqualTo(3);
        assertThat(count("pool.refusing.unserved")).isEqualTo(3);
        assertThat(count("pool.refusing.fallbacks.provider_failed")).isEqualTo(3);
        assertThat(count("pool.refusing.fallbacks.no_model")).isEqualTo(3);
        assertThat(count("pool.refusing.fallbacks.not_approved")).isZero();
        assertThat(count("pool.refusing.retries")).isZero(); // a user error is not retried
        assertThat(gauge("pool.backends")).isEqualTo(2);
    }

    @Test
    void inFlightCountsJobsHoldingASlot() throws Exception {
        CountDownLatch polled = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        QuantumBackend slow = new FakeBackend() {
            @Override
            public JobHandle submit(SubmitRequest request) {
                return new JobHandle("fake", "slow-1", request.idempotencyKey());
            }

            @Override
            public JobStatus status(JobHandle handle) {
                polled.countDown();
                try {
                    return finish.await(10, TimeUnit.SECONDS) ? JobStatus.COMPLETED : JobStatus.FAILED;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return JobStatus.FAILED;
                }
            }

            @Override
            public CountsResult result(JobHandle handle) {
                return new CountsResult(List.of(Map.of("101", 20L)), "slow-1", "v", null, -1, -1);
            }
        };
        BackendPool pool = new BackendPool(slow, fast().build(), metrics);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<PoolResult> running = thread.submit(() -> pool.execute(request("slow")));
            assertThat(polled.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(gauge("pool.fake.in_flight")).isEqualTo(1);
            finish.countDown();
            assertThat(running.get(10, TimeUnit.SECONDS).tier()).isEqualTo("qpu");
            assertThat(gauge("pool.fake.in_flight")).isEqualTo(0);
            assertThat(timer("pool.fake.provider_time").getCount()).isZero(); // the provider gave no times
        } finally {
            thread.shutdownNow();
        }
    }

    @Test
    void concurrentRequestsAreAllCounted() throws Exception {
        QuantumBackend exact = BackendFactories.create(BackendConfig.of("exact", "statevector", null));
        BackendPool pool = new BackendPool(exact, fast().fallbackChain(List.of("qpu")).build(), metrics);
        int threads = 4;
        int each = 25;
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(workers.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        assertThat(pool.execute(request("c-" + thread + "-" + i)).tier()).isEqualTo("qpu");
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            workers.shutdownNow();
        }
        assertThat(count("pool.exact.requests")).isEqualTo(threads * each);
        assertThat(count("pool.exact.served.qpu")).isEqualTo(threads * each);
        assertThat(timer("pool.exact.latency").getCount()).isEqualTo(threads * each);
        assertThat(timer("pool.exact.provider_time").getCount()).isEqualTo(threads * each);
        assertThat(gauge("pool.exact.in_flight")).isEqualTo(0);
    }

    @Test
    void aBackendNameIsOneSegmentOfTheMetricName() {
        metrics.backend("ibm/brisbane.1");
        assertThat(metrics.registry().getNames()).contains("pool.ibm_brisbane_1.requests")
                .noneMatch(name -> name.contains("brisbane.1"));
    }
}
