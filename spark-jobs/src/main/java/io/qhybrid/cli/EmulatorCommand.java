package io.qhybrid.cli;

import io.qhybrid.backend.ibm.IbmRuntimeBackend;
import io.qhybrid.backend.internal.SimulatorBackends;
import io.qhybrid.backend.ionq.IonQBackend;
import io.qhybrid.emulator.FaultSpec;
import io.qhybrid.emulator.QpuEmulator;
import io.qhybrid.error.QHybridErrors;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code qhybrid emulator}: serves the IonQ v0.4, IBM Qiskit Runtime and IBM IAM contracts on
 * 127.0.0.1 until stopped, with optional rate limit and fault injection. It accepts the
 * credentials found in {@code IONQ_API_KEY}, {@code QISKIT_IBM_TOKEN} and
 * {@code QISKIT_IBM_INSTANCE} (or fixed emulator values when unset), so clients configured for
 * the real providers work against it unchanged but for the endpoint.
 */
public final class EmulatorCommand implements Command {
    @Override
    public String usage() {
        return "emulator [--port P] [--faults SPEC] [--rate R] [--queue-ms D] [--retry-after S] [--seed N]"
                + " [--token-ttl S] [--noise FILE | --noiseless] [--for-seconds T]   serve the IonQ/IBM contracts on 127.0.0.1\n"
                + "  circuits run on the noisy simulator under the noise of the emulator's calibration document;\n"
                + "  --noise FILE takes a noise or calibration JSON document instead, --noiseless samples exactly\n"
                + "  SPEC: 429=0.1,5xx=0.2,lost=0.05,fail=0.02,latency-ms=50,queue-ms=200 (probabilities per request/job)\n"
                + "  --rate: provider requests per second before 429 (default unlimited); --retry-after -1 sends none\n"
                + "  prints the endpoints as JSON, then serves until killed (or for --for-seconds)";
    }

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) throws Exception {
        Arguments args = Arguments.parse(argv, Set.of("port", "faults", "rate", "queue-ms", "retry-after", "seed",
                "token-ttl", "for-seconds", "noise"), Set.of("noiseless"));
        if (!args.positionals().isEmpty()) {
            err.println("usage: qhybrid " + usage());
            return BAD_USAGE;
        }
        FaultSpec faults = FaultSpec.parse(args.value("faults", ""));
        if (args.has("queue-ms")) {
            faults = new FaultSpec(faults.p429(), faults.p5xx(), faults.pLost(), faults.pFail(), faults.latencyMillis(),
                    args.longValue("queue-ms", 0));
        }
        QpuEmulator.Builder builder = QpuEmulator.builder().port(args.intValue("port", 8787)).faults(faults)
                .rate(args.doubleValue("rate", 0)).retryAfterSeconds(args.longValue("retry-after", 1))
                .seed(args.longValue("seed", 7)).tokenTtlSeconds(args.longValue("token-ttl", 3600));
        if (args.has("noise") && args.has("noiseless")) {
            throw QHybridErrors.invalidArgument("noise options", "--noise and --noiseless", "Give one of them.");
        }
        String noise = "calibration";
        if (args.has("noise")) {
            builder.noiseModel(SimulatorBackends.read(Path.of(args.value("noise", null))));
            noise = args.value("noise", null);
        } else if (args.has("noiseless")) {
            builder.noiseless();
            noise = "none";
        }
        String ionqKey = System.getenv(IonQBackend.KEY_NAME);
        String ibmKey = System.getenv(IbmRuntimeBackend.TOKEN_NAME);
        String crn = System.getenv(IbmRuntimeBackend.INSTANCE_NAME);
        if (ionqKey != null && !ionqKey.isBlank()) {
            builder.ionqKey(ionqKey);
        }
        if (ibmKey != null && !ibmKey.isBlank()) {
            builder.ibmApiKey(ibmKey);
        }
        if (crn != null && !crn.isBlank()) {
            builder.ibmInstance(crn);
        }
        CountDownLatch stop = new CountDownLatch(1);
        try (QpuEmulator emulator = builder.start()) {
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            String base = emulator.baseUri().toString();
            Json.print(out, Json.object().put("endpoint", base).put("ionq", base + "/v0.4").put("ibm", base + "/v1")
                    .put("iam_url", base).put("counters", base + "/admin/counters")
                    .put("calibration", base + "/admin/calibration").put("faults", args.value("faults", "")).put("noise", noise)
                    .put("credentials_from_environment", ionqKey != null || ibmKey != null));
            out.flush();
            long seconds = args.longValue("for-seconds", 0);
            if (seconds > 0) {
                stop.await(seconds, TimeUnit.SECONDS);
            } else {
                stop.await();
            }
        }
        return OK;
    }
}
