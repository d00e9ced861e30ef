package io.qhybrid.backend.ionq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qhybrid.backend.BackendCallException;
import io.qhybrid.backend.BackendConfig;
import io.qhybrid.backend.BackendFactories;
import io.qhybrid.backend.CountsResult;
import io.qhybrid.backend.JobHandle;
import io.qhybrid.backend.JobStatus;
import io.qhybrid.backend.Jobs;
import io.qhybrid.backend.LogCapture;
import io.qhybrid.backend.QuantumBackend;
import io.qhybrid.backend.SubmitRequest;
import io.qhybrid.backend.internal.EnvironmentSecrets;
import io.qhybrid.circuit.Circuit;
import io.qhybrid.emulator.FaultSpec;
import io.qhybrid.emulator.QpuEmulator;
import io.qhybrid.error.ErrorKind;
import io.qhybrid.error.QHybridException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IonQBackendTest {
    private static final String KEY = "ionq-test-key-5f3a9c";

    private static QpuEmulator emulator(FaultSpec faults) {
        return QpuEmulator.builder().ionqKey(KEY).noiseless().faults(faults).start();
    }

    private static QuantumBackend backend(QpuEmulator emulator, String key) {
        return BackendFactories.create(BackendConfig.of("ionq-emu", "ionq", emulator.baseUri().toString()),
                EnvironmentSecrets.of(Map.of("IONQ_API_KEY", key)));
    }

    private static SubmitRequest request(Circuit circuit, String key) {
        return SubmitRequest.builder().circuit(circuit).shots(1000).idempotencyKey(key).build();
    }

    @Test
    void integerStateKeysBecomeBitstringsWithQubitZeroRightmost() throws Exception {
        try (QpuEmulator emu = emulator(FaultSpec.NONE)) {
            QuantumBackend ionq = backend(emu, KEY);
            // qubits 0, 2, 3 set: state 1 + 4 + 8 = 13, written 1101
            JobHandle job = ionq.submit(request(Circuit.builder(4).x(0).x(2).x(3).build(), "k13"));
            assertThat(Jobs.awaitTerminal(ionq, job)).isEqualTo(JobStatus.COMPLETED);
            assertThat(ionq.result(job).counts0()).containsExactly(Map.entry("1101", 1000L));
        }
    }

    @Test
    void bellPairGivesOnlyCorrelatedOutcomesSummingToShots() throws Exception {
        try (QpuEmulator emu = emulator(FaultSpec.NONE)) {
            QuantumBackend ionq = backend(emu, KEY);
            JobHandle job = ionq.submit(request(Circuit.builder(2).h(0).cx(0, 1).build(), "bell"));
            Jobs.awaitTerminal(ionq, job);
            CountsResult result = ionq.result(job);
            assertThat(result.counts0().keySet()).containsOnly("00", "11");
            assertThat(result.shots(0)).isEqualTo(1000);
            assertThat(result.counts0().get("00")).isBetween(400L, 600L);
            assertThat(result.providerJobId()).isEqualTo(job.providerJobId());
        }
    }

    @Test
    void resultsAre404UntilDoneThenAvailable() throws Exception {
        try (QpuEmulator emu = emulator(FaultSpec.parse("queue-ms=400"))) {
            QuantumBackend ionq = backend(emu, KEY);
            JobHandle job = ionq.submit(request(Circuit.builder(1).x(0).build(), "late"));
            assertThatThrownBy(() -> ionq.result(job)).isInstanceOfSatisfying(BackendCallException.class,
                    e -> assertThat(e.notReady()).isTrue());
            assertThat(Jobs.awaitTerminal(ionq, job)).isEqualTo(JobStatus.COMPLETED);
            assertThat(ionq.result(job).counts0()).containsExactly(Map.entry("1", 1000L));
            assertThat(emu.counters().log("GET /v0.4/jobs/{id}/results/probabilities"))
                    .extracting(r -> r.status()).containsExactly(404, 200);
        }
    }

    @Test
    void cancelStopsAQueuedJob() throws Exception {
        try (QpuEmulator emu = emulator(FaultSpec.parse("queue-ms=20000"))) {
            QuantumBackend ionq = backend(emu, KEY);
            JobHandle job = ionq.submit(request(Circuit.builder(1).x(0).build(), "stop"));
            assertThat(ionq.status(job)).isEqualTo(JobStatus.QUEUED);
            ionq.cancel(job);
            assertThat(ionq.status(job)).isEqualTo(JobStatus.CANCELLED);
            assertThat(emu.counters().requests("PUT /v0.4/jobs/{id}/status/cancel")).isEqualTo(1);
        }
    }

    @Test
    void lostCreateIsFoundByReconcileWithoutASecondJob() {
        try (QpuEmulator emu = emulator(FaultSpec.parse("lost=1"))) {
            IonQBackend ionq = (IonQBackend) backend(emu, KEY);
            assertThatThrownBy(() -> ionq.submit(request(Circuit.builder(1).x(0).build(), "lost-1")))
                    .isInstanceOfSatisfying(BackendCallException.class, e -> {
                        assertThat(e.outcomeUnknown()).isTrue();
                        assertThat(e.retryable()).isTrue();
                    });
            assertThat(ionq.reconcile("lost-1")).isPresent();
            assertThat(ionq.reconcile("never-sent")).isEmpty();
            assertThat(emu.counters().jobsCreated("lost-1")).isEqualTo(1);
        }
    }

    @Test
    void authorizationHeaderIsExactlyApiKeySpaceKey() throws Exception {
        try (QpuEmulator emu = emulator(FaultSpec.NONE)) {
            HttpClient http = HttpClient.newHttpClient();
            URI jobs = URI.create(emu.baseUri() + "/v0.4/jobs?limit=1");
            for (String wrong : new String[] {"Bearer " + KEY, "apikey " + KEY, KEY, "apiKey  " + KEY}) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(jobs).header("Authorization", wrong).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(wrong).isEqualTo(401);
            }
            HttpResponse<String> ok = http.send(HttpRequest.newBuilder(jobs).header("Authorization", "apiKey " + KEY)
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(ok.statusCode()).isEqualTo(200);
            backend(emu, KEY).submit(request(Circuit.builder(1).x(0).build(), "auth")); // the client's header passes
        }
    }

    @Test
    void keyNeverAppearsInLogsOrExceptions() {
        String wrongKey = "wrong-key-9d8e7f6a";
        try (QpuEmulator emu = emulator(FaultSpec.NONE); LogCapture logs = new LogCapture()) {
            QuantumBackend rejected = backend(emu, wrongKey);
            assertThatThrownBy(() -> rejected.submit(request(Circuit.builder(1).x(0).build(), "nope")))
                    .isInstanceOfSatisfying(QHybridException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ErrorKind.USER_ERROR);
                        assertThat(e.getMessage()).contains("HTTP 401").doesNotContain(wrongKey);
                    });
            QuantumBackend ok = backend(emu, KEY);
            ok.submit(request(Circuit.builder(1).x(0).build(), "fine"));
            emu.failNext(503, 1);
            assertThatThrownBy(() -> ok.submit(request(Circuit.builder(1).x(0).build(), "fails")))
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(KEY));
            assertThat(ok.toString()).doesNotContain(KEY);
            assertThat(logs.text()).contains("HTTP 401").doesNotContain(KEY).doesNotContain(wrongKey);
        }
    }

    @Test
    void plainHttpToAnotherHostIsRefused() {
        BackendConfig remote = BackendConfig.of("ionq-remote", "ionq", "http://api.ionq.example.com");
        assertThatThrownBy(() -> BackendFactories.create(remote, EnvironmentSecrets.of(Map.of("IONQ_API_KEY", KEY))))
                .isInstanceOfSatisfying(QHybridException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.USER_ERROR);
                    assertThat(e.getMessage()).contains("Plain http://").contains("https://");
                });
    }

    @Test
    void missingKeyNamesTheVariable() {
        BackendConfig config = BackendConfig.of("ionq-emu", "ionq", "https://api.ionq.co");
        assertThatThrownBy(() -> BackendFactories.create(config, EnvironmentSecrets.of(Map.of())))
                .hasMessageContaining("IONQ_API_KEY");
    }

    @Test
    void callTimeoutLeavesACreateUnclearAndAReadPlainlyRetryable() {
        try (QpuEmulator emu = emulator(FaultSpec.parse("latency-ms=400"))) {
            IonQBackend ionq = (IonQBackend) BackendFactories.create(BackendConfig.of("ionq-emu", "ionq",
                    emu.baseUri().toString()).withOption("call-timeout-ms", "100"),
                    EnvironmentSecrets.of(Map.of("IONQ_API_KEY", KEY)));
            assertThatThrownBy(() -> ionq.submit(request(Circuit.builder(1).x(0).build(), "slow-create")))
                    .isInstanceOfSatisfying(BackendCallException.class, e -> {
                        assertThat(e.httpStatus()).isZero();
                        assertThat(e.outcomeUnknown()).isTrue();
                        assertThat(e.retryable()).isTrue();
                    });
            assertThatThrownBy(() -> ionq.status(new JobHandle("ionq-emu", "any", "k")))
                    .isInstanceOfSatisfying(BackendCallException.class, e -> assertThat(e.outcomeUnknown()).isFalse());
        }
    }
}
