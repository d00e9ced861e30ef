package io.qhybrid.pool;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.qhybrid.emulator.EmulatorCounters;
import io.qhybrid.emulator.FaultSpec;
import io.qhybrid.emulator.QpuEmulator;
import io.qhybrid.error.ErrorKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BackendPoolTest {
    private static final String KEY = "pool-test-ionq-key";
    private static final Circuit GHZ = Circuit.builder(3).h(0).cx(0, 1).cx(1, 2).build();
    private static final Circuit BASIS_5 = Circuit.builder(3).x(0).x(2).build();

    private static PoolConfig.Builder fast() {
        return PoolConfig.builder().clusterRate(500, 1).approved(true).maxInFlight(8)
                .backoff(Duration.ofMillis(5), Duration.ofMillis(50)).pollInterval(Duration.ofMillis(10))
                .jobTimeout(Duration.ofSeconds(20)).maxWait(Duration.ofSeconds(5));
    }

    private static BackendPool pool(QpuEmulator emu, PoolConfig config) {
        QuantumBackend ionq = BackendFactories.create(BackendConfig.of("ionq-emu", "ionq", emu.baseUri().toString()),
                EnvironmentSecrets.of(Map.of("IONQ_API_KEY", KEY)));
        return new BackendPool(ionq, config); // the default tiers: statevector, heuristic
    }

    private static QpuEmulator.Builder emulator() {
        return QpuEmulator.builder().ionqKey(KEY).noiseless();
    }

    private static PoolRequest request(String key, Circuit c, int shots) {
        return new PoolRequest("run-1", key, c, shots, 11);
    }

    @Test
    void qpuServesWhenHealthy() {
        try (QpuEmulator emu = emulator().start()) {
            PoolResult r = pool(emu, fast().build()).execute(request("ok", BASIS_5, 200));
            assertThat(r.tier()).isEqualTo("qpu");
            assertThat(r.fallbackReason()).isNull();
            assertThat(r.counts()).containsExactly(Map.entry("101", 200L));
            assertThat(r.providerJobId()).isNotNull();
            assertThat(r.attempts()).isEqualTo(1);
        }
    }

    @Test
    void unapprovedRunFallsBackToTheSimulatorTierWithoutCallingTheProvider() {
        try (QpuEmulator emu = emulator().start()) {
            PoolResult r = pool(emu, fast().approved(false).build()).execute(request("na", GHZ, 100));
            assertThat(r.tier()).isEqualTo("statevector");
            assertThat(r.fallbackReason()).isEqualTo(FallbackReason.NOT_APPROVED);
            assertThat(r.trail()).containsExactly("qpu:not_approved");
            assertThat(r.counts().keySet()).containsOnly("000", "111");
            assertThat(emu.counters().totalJobs()).isZero();
        }
    }

    @Test
    void retryWaitsAtLeastTheRetryAfterTheProviderAsked() {
        try (QpuEmulator emu = emulator().retryAfterSeconds(1).start()) {
            emu.failNext(429, 1);
            PoolResult r = pool(emu, fast().build()).execute(request("ra", BASIS_5, 10));
            assertThat(r.tier()).isEqualTo("qpu");
            List<EmulatorCounters.Request> creates = emu.counters().log("POST /v0.4/jobs");
            assertThat(creates).extracting(EmulatorCounters.Request::status).containsExactly(429, 201);
            // backoff alone would be <= 50 ms; the gap shows Retry-After: 1 was honoured
            assertThat(creates.get(1).atMillis() - creates.get(0).atMillis()).isGreaterThanOrEqualTo(1000);
        }
    }

    @Test
    void breakerOpensAfterRepeatedFailuresAndTheFallbackIsRecorded() {
        try (QpuEmulator emu = emulator().start()) {
            emu.failNext(503, 10_000);
            BackendPool pool = pool(emu, fast().maxAttempts(2).breaker(50, 4, Duration.ofMinutes(5)).build());
            List<PoolResult> results = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                results.add(pool.execute(request("b" + i, BASIS_5, 10)));
            }
            assertThat(results).allSatisfy(r -> assertThat(r.tier()).isEqualTo("statevector"));
            assertThat(results.get(0).fallbackReason()).isEqualTo(FallbackReason.PROVIDER_FAILED);
            assertThat(results.get(4).fallbackReason()).isEqualTo(FallbackReason.CIRCUIT_OPEN);
            assertThat(results.get(4).counts()).containsExactly(Map.entry("101", 10L));
            assertThat(pool.breakerOpen()).isTrue();
            long callsWhenOpen = emu.counters().requests("POST /v0.4/jobs");
            pool.execute(request("b-after", BASIS_5, 10));
            assertThat(emu.counters().requests("POST /v0.4/jobs")).isEqualTo(callsWhenOpen);
        }
    }

    @Test
    void lostAfterAcceptIsReconciledWithoutADuplicateJob() {
        try (QpuEmulator emu = emulator().faults(FaultSpec.parse("lost=1")).start()) {
            BackendPool pool = pool(emu, fast().build());
            for (int i = 0; i < 5; i++) {
                PoolResult r = pool.execute(request("lost-" + i, BASIS_5, 10));
                assertThat(r.tier()).isEqualTo("qpu");
                assertThat(r.counts()).containsExactly(Map.entry("101", 10L));
                assertThat(emu.counters().jobsCreated("lost-" + i)).isEqualTo(1);
            }
            assertThat(emu.counters().lostAfterAcceptCount()).isEqualTo(5);
            assertThat(emu.counters().duplicateKeys()).isZero();
        }
    }

    @Test
    void aResubmissionFindsTheJobOfItsKeyInsteadOfCreatingAnother() {
        try (QpuEmulator emu = emulator().start()) {
            PoolResult first = pool(emu, fast().build()).execute(request("again", BASIS_5, 10));
            // a retried task, or a rerun after a crash: another pool, the same key
            PoolResult retried = pool(emu, fast().build()).execute(request("again", BASIS_5, 10).asResubmission());
            assertThat(retried.tier()).isEqualTo("qpu");
            assertThat(retried.providerJobId()).isEqualTo(first.providerJobId());
            assertThat(retried.counts()).containsExactly(Map.entry("101", 10L));
            assertThat(emu.counters().jobsCreated("again")).isEqualTo(1);
            assertThat(emu.counters().requests("GET /v0.4/jobs")).as("job listings to reconcile").isEqualTo(1);

            PoolResult fresh = pool(emu, fast().build()).execute(request("never-sent", BASIS_5, 10).asResubmission());
            assertThat(fresh.tier()).isEqualTo("qpu");
            assertThat(emu.counters().jobsCreated("never-sent")).isEqualTo(1);
            // without the mark a second pool cannot know: the provider gets a second job
            pool(emu, fast().build()).execute(request("again", BASIS_5, 10));
            assertThat(emu.counters().jobsCreated("again")).isEqualTo(2);
        }
    }

    @Test
    void budgetIsNeverExceededUnderFaultsAndRetries() {
        long shots = 100;
        long cap = 1_200;
        try (QpuEmulator emu = emulator().retryAfterSeconds(0).faults(FaultSpec.parse("5xx=0.3,lost=0.3,429=0.1")).seed(3).start()) {
            BackendPool pool = pool(emu, fast().shotBudget(cap).maxAttempts(8).breaker(90, 50, Duration.ofSeconds(1)).build());
            List<PoolResult> results = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                results.add(pool.execute(request("bud-" + i, BASIS_5, (int) shots)));
            }
            long providerShots = emu.counters().totalJobs() * shots;
            assertThat(providerShots).isLessThanOrEqualTo(cap);
            assertThat(pool.budget("run-1").shotsUsed()).isLessThanOrEqualTo(cap).isGreaterThanOrEqualTo(providerShots);
            assertThat(results).allSatisfy(r -> assertThat(r.served()).isTrue());
            assertThat(results).filteredOn(r -> r.fallbackReason() == FallbackReason.BUDGET_EXHAUSTED).isNotEmpty();
            assertThat(emu.counters().duplicateKeys()).isZero();
        }
    }

    @Test
    void withoutReconcileEachUnclearResubmissionIsPaidForBeforeItIsSent() {
        AtomicLong createdShots = new AtomicLong();
        QuantumBackend flaky = new FakeBackend() {
            private int calls;

            @Override
            public synchronized JobHandle submit(SubmitRequest request) {
                createdShots.addAndGet(request.shots());
                if (calls++ % 2 == 0) { // created, but the answer is lost
                    throw new BackendCallException(ErrorKind.EXTERNAL, "lost", 502, null, true, false, null);
                }
                return new JobHandle("fake", "job-" + calls, request.idempotencyKey());
            }

            @Override
            public JobStatus status(JobHandle handle) {
                return JobStatus.COMPLETED;
            }

            @Override
            public CountsResult result(JobHandle handle) {
                return new CountsResult(List.of(Map.of("0", 100L)), handle.providerJobId(), "v", null, 0, 0);
            }
        };
        BackendPool pool = new BackendPool(flaky, fast().shotBudget(500).fallbackChain(List.of("qpu")).build());
        List<PoolResult> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            results.add(pool.execute(request("nr-" + i, BASIS_5, 100)));
        }
        // each served request cost two created jobs (200 shots); the third cannot be paid for twice
        assertThat(results).extracting(PoolResult::tier).containsExactly("qpu", "qpu", null, null);
        assertThat(results.get(2).fallbackReason()).isEqualTo(FallbackReason.BUDGET_EXHAUSTED);
        assertThat(createdShots.get()).isLessThanOrEqualTo(500);
        assertThat(pool.budget("run-1").shotsUsed()).isEqualTo(createdShots.get());
    }

    @Test
    void definiteRejectionReleasesTheReservation() {
        QuantumBackend refusing = new FakeBackend() {
            @Override
            public JobHandle submit(SubmitRequest request) {
                throw new BackendCallException(ErrorKind.USER_ERROR, "bad circuit", 400, null, false, false, null);
            }
        };
        BackendPool pool = new BackendPool(refusing, fast().shotBudget(1000).fallbackChain(List.of("qpu", "heuristic"))
                .build());
        PoolResult r = pool.execute(request("rej", BASIS_5, 100));
        assertThat(r.served()).isFalse();
        assertThat(r.trail()).containsExactly("qpu:provider_failed", "heuristic:no_model");
        assertThat(r.error()).contains("bad circuit");
        assertThat(pool.budget("run-1").shotsUsed()).isZero();
    }

    @Test
    void jobPastItsTimeoutIsCancelledAndFallsBack() {
        try (QpuEmulator emu = emulator().faults(FaultSpec.parse("queue-ms=60000")).start()) {
            PoolResult r = pool(emu, fast().jobTimeout(Duration.ofMillis(300)).build()).execute(request("slow", GHZ, 50));
            assertThat(r.fallbackReason()).isEqualTo(FallbackReason.TIMEOUT);
            assertThat(r.tier()).isEqualTo("statevector");
            assertThat(r.providerJobId()).isNotNull();
            assertThat(emu.counters().requests("PUT /v0.4/jobs/{id}/status/cancel")).isEqualTo(1);
        }
    }

    @Test
    void failedProviderJobFallsBack() {
        try (QpuEmulator emu = emulator().faults(FaultSpec.parse("fail=1")).start()) {
            PoolResult r = pool(emu, fast().build()).execute(request("f", BASIS_5, 50));
            assertThat(r.fallbackReason()).isEqualTo(FallbackReason.PROVIDER_FAILED);
            assertThat(r.tier()).isEqualTo("statevector");
            assertThat(r.error()).contains("FAILED");
        }
    }

    @Test
    void persistentRateLimitingIsReportedAsSuch() {
        try (QpuEmulator emu = emulator().retryAfterSeconds(-1).start()) {
            emu.failNext(429, 100);
            PoolResult r = pool(emu, fast().maxAttempts(3).build()).execute(request("rl", BASIS_5, 50));
            assertThat(r.fallbackReason()).isEqualTo(FallbackReason.RATE_LIMITED);
            assertThat(emu.counters().requests("POST /v0.4/jobs")).isEqualTo(3);
        }
    }

    @Test
    void aBackendBugIsRecordedAndTheRequestStillServed() {
        QuantumBackend halfDone = new FakeBackend() { // status() is left throwing
            @Override
            public JobHandle submit(SubmitRequest request) {
                return new JobHandle("fake", "j", request.idempotencyKey());
            }
        };
        BackendPool pool = new BackendPool(halfDone, fast().build());
        PoolResult r = pool.execute(request("bug", BASIS_5, 10));
        assertThat(r.tier()).isEqualTo("statevector");
        assertThat(r.fallbackReason()).isEqualTo(FallbackReason.PROVIDER_FAILED);
        assertThat(r.error()).isEqualTo("status");
    }
}
