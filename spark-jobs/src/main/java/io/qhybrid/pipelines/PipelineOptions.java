package io.qhybrid.pipelines;

import io.qhybrid.backend.BackendConfig;
import io.qhybrid.error.QHybridErrors;
import io.qhybrid.jobs.config.JobConfig;
import io.qhybrid.simulator.StateVectorSimulator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The keys every pipeline job ({@code portfolio}, {@code maxcut}, {@code molecule}) shares:
 * routing limits, the QAOA/VQE loops, the simulator tier, the classical baselines and the QPU
 * tier. Each job adds its own prep keys. Precedence, as for every job: {@code --set} > job file >
 * these defaults. A test pins every default.
 */
public final class PipelineOptions {
    public static final String PARTITIONS = "execution.partitions";
    public static final String SEED = "seed";
    public static final String EXACT_MAX_VARIABLES = "routing.exact-max-variables";
    public static final String SIMULATOR_MAX_QUBITS = "routing.simulator-max-qubits";
    public static final String QAOA_LAYERS = "qaoa.layers";
    public static final String QAOA_STARTS = "qaoa.starts";
    public static final String QAOA_MAX_EVALUATIONS = "qaoa.max-evaluations";
    public static final String SHOTS = "qaoa.shots";
    public static final String VQE_DEPTH = "vqe.depth";
    public static final String VQE_STARTS = "vqe.starts";
    public static final String VQE_MAX_EVALUATIONS = "vqe.max-evaluations";
    public static final String SIMULATOR_BACKEND = "simulator.backend";
    public static final String SIMULATOR_NOISE_FILE = "simulator.noise-file";
    public static final String BASELINE_EXACT_MAX = "baselines.exact-max-variables";
    public static final String ANNEALING_SWEEPS = "baselines.annealing-sweeps";
    public static final String ANNEALING_RESTARTS = "baselines.annealing-restarts";
    public static final String QPU_ENABLED = "qpu.enabled";
    public static final String QPU_BACKEND = "qpu.backend";
    public static final String QPU_ENDPOINT = "qpu.endpoint";
    public static final String QPU_DEVICE = "qpu.device";
    public static final String QPU_SHOTS = "qpu.shots";
    public static final String QPU_MAX_COST = "qpu.max-cost";
    public static final String QPU_MAX_SHOTS = "qpu.max-shots";
    public static final String QPU_RATE = "qpu.rate";
    public static final String QPU_WAIT_SECONDS = "qpu.wait-seconds";
    public static final String QPU_COLLECT_DEADLINE_HOURS = "qpu.collect-deadline-hours";

    public static final Map<String, String> DEFAULTS = defaults();

    private final JobConfig config;

    public PipelineOptions(JobConfig config) {
        this.config = config;
        positive(QAOA_LAYERS);
        positive(QAOA_STARTS);
        positive(QAOA_MAX_EVALUATIONS);
        positive(SHOTS);
        positive(VQE_STARTS);
        positive(VQE_MAX_EVALUATIONS);
        positive(QPU_SHOTS);
        positive(SIMULATOR_MAX_QUBITS);
        if (config.getInt(PARTITIONS) < 0) {
            throw QHybridErrors.invalidConfig(PARTITIONS, config.get(PARTITIONS), "Give 0 (automatic) or a positive count.");
        }
        if (config.getInt(SIMULATOR_MAX_QUBITS) > StateVectorSimulator.MAX_QUBITS) {
            throw QHybridErrors.invalidConfig(SIMULATOR_MAX_QUBITS, config.get(SIMULATOR_MAX_QUBITS),
                    "The in-task simulator holds 2^n amplitudes; give " + StateVectorSimulator.MAX_QUBITS + " or fewer.");
        }
        String backend = simulatorBackend();
        if (!backend.equals("statevector") && !backend.equals("noisy")) {
            throw QHybridErrors.invalidConfig(SIMULATOR_BACKEND, backend, "Give statevector or noisy.");
        }
        if (!(qpuMaxCost() >= 0) || qpuMaxShots() < 0 || !(qpuRate() > 0)) {
            throw QHybridErrors.invalidConfig(QPU_MAX_COST + "/" + QPU_MAX_SHOTS + "/" + QPU_RATE,
                    qpuMaxCost() + "/" + qpuMaxShots() + "/" + qpuRate(),
                    "Budgets must be non-negative and the request rate positive.");
        }
    }

