package io.qhybrid.pool;

import java.io.Serializable;
import java.util.Map;

/**
 * How a cluster-wide request rate is split: each executor's pool gets {@code clusterLimit /
 * executors}. Written into lineage ({@link #toLineage()}) so a run records the rate each executor
 * was allowed.
 */
public record ClusterShare(double clusterLimit, int executors, double perExecutor) implements Serializable {
    public static ClusterShare of(double clusterLimit, int executors) {
        if (!(clusterLimit > 0) || executors < 1) {
            throw new IllegalArgumentException("need a positive cluster limit and at least one executor, got "
                    + clusterLimit + " / " + executors);
        }
        return new ClusterShare(clusterLimit, executors, clusterLimit / executors);
    }

    public Map<String, String> toLineage() {
        return Map.of("pool.cluster_requests_per_second", Double.toString(clusterLimit),
                "pool.executors", Integer.toString(executors),
                "pool.executor_requests_per_second", Double.toString(perExecutor));
    }
}
