package io.qhybrid.pipelines.internal;

import io.qhybrid.pipelines.ExecutionPlan;
import io.qhybrid.pool.BackendPool;
import io.qhybrid.pool.BackendPools;
import io.qhybrid.pool.PoolRequest;

/** The per-task view of a plan: its pools, looked up in this JVM, and whether this task is a retry. */
public final class TaskContext {
    private final ExecutionPlan plan;
    private final boolean earlierAttempt;

    /**
     * @param recompute the solve stage has completed once already, so this task recomputes a lost
     *     partition of its cached output (see {@code SubproblemExecutor#solveStageCompleted})
     */
    public TaskContext(ExecutionPlan plan, boolean recompute) {
        this.plan = plan;
        org.apache.spark.TaskContext task = org.apache.spark.TaskContext.get(); // null outside a Spark task
        boolean retried = task != null && (task.attemptNumber() > 0 || task.stageAttemptNumber() > 0);
        this.earlierAttempt = plan.rerun() || retried || recompute;
    }

    /**
     * The request as this task sends it: when an earlier attempt may have created provider jobs
     * (this task or its stage is a retry, a recompute of a lost partition, or the date ran before),
     * marked so that the pool looks up the job of its idempotency key before creating one.
     */
    public PoolRequest submission(PoolRequest request) {
        return earlierAttempt ? request.asResubmission() : request;
    }

    public ExecutionPlan plan() {
        return plan;
    }

    public BackendPool simulatorPool() {
        return BackendPools.get(plan.simulator(), plan.simulatorPool());
    }

    /** The QPU pool; only called for rows routed to the QPU, which a plan without one never has. */
    public BackendPool qpuPool() {
        if (plan.qpu() == null) {
            throw new IllegalStateException("a subproblem was routed to the QPU but the plan has no QPU backend");
        }
        return BackendPools.get(plan.qpu(), plan.qpuPool());
    }
}
