package io.qhybrid.pool;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The limits of one executor's pool for one backend. Serialisable and small: the driver builds
 * it, executors look up (or create) their pool from it. Defaults (pinned by a test): cluster
 * limit 5 requests/s over 1 executor, 4 jobs in flight, 6 attempts per call, backoff 200 ms
 * doubling to 10 s with jitter, 30 s to wait for a rate permit or a bulkhead slot, breaker
 * opening at 50% failures over the last 20 calls (10 at least) for 30 s, per-call timeout 10 s,
 * per-job timeout 10 min, polling every 500 ms, no shot or cost budget, QPU use not approved,
 * fallback chain {@code qpu -> statevector -> heuristic}, jobs still running at the per-job timeout
 * cancelled (not left pending).
 */
public final class PoolConfig implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String QPU_TIER = "qpu";

    private final ClusterShare share;
    private final int maxInFlight;
    private final int maxAttempts;
    private final Duration baseBackoff;
    private final Duration maxBackoff;
    private final Duration maxWait;
    private final float breakerFailureRate;
    private final int breakerWindow;
    private final Duration breakerOpenFor;
    private final Duration callTimeout;
    private final Duration jobTimeout;
    private final Duration pollInterval;
    private final long shotBudget;
    private final double costBudget;
    private final boolean approved;
    private final List<String> fallbackChain;
    private final boolean leavePending;

    private PoolConfig(Builder b) {
        this.share = ClusterShare.of(b.clusterRate, b.executors);
        this.maxInFlight = b.maxInFlight;
        this.maxAttempts = b.maxAttempts;
        this.baseBackoff = b.baseBackoff;
        this.maxBackoff = b.maxBackoff;
        this.maxWait = b.maxWait;
        this.breakerFailureRate = b.breakerFailureRate;
        this.breakerWindow = b.breakerWindow;
        this.breakerOpenFor = b.breakerOpenFor;
        this.callTimeout = b.callTimeout;
        this.jobTimeout = b.jobTimeout;
        this.pollInterval = b.pollInterval;
        this.shotBudget = b.shotBudget;
        this.costBudget = b.costBudget;
        this.approved = b.approved;
        this.fallbackChain = List.copyOf(b.fallbackChain);
        this.leavePending = b.leavePending;
        if (maxInFlight < 1 || maxAttempts < 1 || breakerWindow < 2 || fallbackChain.isEmpty()) {
            throw new IllegalArgumentException("pool needs maxInFlight, maxAttempts >= 1, a breaker window >= 2 "
                    + "and a non-empty fallback chain");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public static PoolConfig defaults() {
        return builder().build();
    }

    public ClusterShare share() { return share; }
    /** Requests per second this executor may send: the cluster limit divided by the executors. */
    public double requestsPerSecond() { return share.perExecutor(); }
    public int maxInFlight() { return maxInFlight; }
    public int maxAttempts() { return maxAttempts; }
    public Duration baseBackoff() { return baseBackoff; }
    public Duration maxBackoff() { return maxBackoff; }
    /** Longest wait for a rate permit or an in-flight slot before falling back. */
    public Duration maxWait() { return maxWait; }
    public float breakerFailureRate() { return breakerFailureRate; }
    public int breakerWindow() { return breakerWindow; }
    public Duration breakerOpenFor() { return breakerOpenFor; }
    public Duration callTimeout() { return callTimeout; }
    public Duration jobTimeout() { return jobTimeout; }
    public Duration pollInterval() { return pollInterval; }
    /** Shots one run may spend on the backend; {@code Long.MAX_VALUE} for no cap. */
    public long shotBudget() { return shotBudget; }
    /** Cost (in the backend's unit) one run may spend; infinite for no cap. */
    public double costBudget() { return costBudget; }
    public boolean approved() { return approved; }
    public List<String> fallbackChain() { return fallbackChain; }
    /**
     * When true, a QPU job still queued or running at the per-job timeout is left with the
     * provider and the request ends {@link FallbackReason#PENDING} with its provider job id; when
     * false it is cancelled and the chain falls back ({@link FallbackReason#TIMEOUT}).
     */
    public boolean leavePending() { return leavePending; }

    @Override
    public boolean equals(Object o) {
        return o instanceof PoolConfig p && toString().equals(p.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    @Override
    public String toString() {
        return "PoolConfig[" + share + ", inFlight=" + maxInFlight + ", attempts=" + maxAttempts + ", backoff="
                + baseBackoff + ".." + maxBackoff + ", wait=" + maxWait + ", breaker=" + breakerFailureRate + "%/"
                + breakerWindow + "/" + breakerOpenFor + ", call=" + callTimeout + ", job=" + jobTimeout + ", poll="
                + pollInterval + ", shots=" + shotBudget + ", cost=" + costBudget + ", approved=" + approved
                + ", chain=" + fallbackChain + ", leavePending=" + leavePending + "]";
    }

    /** Builds a {@link PoolConfig}; every setter has the default documented on the class. */
    public static final class Builder {
        private double clusterRate = 5;
        private int executors = 1;
        private int maxInFlight = 4;
        private int maxAttempts = 6;
        private Duration baseBackoff = Duration.ofMillis(200);
        private Duration maxBackoff = Duration.ofSeconds(10);
        private Duration maxWait = Duration.ofSeconds(30);
        private float breakerFailureRate = 50;
        private int breakerWindow = 20;
        private Duration breakerOpenFor = Duration.ofSeconds(30);
        private Duration callTimeout = Duration.ofSeconds(10);
        private Duration jobTimeout = Duration.ofMinutes(10);
        private Duration pollInterval = Duration.ofMillis(500);
        private long shotBudget = Long.MAX_VALUE;
        private double costBudget = Double.POSITIVE_INFINITY;
        private boolean approved;
        private List<String> fallbackChain = List.of(QPU_TIER, "statevector", "heuristic");
        private boolean leavePending;

        /** The request rate for the whole cluster and how many executors share it. */
        public Builder clusterRate(double requestsPerSecond, int executors) {
            this.clusterRate = requestsPerSecond;
            this.executors = executors;
            return this;
        }

        public Builder maxInFlight(int n) { this.maxInFlight = n; return this; }
        public Builder maxAttempts(int n) { this.maxAttempts = n; return this; }
        public Builder backoff(Duration base, Duration max) {
            this.baseBackoff = Objects.requireNonNull(base, "base is null");
            this.maxBackoff = Objects.requireNonNull(max, "max is null");
            return this;
        }
        public Builder maxWait(Duration d) { this.maxWait = Objects.requireNonNull(d, "maxWait is null"); return this; }
        public Builder breaker(float failureRatePercent, int window, Duration openFor) {
            this.breakerFailureRate = failureRatePercent;
            this.breakerWindow = window;
            this.breakerOpenFor = Objects.requireNonNull(openFor, "openFor is null");
            return this;
        }
        public Builder callTimeout(Duration d) { this.callTimeout = Objects.requireNonNull(d, "callTimeout is null"); return this; }
        public Builder jobTimeout(Duration d) { this.jobTimeout = Objects.requireNonNull(d, "jobTimeout is null"); return this; }
        public Builder pollInterval(Duration d) { this.pollInterval = Objects.requireNonNull(d, "pollInterval is null"); return this; }
        public Builder shotBudget(long shots) { this.shotBudget = shots; return this; }
        public Builder costBudget(double cost) { this.costBudget = cost; return this; }
        public Builder approved(boolean approved) { this.approved = approved; return this; }
        public Builder fallbackChain(List<String> chain) { this.fallbackChain = List.copyOf(chain); return this; }
        public Builder leavePending(boolean leave) { this.leavePending = leave; return this; }

        public PoolConfig build() {
            return new PoolConfig(this);
        }
    }
}
