package io.qhybrid.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.qhybrid.backend.BackendConfig;
import io.qhybrid.backend.BackendFactories;
import io.qhybrid.backend.QuantumBackend;
import io.qhybrid.backend.internal.EnvironmentSecrets;
import io.qhybrid.circuit.Circuit;
import io.qhybrid.cli.Arguments;
import io.qhybrid.cli.Json;
import io.qhybrid.emulator.EmulatorCounters;
import io.qhybrid.emulator.QpuEmulator;
import io.qhybrid.pool.BackendPool;
import io.qhybrid.pool.PoolConfig;
import io.qhybrid.pool.PoolRequest;
import io.qhybrid.pool.PoolResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code qhybrid bench pool [--submissions N] [--rate R] [--in-flight K] [--threads T] [--provider ionq|ibm]}: N
 * submissions through one pool against an in-process emulator whose own limit equals the
 * pool's. Prints the request rate achieved at the emulator over the limit (target >= 0.95), the
 * 429s received (target 0), and p50/p99 submission latency.
 */
public final class PoolBench {
    private PoolBench() {}

    public static void main(String[] argv) throws Exception {
        Arguments args = Arguments.parse(Arrays.asList(argv), Set.of("submissions", "rate", "in-flight", "threads", "provider"), Set.of());
        int submissions = args.intValue("submissions", 300);
        double rate = args.doubleValue("rate", 50);
        int inFlight = args.intValue("in-flight", 16);
        int threads = args.intValue("threads", 16);
        Circuit ghz = Circuit.builder(3).h(0).cx(0, 1).cx(1, 2).build();
        String provider = args.value("provider", "ionq");
        try (QpuEmulator emu = QpuEmulator.builder().noiseless().ionqKey("bench-key").ibmApiKey("bench-key").rate(rate).start()) {
            PoolConfig config = PoolConfig.builder().clusterRate(rate, 1).approved(true).maxInFlight(inFlight)
                    .pollInterval(Duration.ofMillis(20)).backoff(Duration.ofMillis(20), Duration.ofSeconds(2))
                    .jobTimeout(Duration.ofMinutes(5)).maxWait(Duration.ofMinutes(5)).build();
            BackendPool pool = new BackendPool(emulated(emu, provider), config);
            ExecutorService workers = Executors.newFixedThreadPool(threads);
            List<Future<PoolResult>> futures = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < submissions; i++) {
                PoolRequest request = new PoolRequest("bench", "pool-" + i, ghz, 100, i);
                futures.add(workers.submit(() -> pool.execute(request)));
            }
            long[] latencies = new long[submissions];
            long onQpu = 0;
            for (int i = 0; i < submissions; i++) {
                PoolResult r = futures.get(i).get();
                latencies[i] = r.totalMillis();
                onQpu += "qpu".equals(r.tier()) ? 1 : 0;
            }
            double wallSeconds = (System.nanoTime() - start) / 1e9;
            workers.shutdown();
            Arrays.sort(latencies);
            List<EmulatorCounters.Request> log = emu.counters().providerLog();
            double window = (log.get(log.size() - 1).atMillis() - log.get(0).atMillis()) / 1000.0;
            double achieved = (log.size() - 1) / window;
            ObjectNode out = Json.object().put("bench", "pool").put("provider", provider).put("submissions", submissions)
                    .put("served_on_qpu", onQpu).put("limit_requests_per_second", rate)
                    .put("provider_requests", log.size()).put("achieved_requests_per_second", round(achieved))
                    .put("achieved_over_limit", round(achieved / rate))
                    .put("responses_429", emu.counters().responses429())
                    .put("latency_p50_ms", latencies[submissions / 2])
                    .put("latency_p99_ms", latencies[Math.min(submissions - 1, (int) Math.ceil(submissions * 0.99) - 1)])
                    .put("wall_seconds", round(wallSeconds)).put("in_flight", inFlight).put("threads", threads);
            Json.print(System.out, out);
        }
    }

    /** A client of the emulated {@code ionq} or {@code ibm} provider, with the emulator's credentials. */
    static QuantumBackend emulated(QpuEmulator emu, String provider) {
        String base = emu.baseUri().toString();
        BackendConfig config = BackendConfig.of(provider + "-emulator", provider, base).withOption("iam-url", base)
                .withOption("calibration-refresh-s", "0");
        return BackendFactories.create(config, EnvironmentSecrets.of(Map.of("IONQ_API_KEY", "bench-key",
                "QISKIT_IBM_TOKEN", "bench-key", "QISKIT_IBM_INSTANCE",
                "crn:v1:bluemix:public:quantum-computing:us-east:a/emulator::")));
    }

    static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
