package io.qhybrid.pool;

import static java.util.Objects.requireNonNull;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.qhybrid.backend.BackendCapabilities;
import io.qhybrid.backend.QuantumBackend;
import io.qhybrid.backend.internal.RunnerBackend;
import io.qhybrid.simulator.SimulatorRunner;
import io.qhybrid.pool.internal.Guard;
import io.qhybrid.pool.internal.QpuAttempt;
import io.qhybrid.pool.internal.QpuOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The rate-limited gateway to one backend inside one executor JVM, shared by every task there
 * and never serialised (look it up with {@link BackendPools}). It owns the request rate limit
 * (this executor's {@link ClusterShare}), the in-flight bulkhead, retries with backoff that
 * honours {@code Retry-After}, the circuit breaker, the per-job timeout, one {@link RunBudget}
 * per run, idempotent submission, and the fallback chain.
 *
 * <p>{@link #execute} never throws for provider trouble and never loses a request: it walks
 * {@link PoolConfig#fallbackChain()} ({@code qpu} is this pool's backend; other names are
 * registered {@link FallbackTier}s) and returns which tier served and why the earlier ones did
 * not; when no tier can serve, the result says so with every reason. Every pool starts with the
 * tiers of the default chain: {@code statevector} (exact simulation, seeded by the request) and
 * {@code heuristic} (simulated annealing on the request's Ising model, when it carries one);
 * {@link #registerTier} replaces them or adds others. Every request, tier passed over, 429, retry
 * and in-flight job is counted in the backend's {@link BackendMetrics}.
 */
public final class BackendPool implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger("io.qhybrid.pool");

    private final QuantumBackend backend;
    private final PoolConfig config;
    private final BackendMetrics metrics;
    private final Guard guard;
    private final Bulkhead bulkhead;
    private final Map<String, RunBudget> budgets = new ConcurrentHashMap<>();
    private final Map<String, FallbackTier> tiers = new ConcurrentHashMap<>();

    /** A pool recording into this JVM's {@link PoolMetrics#jvm() metrics}. */
    public BackendPool(QuantumBackend backend, PoolConfig config) {
        this(backend, config, PoolMetrics.jvm());
    }

    public BackendPool(QuantumBackend backend, PoolConfig config, PoolMetrics metrics) {
        this.backend = requireNonNull(backend, "backend is null");
        this.config = requireNonNull(config, "config is null");
        this.metrics = requireNonNull(metrics, "metrics is null").backend(backend.name());
        this.guard = new Guard(backend.name(), config, this.metrics);
        guard.meterRequestsOf(backend);
        this.bulkhead = Bulkhead.of(backend.name(), BulkheadConfig.custom().maxConcurrentCalls(config.maxInFlight())
                .maxWaitDuration(config.maxWait()).build());
        registerTier(FallbackTier.statevector(SimulatorRunner.maxQubitsForHeap(RunnerBackend.DEFAULT_MAX_QUBITS)));
        registerTier(FallbackTier.heuristic());
    }

    /** Adds or replaces the tier of that name; the chain decides whether and when it is used. */
    public BackendPool registerTier(FallbackTier tier) {
        tiers.put(tier.name(), tier);
        return this;
    }

    public QuantumBackend backend() {
        return backend;
    }

    public PoolConfig config() {
        return config;
    }

    /** This executor's share of the cluster-wide rate, for lineage. */
    public ClusterShare share() {
        return config.share();
    }

    /** The budget of a run, created at the caps of the config on first use. */
    public RunBudget budget(String runId) {
        return budgets.computeIfAbsent(runId, id -> new RunBudget(config.shotBudget(), config.costBudget()));
    }

    public boolean breakerOpen() {
        return guard.isOpen();
    }

    /** Runs the request on the first tier of the chain that can serve it. */
    public PoolResult execute(PoolRequest request) {
        PoolResult result = walkChain(request);
        metrics.recordResult(result);
        return result;
    }

    private PoolResult walkChain(PoolRequest request) {
        long start = System.nanoTime();
        List<String> trail = new ArrayList<>();
        FallbackReason first = null;
        String error = null;
        String jobId = null;
        int attempts = 0;
        for (String tierName : config.fallbackChain()) {
            FallbackReason reason;
            if (tierName.equals(PoolConfig.QPU_TIER)) {
                QpuOutcome outcome = runQpu(request, start);
                attempts = outcome.attempts();
                jobId = outcome.providerJobId() != null ? outcome.providerJobId() : jobId;
                if (outcome.result() != null) {
                    return new PoolResult(tierName, first, trail, outcome.result().counts0(), jobId, attempts,
                            outcome.result().queueMillis(), outcome.result().executionMillis(), millisSince(start),
                            error);
                }
                reason = outcome.reason();
                error = outcome.error() != null ? outcome.error() : error;
                if (reason == FallbackReason.PENDING) { // the job lives on with the provider: no fallback now
                    trail.add(tierName + ":" + reason.code());
                    return new PoolResult(null, reason, trail, Map.of(), jobId, attempts, -1, -1, millisSince(start),
                            error);
                }
            } else {
                FallbackTier tier = tiers.get(tierName);
                FallbackTier.Refusal refusal = tier == null ? null : tier.refusal(request);
                if (tier == null) {
                    reason = FallbackReason.UNAVAILABLE;
                } else if (refusal != null) {
                    reason = refusal.reason();
                    // keep the earlier tiers' error: it says why the quantum answer is missing
                    error = error == null ? refusal.message() : error + "; " + refusal.message();
                } else {
                    try {
                        Map<String, Long> counts = tier.run(request);
                        return new PoolResult(tierName, first, trail, counts, jobId, attempts, -1, -1,
                                millisSince(start), error);
                    } catch (RuntimeException e) {
                        reason = FallbackReason.PROVIDER_FAILED;
                        error = e.getMessage();
                    }
                }
            }
            trail.add(tierName + ":" + reason.code());
            metrics.recordFallback(reason);
            first = first == null ? reason : first;
        }
        LOG.warning(() -> "no tier served " + request.idempotencyKey() + ": " + trail);
        return new PoolResult(null, first, trail, Map.of(), jobId, attempts, -1, -1, millisSince(start), error);
    }

    private QpuOutcome runQpu(PoolRequest request, long start) {
        if (!config.approved()) {
            return new QpuOutcome(null, FallbackReason.NOT_APPROVED, null, 0, null);
        }
        if (guard.isOpen()) {
            return new QpuOutcome(null, FallbackReason.CIRCUIT_OPEN, null, 0, null);
        }
        BackendCapabilities caps = backend.capabilities();
        if (!caps.accepts(request.circuit().numQubits(), request.shots())) {
            return new QpuOutcome(null, FallbackReason.UNSUPPORTED, null, 0, request.circuit().numQubits()
                    + " qubits x " + request.shots() + " shots is outside " + backend.name() + "'s limits");
        }
        try {
            return new QpuAttempt(backend, config, guard, bulkhead, budget(request.runId()), metrics, request,
                    start).run();
        } catch (RuntimeException e) { // a backend bug must not lose the request: record it and fall back
            LOG.warning(() -> "QPU tier of " + backend.name() + " failed unexpectedly for " + request.idempotencyKey()
                    + ": " + e);
            return new QpuOutcome(null, FallbackReason.PROVIDER_FAILED, null, 0, String.valueOf(e.getMessage()));
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Override
    public void close() {
        backend.close();
    }
}
