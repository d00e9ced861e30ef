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
 * total over the active stages of the run's job group, and the time so far. Closing stops it.
 */
final class Progress implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Progress.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "qhybrid-progress");
        t.setDaemon(true);
        return t;
    });

    Progress(SparkSession spark, String what, String jobGroup, int periodSeconds) {
        long start = System.nanoTime();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        timer.scheduleAtFixedRate(() -> {
            int done = 0;
            int total = 0;
            for (int job : sc.statusTracker().getJobIdsForGroup(jobGroup)) {
                var info = sc.statusTracker().getJobInfo(job);
                if (info == null) {
                    continue;
                }
                for (int stage : info.stageIds()) {
                    SparkStageInfo s = sc.statusTracker().getStageInfo(stage);
                    if (s != null && s.numActiveTasks() > 0) {
                        done += s.numCompletedTasks();
                        total += s.numTasks();
                    }
                }
            }
            if (total > 0) {
                LOG.info("{}: {}/{} tasks done, {} s", what, done, total, (System.nanoTime() - start) / 1_000_000_000);
            }
        }, periodSeconds, periodSeconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
