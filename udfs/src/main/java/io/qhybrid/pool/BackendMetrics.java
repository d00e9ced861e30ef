package io.qhybrid.pool;

import com.codahale.metrics.Counter;
import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The metrics of the pools of one backend in one JVM, under {@code pool.<backend>.}:
 *
 * <ul>
 *   <li>{@code requests} (counter): requests the pools have answered, served or not;
 *   <li>{@code served.<tier>} (counter): requests served by that tier ({@code qpu},
 *       {@code statevector}, ...), created on first use; {@code unserved} (counter): requests no
 *       tier could serve;
 *   <li>{@code fallbacks.<reason>} (counter, one per {@link FallbackReason#code()}): tiers passed
 *       over for that reason, so a request that fell from {@code qpu} to {@code heuristic} past
 *       {@code statevector} adds to two of them;
 *   <li>{@code rate_limited} (counter): 429 answers the pool saw, whether or not a retry then
 *       succeeded (a backend that retries inside one call, such as a paged listing, hides its own);
 *   <li>{@code retries} (counter): provider calls repeated after a retryable failure: submit
 *       attempts after the first, and status or result reads after a 429, 5xx or no answer;
 *   <li>{@code in_flight} (gauge): QPU jobs holding an in-flight slot now;
 *   <li>{@code latency} (timer, ms): wall time of each request in the pool;
 *   <li>{@code provider_time} (timer, ms): queue plus execution time of each request the QPU tier
 *       served, as the provider reported them.
 * </ul>
 * Thread-safe.
 */
public final class BackendMetrics {
    private final MetricRegistry registry;
    private final String prefix;
    private final Counter requests;
    private final Counter unserved;
    private final Counter rateLimited;
    private final Counter retries;
    private final Map<FallbackReason, Counter> fallbacks = new EnumMap<>(FallbackReason.class);
    private final Map<String, Counter> served = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Timer latency;
    private final Timer providerTime;

    BackendMetrics(MetricRegistry registry, String prefix) {
        this.registry = registry;
        this.prefix = prefix + ".";
        this.requests = registry.counter(this.prefix + "requests");
        this.unserved = registry.counter(this.prefix + "unserved");
        this.rateLimited = registry.counter(this.prefix + "rate_limited");
        this.retries = registry.counter(this.prefix + "retries");
        for (FallbackReason reason : FallbackReason.values()) {
            fallbacks.put(reason, registry.counter(this.prefix + "fallbacks." + reason.code()));
        }
        registry.gauge(this.prefix + "in_flight", () -> (Gauge<Integer>) inFlight::get);
        this.latency = registry.timer(this.prefix + "latency");
        this.providerTime = registry.timer(this.prefix + "provider_time");
    }

    /** A 429 answer reached the pool. */
    public void recordRateLimited() {
        rateLimited.inc();
    }

    /** A provider call is about to be repeated after a retryable failure. */
    public void recordRetry() {
        retries.inc();
    }

    /** A QPU job took an in-flight slot; pair with {@link #jobEnded()}. */
    public void jobStarted() {
        inFlight.incrementAndGet();
    }

    public void jobEnded() {
        inFlight.decrementAndGet();
    }

    /** A tier passed the request on for {@code reason}. */
    void recordFallback(FallbackReason reason) {
        fallbacks.get(reason).inc();
    }

    /** The pool answered a request with {@code result}. */
    void recordResult(PoolResult result) {
        requests.inc();
        if (result.served()) {
            served.computeIfAbsent(result.tier(),
                    tier -> registry.counter(prefix + "served." + PoolMetrics.nameSegment(tier))).inc();
        } else {
            unserved.inc();
        }
        latency.update(result.totalMillis(), TimeUnit.MILLISECONDS);
        if (PoolConfig.QPU_TIER.equals(result.tier()) && (result.queueMillis() >= 0 || result.executionMillis() >= 0)) {
            long providerMillis = Math.max(0, result.queueMillis()) + Math.max(0, result.executionMillis());
            providerTime.update(providerMillis, TimeUnit.MILLISECONDS);
        }
    }
}
