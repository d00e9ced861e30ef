package io.qhybrid.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.qhybrid.backend.NoiseParameters;
import io.qhybrid.backend.internal.JsonCodec;
import io.qhybrid.circuit.Circuit;
import io.qhybrid.simulator.SimulatorRunner;
import io.qhybrid.error.QHybridException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QpuEmulatorTest {
    private static HttpResponse<String> get(URI uri, String auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri);
        if (auth != null) {
            b.header("Authorization", auth);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void faultSpecParsesEveryKey() {
        FaultSpec f = FaultSpec.parse("429=0.1, 5xx=0.2,lost=0.05,fail=0.02,latency-ms=50,queue-ms=200");
        assertThat(f).isEqualTo(new FaultSpec(0.1, 0.2, 0.05, 0.02, 50, 200));
        assertThat(FaultSpec.parse("")).isEqualTo(FaultSpec.NONE);
        assertThatThrownBy(() -> FaultSpec.parse("boom=1")).isInstanceOf(QHybridException.class)
                .hasMessageContaining("Known faults");
        assertThatThrownBy(() -> FaultSpec.parse("5xx=2")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void simulatorRunnerMatchesAnalyticDistributions() {
        SimulatorRunner runner = SimulatorRunner.exact();
        // H Z H = X: exactly |1>
        assertThat(runner.run(Circuit.builder(1).h(0).z(0).h(0).build(), 100, 1, NoiseParameters.NONE))
                .containsExactly(Map.entry("1", 100L));
        // swap moves qubit 0's excitation to qubit 2: 100
        assertThat(runner.run(Circuit.builder(3).x(0).swap(0, 2).build(), 10, 1, NoiseParameters.NONE))
                .containsExactly(Map.entry("100", 10L));
        Map<String, Long> plus = runner.run(Circuit.builder(1).h(0).build(), 20_000, 5, NoiseParameters.NONE);
        assertThat(plus.get("0")).isBetween(9_700L, 10_300L); // 50/50 within ~4 standard deviations
        // readout error 0.1 on a certain |0>: about 10% ones
        Map<String, Long> noisy = runner.run(Circuit.builder(1).build(), 10_000, 9, new NoiseParameters(0, 0, 0.1));
        assertThat(noisy.get("1")).isBetween(880L, 1_120L);
        assertThat(runner.run(Circuit.builder(2).h(0).cx(0, 1).build(), 500, 42, NoiseParameters.NONE))
                .isEqualTo(runner.run(Circuit.builder(2).h(0).cx(0, 1).build(), 500, 42, NoiseParameters.NONE));
    }

    @Test
    void rateLimitAnswers429WithOrWithoutRetryAfter() throws Exception {
        for (long retryAfter : new long[] {2, -1}) {
            try (QpuEmulator emu = QpuEmulator.builder().ionqKey("k").rate(1).burst(1).retryAfterSeconds(retryAfter).start()) {
                URI list = URI.create(emu.baseUri() + "/v0.4/jobs");
                assertThat(get(list, "apiKey k").statusCode()).isEqualTo(200);
                HttpResponse<String> limited = get(list, "apiKey k");
                assertThat(limited.statusCode()).isEqualTo(429);
                assertThat(limited.headers().firstValue("Retry-After")).isEqualTo(
                        retryAfter < 0 ? java.util.Optional.empty() : java.util.Optional.of("2"));
                assertThat(JsonCodec.parse(limited.body(), "t").path("statusCode").asInt()).isEqualTo(429);
                assertThat(emu.counters().responses429()).isEqualTo(1);
            }
        }
    }

    @Test
    void adminEndpointsServeCountersAndCalibration() throws Exception {
        try (QpuEmulator emu = QpuEmulator.builder().ionqKey("k").start()) {
            get(URI.create(emu.baseUri() + "/v0.4/jobs"), "apiKey wrong");
            JsonNode counters = JsonCodec.parse(get(URI.create(emu.baseUri() + "/admin/counters"), null).body(), "c");
            assertThat(counters.path("requests_by_route").path("GET /v0.4/jobs").asLong()).isEqualTo(1);
            assertThat(counters.path("duplicate_keys").asLong()).isZero();
            assertThat(counters.has("jobs_by_status")).isTrue();
            JsonNode calibration = JsonCodec.parse(get(URI.create(emu.baseUri() + "/admin/calibration"), null).body(), "c");
            assertThat(calibration.path("qubits")).hasSize(8);
            assertThat(emu.baseUri().getHost()).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void aCircuitTheReadersRefuseIsABadRequest() throws Exception {
        try (QpuEmulator emu = QpuEmulator.builder().ionqKey("k").start()) {
            String body = "{\"type\":\"ionq.circuit.v1\",\"shots\":10,\"input\":{\"qubits\":1,\"gateset\":\"qis\","
                    + "\"circuit\":[{\"gate\":\"foo\",\"target\":0}]}}";
            HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    URI.create(emu.baseUri() + "/v0.4/jobs")).header("Authorization", "apiKey k")
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).contains("unknown gate 'foo'");
            assertThat(emu.counters().totalJobs()).isZero();
        }
    }

    @Test
    void routesAreNormalisedForCounting() {
        assertThat(QpuEmulator.route("GET", "/v0.4/jobs/abc-123/results/probabilities"))
                .isEqualTo("GET /v0.4/jobs/{id}/results/probabilities");
        assertThat(QpuEmulator.route("GET", "/v1/backends/ibm_x/properties")).isEqualTo("GET /v1/backends/{id}/properties");
    }
}
