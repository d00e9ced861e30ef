package io.qhybrid.backend;

import io.qhybrid.error.ErrorKind;
import io.qhybrid.error.QHybridException;
import java.time.Duration;
import java.util.Optional;

/**
 * A failed call to a provider, with what the pool needs to decide what to do next: the HTTP
 * status (0 when no response arrived), the provider's {@code Retry-After}, whether the call may
 * have taken effect anyway ({@link #outcomeUnknown()}: a create call that timed out or got a 5xx
 * may still have created the job), and whether the provider simply has no results yet.
 * The message names the route and the provider's error text, never a credential.
 */
public final class BackendCallException extends QHybridException {
    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final Duration retryAfter;
    private final boolean outcomeUnknown;
    private final boolean notReady;

    public BackendCallException(ErrorKind kind, String message, int httpStatus, Duration retryAfter,
            boolean outcomeUnknown, boolean notReady, Throwable cause) {
        super(kind, message, cause);
        this.httpStatus = httpStatus;
        this.retryAfter = retryAfter;
        this.outcomeUnknown = outcomeUnknown;
        this.notReady = notReady;
    }

    /** The HTTP status, or 0 when the call got no response (timeout, connection reset). */
    public int httpStatus() {
        return httpStatus;
    }

    /** The provider's requested wait before the next call, when it sent one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** True when the request may have been applied even though the call failed. */
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }

    /** True when the job exists but has no results yet (IonQ 404, IBM 204). */
    public boolean notReady() {
        return notReady;
    }

    /** True for a 429 answer. */
    public boolean rateLimited() {
        return httpStatus == 429;
    }
}
