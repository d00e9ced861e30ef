package io.qhybrid.backend.internal;

import static java.util.Objects.requireNonNull;

import io.qhybrid.backend.BackendCapabilities;
import io.qhybrid.backend.BackendConfig;
import io.qhybrid.backend.BackendFactory;
import io.qhybrid.backend.CircuitRunner;
import io.qhybrid.backend.CostModel;
import io.qhybrid.backend.CountsResult;
import io.qhybrid.backend.JobHandle;
import io.qhybrid.backend.JobStatus;
import io.qhybrid.backend.NoiseParameters;
import io.qhybrid.backend.QuantumBackend;
import io.qhybrid.backend.SubmitRequest;
import io.qhybrid.circuit.Gate;
import io.qhybrid.error.QHybridErrors;
import io.qhybrid.simulator.SimulatorRunner;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A backend that runs circuits in this JVM through a {@link CircuitRunner}: the whole of the
 * {@code statevector} and {@code noisy} backends is one {@link #factory} call each. Jobs
 * complete inside {@code submit} (seeded by the request), results stay in memory until read.
 * Option {@code max-qubits} (default: what the heap holds twice over, at most
 * {@value #DEFAULT_MAX_QUBITS}).
 */
public final class RunnerBackend implements QuantumBackend {
    /** The default ceiling of {@code max-qubits}: a 26-qubit state takes 1 GiB. */
    public static final int DEFAULT_MAX_QUBITS = 26;

    private final BackendConfig config;
    private final CircuitRunner runner;
    private final NoiseParameters noise;
    private final Map<String, CountsResult> results = new ConcurrentHashMap<>();

    public RunnerBackend(BackendConfig config, CircuitRunner runner, NoiseParameters noise) {
        this.config = requireNonNull(config, "config is null");
        this.runner = requireNonNull(runner, "runner is null");
        this.noise = requireNonNull(noise, "noise is null");
    }

    /** A factory for {@code type} backends over {@code runner}; no credentials needed. */
    public static BackendFactory factory(String type, CircuitRunner runner, NoiseParameters noise) {
        requireNonNull(runner, "runner is null");
        return factory(type, config -> runner, noise);
    }

    /** A factory whose runner depends on the backend's options (e.g. a noise file). */
    public static BackendFactory factory(String type, Function<BackendConfig, CircuitRunner> runners,
            NoiseParameters noise) {
        requireNonNull(type, "type is null");
        requireNonNull(runners, "runners is null");
        requireNonNull(noise, "noise is null");
        return new BackendFactory() {
            @Override
            public String type() {
                return type;
            }

            @Override
            public QuantumBackend create(BackendConfig config, io.qhybrid.backend.SecretSource secrets) {
                return new RunnerBackend(config, runners.apply(config), noise);
            }
        };
    }

    @Override
    public String name() {
        return config.name();
    }

    @Override
    public String provider() {
        return config.type();
    }

    @Override
    public BackendCapabilities capabilities() {
        return new BackendCapabilities((int) config.longOption("max-qubits",
                SimulatorRunner.maxQubitsForHeap(DEFAULT_MAX_QUBITS)), EnumSet.allOf(Gate.class), 1,
                10_000_000, 1_000, CostModel.FREE, null);
    }

    @Override
    public JobHandle submit(SubmitRequest request) {
        int widest = request.circuits().stream().mapToInt(c -> c.numQubits()).max().orElse(0);
        if (widest > capabilities().maxQubits()) {
            throw QHybridErrors.tooLarge("a " + widest + "-qubit circuit", widest, capabilities().maxQubits(),
                    "Raise max-qubits for backend '" + name() + "' or route the subproblem elsewhere.");
        }
        long started = System.nanoTime();
        List<Map<String, Long>> counts = request.circuits().stream()
                .map(c -> runner.run(c, request.shots(), request.seed(), noise)).toList();
        String id = name() + "-" + request.idempotencyKey();
        results.put(id, new CountsResult(counts, id, config.type(), null, 0, (System.nanoTime() - started) / 1_000_000));
        return new JobHandle(name(), id, request.idempotencyKey());
    }

    @Override
    public JobStatus status(JobHandle handle) {
        return results.containsKey(handle.providerJobId()) ? JobStatus.COMPLETED : JobStatus.FAILED;
    }

    @Override
    public CountsResult result(JobHandle handle) {
        CountsResult r = results.remove(handle.providerJobId());
        if (r == null) {
            throw QHybridErrors.invalidArgument("job", handle.providerJobId(),
                    "Local jobs live in the JVM that ran them and are read once.");
        }
        return r;
    }

    @Override
    public void cancel(JobHandle handle) {
        // local jobs complete inside submit: nothing left to cancel
    }
}
