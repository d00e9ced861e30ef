package io.qhybrid.simulator.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Splits an index range over a fixed number of threads. One thread runs inline with no
 * executor at all; pools are shared per thread count and made of daemon threads, because a
 * simulator lives per executor JVM and must never keep it alive.
 */
public final class Parallel {
    /** Below this many work items a split costs more than it saves. */
    private static final long MIN_SPLIT = 1L << 16;
    private static final Map<Integer, ExecutorService> POOLS = new ConcurrentHashMap<>();

    private final int threads;

    private Parallel(int threads) {
        this.threads = threads;
    }

    public static Parallel of(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        return new Parallel(threads);
    }

    public int threads() {
        return threads;
    }

    /** A body over the half-open range [from, to). */
    @FunctionalInterface
    public interface Range {
        void run(long from, long to);
    }

    /** A body returning a partial sum over [from, to). */
    @FunctionalInterface
    public interface RangeSum {
        double sum(long from, long to);
    }

    public void forRange(long total, Range body) {
        forRange(total, MIN_SPLIT, body);
    }

    /** Like {@link #forRange(long, Range)} for coarse items: splits once total reaches minSplit. */
    public void forRange(long total, long minSplit, Range body) {
        if (threads == 1 || total < minSplit || total < threads) {
            body.run(0, total);
            return;
        }
        sum(total, minSplit, (from, to) -> {
            body.run(from, to);
            return 0.0;
        });
    }

    /** Partial sums are added in range order, so a result depends only on the thread count. */
    public double sum(long total, RangeSum body) {
        return sum(total, MIN_SPLIT, body);
    }

    private double sum(long total, long minSplit, RangeSum body) {
        if (threads == 1 || total < minSplit || total < threads) {
            return body.sum(0, total);
        }
        ExecutorService pool = POOLS.computeIfAbsent(threads, Parallel::newPool);
        long step = (total + threads - 1) / threads;
        List<Future<Double>> parts = new ArrayList<>(threads);
        for (int t = 1; t < threads; t++) {
            long from = Math.min(total, t * step);
            long to = Math.min(total, from + step);
            parts.add(pool.submit(() -> body.sum(from, to)));
        }
        double result = body.sum(0, Math.min(total, step));
        try {
            for (Future<Double> part : parts) {
                result += part.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while simulating", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("simulation worker failed", e.getCause());
        }
        return result;
    }

    private static ExecutorService newPool(int threads) {
        return Executors.newFixedThreadPool(threads - 1, r -> {
            Thread thread = new Thread(r, "qhybrid-simulator");
            thread.setDaemon(true);
            return thread;
        });
    }
}
