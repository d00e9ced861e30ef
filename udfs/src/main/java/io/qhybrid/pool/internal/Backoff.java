package io.qhybrid.pool.internal;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.Either;
import io.qhybrid.backend.BackendCallException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Wait before retry {@code n}: {@code base * 2^(n-1)} capped at {@code max}, scaled by a random
 * factor in [0.5, 1] (so executors that failed together do not retry together), and never less
 * than the provider's {@code Retry-After}.
 */
public final class Backoff<T> implements IntervalBiFunction<T> {
    private final Duration base;
    private final Duration max;

    public Backoff(Duration base, Duration max) {
        this.base = base;
        this.max = max;
    }

    public long millis(int attempt, Duration retryAfter) {
        double exponential = Math.min(max.toMillis(), base.toMillis() * Math.pow(2, Math.max(0, attempt - 1)));
        long jittered = (long) (exponential * (0.5 + 0.5 * ThreadLocalRandom.current().nextDouble()));
        return retryAfter == null ? jittered : Math.max(jittered, retryAfter.toMillis());
    }

    @Override
    public Long apply(Integer attempt, Either<Throwable, T> outcome) {
        Duration retryAfter = null;
        if (outcome.isLeft() && outcome.getLeft() instanceof BackendCallException b) {
            retryAfter = b.retryAfter().orElse(null);
        }
        return millis(attempt, retryAfter);
    }
}
