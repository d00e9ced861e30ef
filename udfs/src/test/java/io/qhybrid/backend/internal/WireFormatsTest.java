package io.qhybrid.backend.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qhybrid.backend.BackendConfig;
import io.qhybrid.backend.Secret;
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
