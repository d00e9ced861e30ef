package io.qhybrid.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What became of the work a reliability bench sent, in one line shared by {@code bench faults} and
 * {@code bench load}: tried, survived (ended terminal: served, or recorded with every reason),
 * duplicates (rows per table key beyond one, and provider jobs per idempotency key beyond one, as
 * the emulator counted them), lost (tried, yet no terminal outcome), and the peak heap seen by a
 * sampler against the JVM's maximum. A bench exits non-zero when {@link #holds()} is false.
 */
record Survival(String bench, String scenario, long tried, long survived, long duplicateRows, long duplicateJobs,
        long lost, long peakHeapBytes, long maxHeapBytes) {

    /** Duplicates and losses are zero, and every tried item either survived or is counted lost. */
    boolean holds() {
        return duplicateRows == 0 && duplicateJobs == 0 && lost == 0 && survived == tried;
    }

    String line() {
        return String.format(Locale.ROOT, "%s %s: tried %d, survived %d, duplicates %d (rows per key > 1: %d, "
                        + "provider jobs per key > 1: %d), lost %d, peak heap %d MiB of %d MiB -> %s",
                bench, scenario, tried, survived, duplicateRows + duplicateJobs, duplicateRows, duplicateJobs, lost,
                peakHeapBytes >> 20, maxHeapBytes >> 20, holds() ? "ok" : "BROKEN");
    }

    /** Samples the used heap every {@code periodMillis} on a daemon thread until closed; keeps the peak. */
    static final class HeapSampler implements AutoCloseable {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private final Thread thread;
        private volatile boolean running = true;

        HeapSampler(long periodMillis) {
            thread = new Thread(() -> {
                while (running) {
                    sample();
                    try {
                        Thread.sleep(periodMillis);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        private final AtomicLong peakLive = new AtomicLong();

        private void sample() {
            long used = memory.getHeapMemoryUsage().getUsed();
            peak.accumulateAndGet(used, Math::max);
            long live = 0; // what the heap pools held after their last collection: garbage excluded
            for (java.lang.management.MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                java.lang.management.MemoryUsage after = pool.getCollectionUsage();
                if (pool.getType() == java.lang.management.MemoryType.HEAP && after != null) {
                    live += after.getUsed();
                }
            }
            peakLive.accumulateAndGet(live, Math::max);
        }

        /** The largest used heap sampled, garbage included. */
        long peakBytes() {
            sample();
            return peak.get();
        }

        /** The largest heap left after a collection that was sampled: the live set's high-water mark. */
        long peakAfterCollectionBytes() {
            sample();
            return peakLive.get();
        }

        static long maxBytes() {
            return Runtime.getRuntime().maxMemory();
        }

        @Override
        public void close() {
            running = false;
            thread.interrupt();
        }
    }
}
