package io.qhybrid.pool.internal;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.qhybrid.backend.BackendCallException;
import io.qhybrid.backend.CountsResult;
import io.qhybrid.backend.JobHandle;
import io.qhybrid.backend.JobStatus;
import io.qhybrid.backend.QuantumBackend;
import io.qhybrid.backend.SubmitRequest;
import io.qhybrid.backend.SupportsReconcile;
import io.qhybrid.error.QHybridException;
import io.qhybrid.pool.BackendMetrics;
import io.qhybrid.pool.FallbackReason;
import io.qhybrid.pool.PoolConfig;
import io.qhybrid.pool.PoolRequest;
import io.qhybrid.pool.RunBudget;
import java.util.Optional;

/**
 * One request on the QPU tier: reserve budget, take an in-flight slot, submit idempotently, poll
 * to a terminal state within the job timeout, fetch counts. Idempotent submit: after a call whose
 * outcome is unknown, the next attempt first asks the backend for a job under the same key
 * ({@link SupportsReconcile}) and resubmits only if there is none; a backend that cannot
 * reconcile gets a fresh budget reservation before each such resubmission, since two jobs may
 * then exist. A request marked {@link PoolRequest#resubmission()} (a retried task, a rerun) is
 * looked up the same way before its first submission. The reservation is released only when no job can have been created.
 */
public final class QpuAttempt {
    private final QuantumBackend backend;
    private final PoolConfig config;
    private final Guard guard;
    private final Bulkhead bulkhead;
    private final RunBudget budget;
    private final BackendMetrics metrics;
    private final PoolRequest request;
    private final long deadline;
    private final long shots;
    private final double cost;
    private int attempts;
    private int reservations;
    private boolean unclear;

    public QpuAttempt(QuantumBackend backend, PoolConfig config, Guard guard, Bulkhead bulkhead, RunBudget budget,
            BackendMetrics metrics, PoolRequest request, long startNanos) {
        this.backend = backend;
        this.config = config;
        this.guard = guard;
        this.bulkhead = bulkhead;
        this.budget = budget;
        this.metrics = metrics;
        this.request = request;
        this.deadline = startNanos + config.jobTimeout().toNanos();
        this.shots = request.shots();
        this.cost = backend.capabilities().costModel().cost(1, request.shots());
        // an earlier attempt may have created the job: treat the first submission like one after an unclear call
        this.unclear = request.resubmission();
    }

    public QpuOutcome run() {
        if (!budget.reserve(shots, cost)) {
            return QpuOutcome.skipped(FallbackReason.BUDGET_EXHAUSTED, null, 0, budget.toString());
        }
        reservations = 1;
        if (!bulkhead.tryAcquirePermission()) {
            budget.release(shots, cost);
            return QpuOutcome.skipped(FallbackReason.BULKHEAD_FULL, null, 0, null);
        }
        metrics.jobStarted();
        try {
            JobHandle handle;
            try {
                handle = submit();
            } catch (RuntimeException e) {
                return notSubmitted(e);
            }
            return poll(handle);
        } finally {
            metrics.jobEnded();
            bulkhead.onComplete();
        }
    }

    private JobHandle submit() {
        SubmitRequest submit = SubmitRequest.builder().circuit(request.circuit()).shots(request.shots())
                .seed(request.seed()).idempotencyKey(request.idempotencyKey()).build();
        Retry retry = Retry.of("submit", RetryConfig.<JobHandle>custom().maxAttempts(config.maxAttempts())
                .retryOnException(e -> e instanceof QHybridException q && q.retryable())
                .intervalBiFunction(new Backoff<>(config.baseBackoff(), config.maxBackoff())).build());
        retry.getEventPublisher().onRetry(event -> metrics.recordRetry());
        return retry.executeSupplier(() -> {
            checkDeadline();
            if (unclear) {
                Optional<JobHandle> existing = findOrPrepareResubmit();
                if (existing.isPresent()) {
                    return existing.get();
                }
            }
            attempts++;
            try {
                return guard.call(() -> backend.submit(submit));
            } catch (BackendCallException e) {
                unclear |= e.outcomeUnknown();
                throw e;
            }
        });
    }

    /** After an unclear attempt: the job if it exists; otherwise make sure the budget covers one more. */
    private Optional<JobHandle> findOrPrepareResubmit() {
        if (backend instanceof SupportsReconcile r) {
            Optional<JobHandle> found = guard.call(() -> r.reconcile(request.idempotencyKey()));
            unclear = false; // the lookup answered: either the job, or certainly none
            return found;
        }
        if (!budget.reserve(shots, cost)) {
            throw new BudgetStop();
        }
        reservations++;
        unclear = false;
        return Optional.empty();
    }

