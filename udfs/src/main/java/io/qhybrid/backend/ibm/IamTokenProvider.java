package io.qhybrid.backend.ibm;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.qhybrid.backend.Secret;
import io.qhybrid.backend.internal.HttpTransport;
import io.qhybrid.backend.internal.JsonCodec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Exchanges the IBM Cloud API key for a bearer token at {@code <iam-url>/identity/token} and
 * keeps it until shortly before it expires: a token is refreshed once less than a tenth of its
 * lifetime (at most 60 s) remains, so a call never leaves with a token about to lapse.
 * Thread-safe; concurrent callers share one exchange.
 */
final class IamTokenProvider {
    private final HttpTransport http;
    private final Secret apiKey;
    private final Clock clock;
    private Secret token;
    private Instant refreshAt = Instant.MIN;

    IamTokenProvider(HttpTransport http, Secret apiKey, Clock clock) {
        this.http = requireNonNull(http, "http is null");
        this.apiKey = requireNonNull(apiKey, "apiKey is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    synchronized Secret token() {
        Instant now = clock.instant();
        if (token == null || !now.isBefore(refreshAt)) {
            exchange(now);
        }
        return token;
    }

    /** Forgets the token, e.g. after a 401. */
    synchronized void invalidate() {
        token = null;
    }

    private void exchange(Instant now) {
        String form = "grant_type=" + URLEncoder.encode("urn:ibm:params:oauth:grant-type:apikey", StandardCharsets.UTF_8)
                + "&apikey=" + apiKey.reveal(k -> URLEncoder.encode(k, StandardCharsets.UTF_8));
        String context = "exchanging the IBM Cloud API key for a token";
        HttpTransport.Response r = http.send("POST", "/identity/token", Map.of("Accept", "application/json"),
                "application/x-www-form-urlencoded", form, context);
        if (r.status() != 200) {
            throw http.failure(context, r, false, null, apiKey);
        }
        JsonNode body = JsonCodec.parse(r.body(), "IAM token response");
        long lifetime = Math.max(1, body.path("expires_in").asLong(3600));
        token = new Secret("IBM IAM token", body.path("access_token").asText());
        long marginMillis = Math.min(60_000, lifetime * 100);
        refreshAt = now.plusMillis(lifetime * 1000 - marginMillis);
    }
}
