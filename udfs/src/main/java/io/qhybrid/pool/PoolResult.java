package io.qhybrid.pool;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What happened to one {@link PoolRequest}: which tier served it (or none), why earlier tiers
 * did not ({@code fallbackReason}: the first reason; {@code trail}: {@code tier:reason} for every
 * tier passed over), the counts, the provider job when one was created, and timings.
 *
 * @param tier the serving tier ({@code qpu}, {@code statevector}, ...), or null when none could
 * @param fallbackReason why the first tier did not serve, or null when it did
 * @param trail every tier passed over, as {@code tier:reason}, in order
 * @param counts bitstring to count, qubit 0 rightmost; empty when no tier served
 * @param providerJobId the QPU job, or null when none was created
 * @param attempts submit attempts made on the QPU tier (0 when it was skipped)
 * @param queueMillis provider queue time, or -1
 * @param executionMillis provider execution time, or -1
 * @param totalMillis wall time in the pool
 * @param error the last error message (never a credential), or null
 */
public record PoolResult(String tier, FallbackReason fallbackReason, List<String> trail, Map<String, Long> counts,
        String providerJobId, int attempts, long queueMillis, long executionMillis, long totalMillis, String error)
        implements Serializable {
    public PoolResult {
        trail = List.copyOf(trail);
        counts = java.util.Collections.unmodifiableMap(new TreeMap<>(counts));
    }

    /** True when the QPU job was left with the provider to be collected later ({@link FallbackReason#PENDING}). */
    public boolean pending() {
        return fallbackReason == FallbackReason.PENDING;
    }

    /** True when some tier answered. */
    public boolean served() {
        return tier != null;
    }
}