    private QpuOutcome notSubmitted(RuntimeException e) {
        if (unclear && backend instanceof SupportsReconcile r) {
            try { // the last attempt may have created the job: look once more before giving up
                Optional<JobHandle> found = guard.call(() -> r.reconcile(request.idempotencyKey()));
                if (found.isPresent()) {
                    return poll(found.get());
                }
                unclear = false;
            } catch (RuntimeException ignored) {
                // still unknown: keep the reservation
            }
        }
        if (!unclear) {
            budget.release(shots, cost); // no attempt can have created a job ...
            reservations--;
        } // ... and extra reservations for unreconcilable resubmissions stay spent
        return QpuOutcome.skipped(reasonFor(e), null, attempts, message(e));
    }

    private QpuOutcome poll(JobHandle handle) {
        while (true) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                if (config.leavePending()) {
                    return QpuOutcome.skipped(FallbackReason.PENDING, handle.providerJobId(), attempts,
                            "job still with the provider after " + config.jobTimeout() + "; collect it later");
                }
                cancelQuietly(handle);
                return QpuOutcome.skipped(FallbackReason.TIMEOUT, handle.providerJobId(), attempts,
                        "job did not finish within " + config.jobTimeout());
            }
            sleepMillis(Math.min(config.pollInterval().toMillis(), remaining / 1_000_000 + 1));
            try {
                JobStatus status = guard.call(() -> backend.status(handle));
                if (status == JobStatus.COMPLETED) {
                    CountsResult result = guard.call(() -> backend.result(handle));
                    return QpuOutcome.served(result, attempts);
                }
                if (status == JobStatus.FAILED || status == JobStatus.CANCELLED) {
                    return QpuOutcome.skipped(FallbackReason.PROVIDER_FAILED, handle.providerJobId(), attempts,
                            "job " + handle.providerJobId() + " ended " + status);
                }
            } catch (QHybridException e) {
                if (!e.retryable()) {
                    return QpuOutcome.skipped(FallbackReason.PROVIDER_FAILED, handle.providerJobId(), attempts,
                            e.getMessage());
                }
                if (!(e instanceof BackendCallException b && b.notReady())) {
                    metrics.recordRetry(); // "no results yet" is the normal answer of a poll, not a failure
                }
                if (e instanceof BackendCallException b) {
                    b.retryAfter().ifPresent(d -> sleepMillis(Math.min(d.toMillis(),
                            Math.max(0, (deadline - System.nanoTime()) / 1_000_000))));
                }
            } catch (CallNotPermittedException | RequestNotPermitted e) {
                return QpuOutcome.skipped(reasonFor(e), handle.providerJobId(), attempts, message(e));
            }
        }
    }

    private void cancelQuietly(JobHandle handle) {
        try {
            guard.call(() -> {
                backend.cancel(handle);
                return null;
            });
        } catch (RuntimeException ignored) {
            // the job is recorded with its id; a later reconcile can still find it
        }
    }

    private void checkDeadline() {
        if (System.nanoTime() > deadline) {
            throw new DeadlineStop();
        }
    }

    private static FallbackReason reasonFor(Throwable e) {
        if (e instanceof BudgetStop) {
            return FallbackReason.BUDGET_EXHAUSTED;
        }
        if (e instanceof DeadlineStop) {
            return FallbackReason.TIMEOUT;
        }
        if (e instanceof CallNotPermittedException) {
            return FallbackReason.CIRCUIT_OPEN;
        }
        if (e instanceof RequestNotPermitted || e instanceof BackendCallException b && b.rateLimited()) {
            return FallbackReason.RATE_LIMITED;
        }
        return FallbackReason.PROVIDER_FAILED;
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(Math.max(0, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeadlineStop();
        }
    }

    /** The number of budget reservations this request holds (1, or more after unreconcilable retries). */
    public int reservations() {
        return reservations;
    }

    private static final class BudgetStop extends RuntimeException {
        BudgetStop() {
            super("the run's budget cannot cover a resubmission whose first attempt may have created a job", null,
                    false, false);
        }
    }

    private static final class DeadlineStop extends RuntimeException {
        DeadlineStop() {
            super("per-job timeout passed while submitting", null, false, false);
        }
    }
}
