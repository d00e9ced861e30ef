package io.qhybrid.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import io.qhybrid.backend.BackendConfig;
import io.qhybrid.circuit.Circuit;
import io.qhybrid.pipelines.maxcut.MaxCutJob;
import io.qhybrid.pool.PoolConfig;
import io.qhybrid.pool.PoolRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A partition of the cached solve output that is recomputed after the solve stage (its executor
 * was lost) must send its QPU requests as resubmissions. Spark ships the function anew with each
 * stage by Java serialisation, so the driver's mark has to survive that round trip.
 */
class SubproblemExecutorRecomputeTest {
    private static final ExecutionPlan PLAN = new ExecutionPlan("maxcut", "run-1", LocalDate.of(2026, 11, 24), 7, 1, 1, 10,
            100, 1, 1, 10, 12, 10, 1, BackendConfig.of("simulator-statevector", "statevector", null), PoolConfig.defaults(),
            null, null, 100, 24, false);
    private static final PoolRequest REQUEST = new PoolRequest("run-1", "qh-key-1",
            Circuit.builder(2).h(0).h(1).build(), 100, 1);

    @Test
    void firstSolveSendsFirstSubmissionsAndARecomputeAfterTheStageSendsResubmissions() throws Exception {
        SubproblemExecutor executor = new SubproblemExecutor(PLAN, new MaxCutJob().defaultKind());
        assertThat(roundTrip(executor).taskContext().submission(REQUEST).resubmission()).isFalse();

        executor.solveStageCompleted();
        assertThat(roundTrip(executor).taskContext().submission(REQUEST).resubmission()).isTrue();
    }

    private static SubproblemExecutor roundTrip(SubproblemExecutor executor) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(executor);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (SubproblemExecutor) in.readObject();
        }
    }
}
