package io.qhybrid.pipelines;

import static java.util.Objects.requireNonNull;

import io.qhybrid.backend.BackendConfig;
import io.qhybrid.pool.PoolConfig;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * What every solve task of one pipeline run needs, built on the driver and shipped to executors:
 * the run's identity, the solver settings, and the two backend/pool configs (simulator tier, QPU
 * tier or null). Small, immutable and serialisable; executors look their pools up from it
 * ({@link io.qhybrid.pool.BackendPools}), never receive a pool.
 *
 * @param qpu the QPU backend, or null when the run routes nothing to the QPU
 * @param collectDeadlineHours how long a pending QPU job may stay with the provider before
 *     {@code collect} applies the fallback
 * @param rerun an earlier run of this job and date exists (finished, failed or killed): its QPU
 *     submissions may already exist with the provider, so every submission of this run looks for
 *     the job of its idempotency key before creating one
 */
public record ExecutionPlan(String job, String runId, LocalDate runDate, long seed, int qaoaLayers, int qaoaStarts,
        int qaoaMaxEvaluations, int shots, int vqeDepth, int vqeStarts, int vqeMaxEvaluations, int baselineExactMax,
        int annealingSweeps, int annealingRestarts, BackendConfig simulator, PoolConfig simulatorPool,
        BackendConfig qpu, PoolConfig qpuPool, int qpuShots, long collectDeadlineHours, boolean rerun)
        implements Serializable {
    public ExecutionPlan {
        requireNonNull(job, "job is null");
        requireNonNull(runId, "runId is null");
        requireNonNull(runDate, "runDate is null");
        requireNonNull(simulator, "simulator is null");
        requireNonNull(simulatorPool, "simulatorPool is null");
    }

    /**
     * The seed of one subproblem: the same for every rerun of the date, so reruns reproduce
     * their results, and different across subproblems.
     */
    public long seedOf(String subproblemId) {
        byte[] d = sha256(seed + "|" + runDate + "|" + job + "|" + subproblemId);
        long s = 0;
        for (int i = 0; i < 8; i++) {
            s = (s << 8) | (d[i] & 0xff);
        }
        return s;
    }

    /**
     * The idempotency key of a backend submission: deterministic in run date, job, subproblem and
     * attempt, so a retried task, a retried stage or a rerun of the date after a crash finds the
     * provider job it created instead of creating (and paying for) another.
     */
    public String idempotencyKey(String subproblemId, int attempt) {
        return "qh-" + HexFormat.of().formatHex(sha256(runDate + "|" + job + "|" + subproblemId + "|" + attempt))
                .substring(0, 32);
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Hex SHA-256 of a text: model and circuit digests in lineage. */
    public static String digest(String text) {
        return HexFormat.of().formatHex(sha256(text));
    }
}
