package io.qhybrid.backend.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qhybrid.backend.BackendConfig;
import io.qhybrid.backend.Secret;
import io.qhybrid.circuit.Circuit;
import io.qhybrid.error.QHybridException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WireFormatsTest {
    @Test
    void probabilitiesRoundToCountsThatSumToShots() {
        // thirds of 100 shots: 33.33 each, the missing shot goes to the smallest index
        assertThat(CountsRounding.toCounts(Map.of(0L, 1 / 3.0, 1L, 1 / 3.0, 3L, 1 / 3.0), 2, 100))
                .containsExactlyInAnyOrderEntriesOf(Map.of("00", 34L, "01", 33L, "11", 33L));
        assertThat(CountsRounding.toCounts(Map.of(13L, 1.0), 4, 7)).containsExactly(Map.entry("1101", 7L));
        // a provider whose probabilities sum to 0.999 still yields every shot
        assertThat(CountsRounding.toCounts(Map.of(0L, 0.499, 1L, 0.5), 1, 1000).values().stream()
                .mapToLong(Long::longValue).sum()).isEqualTo(1000);
    }

    @Test
    void qasmRoundTripsEveryGateOfTheWireSubset() {
        Circuit c = Circuit.builder(3).h(0).cx(0, 1).rz(2, 0.25).rzz(1, 2, -1.5).swap(0, 2).sdg(1).barrier()
                .u(0, 0.1, 0.2, 0.3).measureAll().build();
        String text = Qasm3Wire.write(c);
        assertThat(text).contains("qubit[3] q;", "bit[3] c;", "cx q[0], q[1];", "c = measure q;");
        assertThat(Qasm3Wire.read(text, "t")).isEqualTo(c);
        assertThatThrownBy(() -> Qasm3Wire.read("qubit[1] q;\nfoo q[0];\n", "t"))
                .isInstanceOf(QHybridException.class).hasMessageContaining("t:2");
    }

    @Test
    void qisRoundTripsAndRefusesU() {
        Circuit c = Circuit.builder(3).h(0).cx(0, 1).cz(1, 2).rx(2, 0.5).swap(0, 1).rzz(0, 2, 0.3).t(1).measureAll().build();
        assertThat(IonQQisWire.write(c).get(1).toString()).isEqualTo("{\"gate\":\"cnot\",\"control\":0,\"target\":1}");
        assertThat(IonQQisWire.read(3, IonQQisWire.write(c))).isEqualTo(c);
        assertThatThrownBy(() -> IonQQisWire.write(Circuit.builder(1).u(0, 1, 2, 3).build()))
                .isInstanceOf(QHybridException.class);
    }

    @Test
    void onlyLoopbackMayUsePlainHttp() {
        assertThat(Endpoints.requireSafe("e", URI.create("http://127.0.0.1:8080/"))).hasToString("http://127.0.0.1:8080");
        assertThat(Endpoints.requireSafe("e", URI.create("http://localhost:1"))).isNotNull();
        assertThat(Endpoints.requireSafe("e", URI.create("https://api.ionq.co"))).isNotNull();
        assertThatThrownBy(() -> Endpoints.requireSafe("e", URI.create("http://10.0.0.5:80")))
                .hasMessageContaining("Plain http://");
        assertThatThrownBy(() -> new HttpTransport("x", URI.create("http://quantum.example.com"), Duration.ofSeconds(1)))
                .isInstanceOf(QHybridException.class);
    }

    @Test
    void secretsAreRedactedAndConfigRefusesThem() {
        Secret s = new Secret("IONQ_API_KEY", "abc123");
        assertThat(s.toString()).doesNotContain("abc123").contains("IONQ_API_KEY");
        assertThat(s.scrub("echo abc123 back")).isEqualTo("echo **** back");
        assertThatThrownBy(() -> BackendConfig.of("b", "ionq", null).withOption("apiKey", "abc123"))
                .isInstanceOf(QHybridException.class).message().doesNotContain("abc123");
    }

    @Test
    void retryAfterSecondsAreParsed() {
        assertThat(HttpTransport.retryAfter("2")).isEqualTo(Duration.ofSeconds(2));
        assertThat(HttpTransport.retryAfter("garbage")).isNull();
    }
}
