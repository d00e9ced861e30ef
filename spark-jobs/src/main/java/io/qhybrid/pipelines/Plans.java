package io.qhybrid.pipelines;

import io.qhybrid.backend.BackendConfig;
import io.qhybrid.jobs.JobContext;
import io.qhybrid.pool.PoolConfig;
import java.time.Duration;
import java.util.List;

/** Builds a run's {@link ExecutionPlan} from its options on the driver. */
final class Plans {
    private Plans() {}

    /** @param rerun whether an earlier run of this job and date exists (see {@link ExecutionPlan#rerun()}) */
    static ExecutionPlan of(JobContext context, PipelineOptions options, PipelineJob.QpuTarget qpu, boolean rerun) {
        String type = options.simulatorBackend();
        BackendConfig simulator = BackendConfig.of("simulator-" + type, type, null);
        if (!options.simulatorNoiseFile().isEmpty()) {
            simulator = simulator.withOption("noise-file", context.resolvePath(options.simulatorNoiseFile()).toString());
        }
        // local simulation: no rate limit worth the name, a slot per concurrent task, no budget, and
        // polling at once (a local backend has finished when submit returns; the default 500 ms
        // poll interval would add half a second to every subproblem)
        PoolConfig simulatorPool = PoolConfig.builder().clusterRate(1_000_000, 1).maxInFlight(1024)
                .pollInterval(Duration.ofMillis(1))
                .maxWait(Duration.ofMinutes(30)).approved(true).fallbackChain(List.of(PoolConfig.QPU_TIER, "heuristic"))
                .build();
        BackendConfig qpuConfig = null;
        PoolConfig qpuPool = null;
        if (qpu.config() != null && qpu.healthy()) {
            int executors = executors(context);
            qpuConfig = qpu.config();
            // the run's budgets and the provider's rate are cluster-wide: each executor gets its share
            qpuPool = PoolConfig.builder().clusterRate(options.qpuRate(), executors)
                    .shotBudget(options.qpuMaxShots() / executors).costBudget(options.qpuMaxCost() / executors)
                    .approved(true).jobTimeout(Duration.ofSeconds(options.qpuWaitSeconds())).leavePending(true)
                    .build();
        }
        return new ExecutionPlan(context.config().job(), context.runId(), context.runDate(), options.seed(),
                options.qaoaLayers(), options.qaoaStarts(), options.qaoaMaxEvaluations(), options.shots(),
                options.vqeDepth(), options.vqeStarts(), options.vqeMaxEvaluations(), options.baselineExactMax(),
                options.annealingSweeps(), options.annealingRestarts(), simulator, simulatorPool, qpuConfig, qpuPool,
                options.qpuShots(), options.qpuCollectDeadlineHours(), rerun);
    }

    /** Executors sharing the QPU's limits: 1 in local mode, else the registered executors. */
    static int executors(JobContext context) {
        int registered = context.spark().sparkContext().getExecutorMemoryStatus().size() - 1; // minus the driver
        return Math.max(1, registered);
    }
}
