package io.qhybrid.pool.internal;

import io.qhybrid.backend.CountsResult;
import io.qhybrid.pool.FallbackReason;

/** How the QPU tier ended for one request: counts, or the reason it did not serve. */
public record QpuOutcome(CountsResult result, FallbackReason reason, String providerJobId, int attempts,
        String error) {
    static QpuOutcome served(CountsResult result, int attempts) {
        return new QpuOutcome(result, null, result.providerJobId(), attempts, null);
    }

    static QpuOutcome skipped(FallbackReason reason, String jobId, int attempts, String error) {
        return new QpuOutcome(null, reason, jobId, attempts, error);
    }
}
