package io.qhybrid.pipelines;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkStageInfo;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs the progress of a long stage every {@code period} seconds while it runs: tasks done of
 * total over the active stages (the driver waits on this stage alone), and the time so far.
 * Closing stops it.
 */
final class Progress implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Progress.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "qhybrid-progress");
        t.setDaemon(true);
        return t;
    });

    Progress(SparkSession spark, String what, int periodSeconds) {
        long start = System.nanoTime();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        timer.scheduleAtFixedRate(() -> {
            try {
                report(sc, what, start);
            } catch (RuntimeException e) { // a failed run would cancel the schedule silently
                LOG.warn("{}: no progress figures: {}", what, e.toString());
            }
        }, periodSeconds, periodSeconds, TimeUnit.SECONDS);
    }

    private static void report(JavaSparkContext sc, String what, long start) {
        int done = 0;
        int total = 0;
        for (int stage : sc.statusTracker().getActiveStageIds()) {
            SparkStageInfo s = sc.statusTracker().getStageInfo(stage);
            if (s != null) {
                done += s.numCompletedTasks();
                total += s.numTasks();
            }
        }
        if (total > 0) {
            LOG.info("{}: {}/{} tasks done, {} s", what, done, total, (System.nanoTime() - start) / 1_000_000_000);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