    private static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(PARTITIONS, "0");
        d.put(SEED, "2026");
        d.put(EXACT_MAX_VARIABLES, "8");
        d.put(SIMULATOR_MAX_QUBITS, "20");
        d.put(QAOA_LAYERS, "2");
        d.put(QAOA_STARTS, "2");
        d.put(QAOA_MAX_EVALUATIONS, "150");
        d.put(SHOTS, "1000");
        d.put(VQE_DEPTH, "2");
        d.put(VQE_STARTS, "2");
        d.put(VQE_MAX_EVALUATIONS, "500");
        d.put(SIMULATOR_BACKEND, "statevector");
        d.put(SIMULATOR_NOISE_FILE, "");
        d.put(BASELINE_EXACT_MAX, "24");
        d.put(ANNEALING_SWEEPS, "400");
        d.put(ANNEALING_RESTARTS, "4");
        d.put(QPU_ENABLED, "false");
        d.put(QPU_BACKEND, "ionq");
        d.put(QPU_ENDPOINT, "http://127.0.0.1:8765");
        d.put(QPU_DEVICE, "simulator");
        d.put(QPU_SHOTS, "500");
        d.put(QPU_MAX_COST, "50");
        d.put(QPU_MAX_SHOTS, "200000");
        d.put(QPU_RATE, "5");
        d.put(QPU_WAIT_SECONDS, "120");
        d.put(QPU_COLLECT_DEADLINE_HOURS, "24");
        return java.util.Collections.unmodifiableMap(d);
    }

    /** The shared defaults plus a job's own. */
    public static Map<String, String> withJobDefaults(Map<String, String> jobDefaults) {
        Map<String, String> all = new LinkedHashMap<>(DEFAULTS);
        all.putAll(jobDefaults);
        return java.util.Collections.unmodifiableMap(all);
    }

    private void positive(String key) {
        if (config.getInt(key) < 1) {
            throw QHybridErrors.invalidConfig(key, config.get(key), "Give a whole number of at least 1.");
        }
    }

    public JobConfig config() { return config; }
    /** Partitions of the solve stage; 0 means four per core of the application. */
    public int partitions() { return config.getInt(PARTITIONS); }
    public long seed() { return Long.parseLong(config.get(SEED).trim()); }
    public int exactMaxVariables() { return config.getInt(EXACT_MAX_VARIABLES); }
    public int simulatorMaxQubits() { return config.getInt(SIMULATOR_MAX_QUBITS); }
    public int qaoaLayers() { return config.getInt(QAOA_LAYERS); }
    public int qaoaStarts() { return config.getInt(QAOA_STARTS); }
    public int qaoaMaxEvaluations() { return config.getInt(QAOA_MAX_EVALUATIONS); }
    public int shots() { return config.getInt(SHOTS); }
    public int vqeDepth() { return config.getInt(VQE_DEPTH); }
    public int vqeStarts() { return config.getInt(VQE_STARTS); }
    public int vqeMaxEvaluations() { return config.getInt(VQE_MAX_EVALUATIONS); }
    public String simulatorBackend() { return config.get(SIMULATOR_BACKEND).trim().toLowerCase(Locale.ROOT); }
    public String simulatorNoiseFile() { return config.get(SIMULATOR_NOISE_FILE).trim(); }
    public int baselineExactMax() { return config.getInt(BASELINE_EXACT_MAX); }
    public int annealingSweeps() { return config.getInt(ANNEALING_SWEEPS); }
    public int annealingRestarts() { return config.getInt(ANNEALING_RESTARTS); }
    public boolean qpuEnabled() { return config.getBoolean(QPU_ENABLED); }
    public String qpuBackend() { return config.get(QPU_BACKEND).trim(); }
    public String qpuEndpoint() { return config.get(QPU_ENDPOINT).trim(); }
    public String qpuDevice() { return config.get(QPU_DEVICE).trim(); }

    /**
     * The QPU backend these options name ({@code qpu.backend}, {@code qpu.endpoint}, {@code qpu.device}),
     * for the solve stage and for {@code collect} alike; an endpoint that is not a URI is an invalid
     * config naming the key.
     */
    public BackendConfig qpuBackendConfig() {
        java.net.URI endpoint;
        try {
            endpoint = java.net.URI.create(qpuEndpoint());
        } catch (IllegalArgumentException e) {
            throw QHybridErrors.invalidConfig(QPU_ENDPOINT, qpuEndpoint(),
                    "Give an absolute https:// URL (" + e.getMessage() + ").");
        }
        return new BackendConfig("qpu-" + qpuBackend(), qpuBackend(), endpoint, Map.of("device", qpuDevice()));
    }
    public int qpuShots() { return config.getInt(QPU_SHOTS); }
    public double qpuMaxCost() { return config.getDouble(QPU_MAX_COST); }
    public long qpuMaxShots() { return Long.parseLong(config.get(QPU_MAX_SHOTS).trim()); }
    public double qpuRate() { return config.getDouble(QPU_RATE); }
    public int qpuWaitSeconds() { return config.getInt(QPU_WAIT_SECONDS); }
    public int qpuCollectDeadlineHours() { return config.getInt(QPU_COLLECT_DEADLINE_HOURS); }
}
