package io.qhybrid.backend.internal;

import io.qhybrid.backend.BackendCallException;
import io.qhybrid.backend.Secret;
import io.qhybrid.error.ErrorKind;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One provider's HTTP calls: per-call timeout, error mapping to {@link BackendCallException},
 * and logging that names method, route and status but never headers or bodies (where
 * credentials live). Provider error text is scrubbed of the credential before it is used.
 */
public final class HttpTransport {
    private static final Logger LOG = Logger.getLogger("io.qhybrid.backend.http");

    private final String provider;
    private final URI base;
    private final Duration callTimeout;
    private final HttpClient client;
    private volatile Runnable gate = () -> {};

    public HttpTransport(String provider, URI base, Duration callTimeout) {
        this.provider = provider;
        this.base = Endpoints.requireSafe(provider + " endpoint", base);
        this.callTimeout = callTimeout;
        this.client = HttpClient.newBuilder().connectTimeout(callTimeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** Runs {@code gate} before every request (a rate limiter's permit). */
    public void gate(Runnable gate) {
        this.gate = java.util.Objects.requireNonNull(gate, "gate is null");
    }

    /** The response of one call. */
    public record Response(int status, String body, Map<String, java.util.List<String>> headers) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .findFirst().map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    /**
     * Sends one request to {@code base + path} (or to {@code absolute} when the path is a full URL).
     * An I/O failure becomes an EXTERNAL {@link BackendCallException} whose outcome is unknown for
     * anything but GET.
     */
    public Response send(String method, String path, Map<String, String> headers, String contentType, String body,
            String context) {
        URI uri = path.startsWith("http") ? URI.create(path) : URI.create(base + path);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(callTimeout);
        headers.forEach(b::header);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        gate.run();
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            LOG.fine(() -> provider + " " + method + " " + uri.getPath() + " -> " + r.statusCode());
            return new Response(r.statusCode(), r.body(), r.headers().map());
        } catch (IOException e) {
            LOG.log(Level.FINE, provider + " " + method + " " + uri.getPath() + " -> no response");
            throw new BackendCallException(ErrorKind.EXTERNAL, context + " failed: no response from " + provider
                    + " (" + e.getClass().getSimpleName() + ")", 0, null, !method.equals("GET"), false, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackendCallException(ErrorKind.EXTERNAL, context + " interrupted", 0, null,
                    !method.equals("GET"), false, null);
        }
    }

    /**
     * The exception for an unsuccessful response. 429 and 5xx are EXTERNAL (retryable); a 5xx on
     * a mutating call has an unknown outcome; 401/403 and other 4xx are USER_ERROR.
     */
    public BackendCallException failure(String context, Response r, boolean mutating, String providerMessage,
            Secret secret) {
        int s = r.status();
        String detail = secret == null ? providerMessage : secret.scrub(providerMessage);
        String message = context + " failed: " + provider + " answered HTTP " + s
                + (detail == null || detail.isBlank() ? "" : " (" + detail + ")");
        ErrorKind kind;
        if (s == 429 || s >= 500) {
            kind = ErrorKind.EXTERNAL;
        } else if (s == 401 || s == 403) {
            kind = ErrorKind.USER_ERROR;
            message += ". The credential was rejected: check it is current and belongs to this endpoint.";
        } else {
            kind = ErrorKind.USER_ERROR;
        }
        LOG.warning(message);
        return new BackendCallException(kind, message, s, retryAfter(r.header("Retry-After")),
                mutating && s >= 500, false, null);
    }

    static Duration retryAfter(String value) {
        if (value == null) {
            return null;
        }
        try {
            double seconds = Double.parseDouble(value.trim());
            return seconds < 0 ? null : Duration.ofMillis((long) (seconds * 1000));
        } catch (NumberFormatException e) {
            try {
                java.time.ZonedDateTime at = java.time.ZonedDateTime.parse(value.trim(),
                        java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(java.time.Instant.now(), at.toInstant());
                return d.isNegative() ? Duration.ZERO : d;
            } catch (java.time.format.DateTimeParseException ignored) {
                return null;
            }
        }
    }

    /** A "no results yet" marker exception. */
    public static BackendCallException notReady(String context) {
        return new BackendCallException(ErrorKind.EXTERNAL, context + ": results not ready yet", 0, null, false, true,
                null);
    }
}
