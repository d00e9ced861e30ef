package io.qhybrid.pipelines.internal;

import io.qhybrid.pipelines.ExecutionPlan;
import io.qhybrid.pool.BackendPool;
import io.qhybrid.pool.BackendPools;

/** The per-task view of a plan: its pools, looked up in this JVM. */
public final class TaskContext {
    private final ExecutionPlan plan;

    public TaskContext(ExecutionPlan plan) {
        this.plan = plan;
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
