package io.qhybrid.pool.internal;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.qhybrid.backend.BackendCallException;
import io.qhybrid.backend.SupportsRequestGate;
import io.qhybrid.error.QHybridException;
import io.qhybrid.pool.BackendMetrics;
import io.qhybrid.pool.PoolConfig;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Every provider call of a pool passes here: first a permit from the token-bucket rate limiter
 * (one permit per {@code 1 / rate} seconds, so requests are spread evenly rather than sent in
 * bursts; per HTTP request when the backend {@link SupportsRequestGate lets us meter them}, else
 * per call), then the circuit breaker. The breaker counts only failures that say something about
 * the provider's health: 5xx and no-response; not 429s (the limiter's business), not "results
 * not ready", not user errors. The 429s are counted here, where every provider answer passes.
 */
public final class Guard {
    private final RateLimiter limiter;
    private final CircuitBreaker breaker;
    private final BackendMetrics metrics;
    private volatile boolean perRequest;

    public Guard(String name, PoolConfig config, BackendMetrics metrics) {
        this.metrics = metrics;
        long periodNanos = Math.max(1_000, (long) (1e9 / config.requestsPerSecond()));
        this.limiter = RateLimiter.of(name, RateLimiterConfig.custom().limitForPeriod(1)
                .limitRefreshPeriod(Duration.ofNanos(periodNanos)).timeoutDuration(config.maxWait()).build());
        this.breaker = CircuitBreaker.of(name, CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(config.breakerWindow())
                .minimumNumberOfCalls(Math.max(2, config.breakerWindow() / 2))
                .failureRateThreshold(config.breakerFailureRate())
                .waitDurationInOpenState(config.breakerOpenFor())
                .permittedNumberOfCallsInHalfOpenState(2)
                .recordException(Guard::countsAgainstHealth)
                .build());
    }

    static boolean countsAgainstHealth(Throwable t) {
        if (t instanceof BackendCallException b) {
            return b.retryable() && !b.notReady() && !b.rateLimited();
        }
        return t instanceof QHybridException q && q.retryable();
    }

    /** Runs one call under the rate limit and the breaker, counting the provider's 429s. */
    public <T> T call(Supplier<T> call) {
        if (!perRequest) {
            RateLimiter.waitForPermission(limiter);
        }
        try {
            return breaker.executeSupplier(call);
        } catch (BackendCallException e) {
            if (e.rateLimited()) {
                metrics.recordRateLimited();
            }
            throw e;
        }
    }

    /**
     * Meters each HTTP request of {@code backend} instead of each backend call, when the backend
     * allows it; returns whether it did.
     */
    public boolean meterRequestsOf(Object backend) {
        if (backend instanceof SupportsRequestGate gated) {
            gated.requestGate(() -> RateLimiter.waitForPermission(limiter));
            perRequest = true;
        }
        return perRequest;
    }

    public boolean isOpen() {
        return breaker.getState() == CircuitBreaker.State.OPEN || breaker.getState() == CircuitBreaker.State.FORCED_OPEN;
    }

    public CircuitBreaker.State state() {
        return breaker.getState();
    }
}
