package io.qhybrid.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.qhybrid.backend.BackendConfig;
import io.qhybrid.backend.BackendFactories;
import io.qhybrid.backend.SecretSource;
import io.qhybrid.backend.internal.EnvironmentSecrets;
import io.qhybrid.backend.internal.SimulatorBackends;
import io.qhybrid.circuit.Circuit;
import io.qhybrid.circuit.qasm.QasmReader;
import io.qhybrid.error.QHybridErrors;
import io.qhybrid.pool.BackendPool;
import io.qhybrid.pool.PoolConfig;
import io.qhybrid.pool.PoolRequest;
import io.qhybrid.pool.PoolResult;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * {@code qhybrid submit FILE.qasm --backend statevector|noisy|ionq|ibm}: reads one OpenQASM 3
 * circuit (the full reader: {@code pi}, angle expressions, {@code stdgates.inc} names), runs it on
 * the named backend through a pool (retries, breaker, idempotent submit, fallback chain
 * {@code qpu -> statevector -> heuristic}) and prints what happened as JSON. The local backends
 * need no endpoint or credentials; {@code noisy} takes its noise from {@code --noise FILE} or the
 * default device calibration.
 */
public final class SubmitCommand implements Command {
    private final SecretSource secrets;

    public SubmitCommand() {
        this(EnvironmentSecrets.instance());
    }

    SubmitCommand(SecretSource secrets) {
        this.secrets = secrets;
    }

    @Override
    public String usage() {
        return "submit FILE.qasm --backend statevector|noisy|ionq|ibm [--endpoint URL] [--shots N] [--seed S]"
                + " [--device D] [--iam-url URL] [--noise FILE] [--timeout-s T] [--key K]   run one OpenQASM 3 circuit\n"
                + "  --endpoint is required for ionq and ibm; --noise (noisy only) is a noise or calibration JSON file\n"
                + "  credentials: IONQ_API_KEY, or QISKIT_IBM_TOKEN and QISKIT_IBM_INSTANCE (environment or Hadoop"
                + " credential provider)\n"
                + "  prints backend, provider job id, status, counts (qubit 0 rightmost), tier, fallback reason, timings";
    }

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) throws Exception {
        Arguments args = Arguments.parse(argv, Set.of("backend", "endpoint", "shots", "seed", "device", "iam-url",
                "timeout-s", "key", "noise"), Set.of());
        if (args.positionals().size() != 1 || !args.has("backend")) {
            err.println("usage: qhybrid " + usage());
            return BAD_USAGE;
        }
        Path file = Path.of(args.positionals().get(0));
        if (!Files.isReadable(file)) {
            throw QHybridErrors.invalidArgument("circuit file", file, "Give a readable OpenQASM 3 file.");
        }
        Circuit circuit = QasmReader.read(Files.readString(file), file.toString());
        if (!circuit.isBound()) {
            throw QHybridErrors.invalidArgument("circuit inputs", circuit.parameters(),
                    "Give every 'input float' parameter a value in the file before submitting.");
        }
        String type = args.value("backend", null);
        String endpoint = args.value("endpoint", null);
        BackendConfig config = BackendConfig.of(type, type, endpoint);
        if (args.has("noise")) {
            if (!type.equals(SimulatorBackends.NOISY)) {
                throw QHybridErrors.invalidArgument("--noise", args.value("noise", null),
                        "Only --backend noisy takes a noise file.");
            }
            config = config.withOption(SimulatorBackends.NOISE_FILE, args.value("noise", null));
        }
        if (args.has("device")) {
            config = config.withOption("device", args.value("device", null));
        }
        String iam = args.value("iam-url", endpoint != null && URI.create(endpoint).getScheme().equals("http") ? endpoint : null);
        if (iam != null) {
            config = config.withOption("iam-url", iam);
        }
        int shots = args.intValue("shots", 1000);
        long seed = args.longValue("seed", 0);
        PoolConfig poolConfig = PoolConfig.builder().approved(true).pollInterval(Duration.ofMillis(200))
                .jobTimeout(Duration.ofSeconds(args.longValue("timeout-s", 600))).build();
        String key = args.value("key", "submit-" + Integer.toHexString(circuit.hashCode()) + "-" + shots + "-" + seed);
        try (BackendPool pool = new BackendPool(BackendFactories.create(config, secrets), poolConfig)) {
            PoolResult r = pool.execute(new PoolRequest("submit", key, circuit, shots, seed));
            ObjectNode json = Json.object().put("backend", config.name()).put("qubits", circuit.numQubits())
                    .put("shots", shots).put("idempotency_key", key)
                    .put("provider_job_id", r.providerJobId()).put("status", r.served() ? "COMPLETED" : "FAILED")
                    .put("tier", r.tier())
                    .put("fallback_reason", r.fallbackReason() == null ? null : r.fallbackReason().code())
                    .put("attempts", r.attempts()).put("error", r.error());
            json.set("counts", Json.MAPPER.valueToTree(r.counts()));
            json.set("trail", Json.MAPPER.valueToTree(r.trail()));
            json.putObject("timings").put("queue_ms", r.queueMillis()).put("execution_ms", r.executionMillis())
                    .put("total_ms", r.totalMillis());
            Json.print(out, json);
            return r.served() ? OK : FAILED;
        }
    }
}
