package io.qhybrid.backend.ibm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qhybrid.backend.BackendCallException;
import io.qhybrid.backend.BackendConfig;
import io.qhybrid.backend.CountsResult;
import io.qhybrid.backend.JobHandle;
import io.qhybrid.backend.JobStatus;
import io.qhybrid.backend.Jobs;
import io.qhybrid.backend.LogCapture;
import io.qhybrid.backend.Secret;
import io.qhybrid.backend.SubmitRequest;
import io.qhybrid.circuit.Circuit;
import io.qhybrid.emulator.FaultSpec;
import io.qhybrid.emulator.QpuEmulator;
import io.qhybrid.error.ErrorKind;
import io.qhybrid.error.QHybridException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IbmRuntimeBackendTest {
    private static final String API_KEY = "ibm-cloud-key-0c1d2e";
    private static final String CRN = "crn:v1:bluemix:public:quantum-computing:us-east:a/abc::";

    private static QpuEmulator.Builder emulator() {
        return QpuEmulator.builder().ibmApiKey(API_KEY).ibmInstance(CRN).noiseless();
    }

    private static IbmRuntimeBackend backend(QpuEmulator emu, String apiKey, String crn) {
        BackendConfig config = BackendConfig.of("ibm-emu", "ibm", emu.baseUri().toString())
                .withOption("iam-url", emu.baseUri().toString()).withOption("device", "ibm_emulated");
        return new IbmRuntimeBackend(config, new Secret("QISKIT_IBM_TOKEN", apiKey),
                new Secret("QISKIT_IBM_INSTANCE", crn), Clock.systemUTC());
    }

    private static SubmitRequest request(String key, Circuit... circuits) {
        SubmitRequest.Builder b = SubmitRequest.builder().shots(500).idempotencyKey(key);
        for (Circuit c : circuits) {
            b.circuit(c);
        }
        return b.build();
    }

    @Test
    void hexSamplesDecodeToBitstringsPerCircuit() throws Exception {
        try (QpuEmulator emu = emulator().start()) {
            IbmRuntimeBackend ibm = backend(emu, API_KEY, CRN);
            JobHandle job = ibm.submit(request("two-pubs", Circuit.builder(3).x(0).x(1).build(),
                    Circuit.builder(2).h(1).cx(1, 0).build()));
            assertThat(Jobs.awaitTerminal(ibm, job)).isEqualTo(JobStatus.COMPLETED);
            CountsResult result = ibm.result(job);
            assertThat(result.counts().get(0)).containsExactly(Map.entry("011", 500L));
            assertThat(result.counts().get(1).keySet()).containsOnly("00", "11");
            assertThat(result.shots(1)).isEqualTo(500);
            assertThat(result.backendVersion()).isEqualTo("emulator-1.0");
            assertThat(result.calibrationJson()).contains("\"readout_error\"");
        }
    }

    @Test
    void hexDecodingFollowsRegisterBitOrder() {
        assertThat(HexSamples.toCounts(List.of("0xd", "0xD", "0x1"), 4))
                .containsExactlyInAnyOrderEntriesOf(Map.of("1101", 2L, "0001", 1L));
        assertThatThrownBy(() -> HexSamples.toCounts(List.of("0x10"), 4)).isInstanceOf(QHybridException.class);
    }

    @Test
    void resultsAre204UntilDone() throws Exception {
        try (QpuEmulator emu = emulator().faults(FaultSpec.parse("queue-ms=400")).start()) {
            IbmRuntimeBackend ibm = backend(emu, API_KEY, CRN);
            JobHandle job = ibm.submit(request("slow", Circuit.builder(1).x(0).build()));
            assertThatThrownBy(() -> ibm.result(job)).isInstanceOfSatisfying(BackendCallException.class,
                    e -> assertThat(e.notReady()).isTrue());
            Jobs.awaitTerminal(ibm, job);
            assertThat(ibm.result(job).counts0()).containsExactly(Map.entry("1", 500L));
            assertThat(emu.counters().log("GET /v1/jobs/{id}/results")).extracting(r -> r.status())
                    .containsExactly(204, 200);
        }
    }

    @Test
    void tokenIsRefreshedWhenItExpires() throws Exception {
        try (QpuEmulator emu = emulator().tokenTtlSeconds(1).start()) {
            IbmRuntimeBackend ibm = backend(emu, API_KEY, CRN);
            JobHandle job = ibm.submit(request("refresh", Circuit.builder(1).x(0).build()));
            Thread.sleep(1_200); // past the token's lifetime: the emulator would answer 401 to the old one
            assertThat(Jobs.awaitTerminal(ibm, job)).isEqualTo(JobStatus.COMPLETED);
            assertThat(emu.counters().tokensIssued()).isEqualTo(2);
            assertThat(emu.counters().log("GET /v1/jobs/{id}")).extracting(r -> r.status()).containsOnly(200);
        }
    }

    @Test
    void headersAreCheckedAndSecretsStayOutOfMessagesAndLogs() {
        try (QpuEmulator emu = emulator().start(); LogCapture logs = new LogCapture()) {
            assertThatThrownBy(() -> backend(emu, "bad-key-77aa", CRN).submit(request("a", Circuit.builder(1).x(0).build())))
                    .isInstanceOfSatisfying(QHybridException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ErrorKind.USER_ERROR);
                        assertThat(e.getMessage()).contains("HTTP 400").doesNotContain("bad-key-77aa");
                    });
            assertThatThrownBy(() -> backend(emu, API_KEY, "crn:other").submit(request("b", Circuit.builder(1).x(0).build())))
                    .hasMessageContaining("HTTP 403");
            backend(emu, API_KEY, CRN).submit(request("c", Circuit.builder(1).x(0).build()));
            assertThat(logs.text()).contains("HTTP 403").doesNotContain(API_KEY).doesNotContain("bad-key-77aa");
        }
    }

    @Test
    void cancelReconcileAndCalibration() {
        try (QpuEmulator emu = emulator().faults(FaultSpec.parse("queue-ms=20000,lost=1")).start()) {
            IbmRuntimeBackend ibm = backend(emu, API_KEY, CRN);
            assertThatThrownBy(() -> ibm.submit(request("lost-ibm", Circuit.builder(1).x(0).build())))
                    .isInstanceOfSatisfying(BackendCallException.class, e -> assertThat(e.outcomeUnknown()).isTrue());
            JobHandle found = ibm.reconcile("lost-ibm").orElseThrow();
            assertThat(ibm.reconcile("other")).isEmpty();
            assertThat(ibm.status(found)).isEqualTo(JobStatus.QUEUED);
            ibm.cancel(found);
            assertThat(ibm.status(found)).isEqualTo(JobStatus.CANCELLED);
            assertThat(emu.counters().jobsCreated("lost-ibm")).isEqualTo(1);
            assertThat(ibm.calibrationJson()).contains("\"t1_us\"");
        }
    }
}
