package io.qhybrid.pool;

import io.qhybrid.backend.BackendConfig;
import io.qhybrid.backend.BackendFactories;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-JVM registry of pools, keyed by backend and pool configuration: every task of an
 * executor that names the same config gets the same pool, so the rate limit, bulkhead, breaker
 * and budgets are shared across the executor's threads. Closures capture the two small configs,
 * never a pool. The per-call timeout of the config becomes the backend's HTTP timeout unless the
 * backend config sets {@code call-timeout-ms} itself.
 */
public final class BackendPools {
    private record Key(BackendConfig backend, PoolConfig pool) {}

    private static final Map<Key, BackendPool> POOLS = new ConcurrentHashMap<>();

    private BackendPools() {}

    public static BackendPool get(BackendConfig backend, PoolConfig pool) {
        return POOLS.computeIfAbsent(new Key(backend, pool), k -> {
            BackendConfig withTimeout = backend.options().containsKey("call-timeout-ms") ? backend
                    : backend.withOption("call-timeout-ms", Long.toString(pool.callTimeout().toMillis()));
            return new BackendPool(BackendFactories.create(withTimeout), pool);
        });
    }

    /** Closes and forgets every pool (end of a JVM's work, and tests). */
    public static void closeAll() {
        POOLS.values().forEach(BackendPool::close);
        POOLS.clear();
    }
}
