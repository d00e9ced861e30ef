package io.qhybrid.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.qhybrid.circuit.Circuit;
import io.qhybrid.cli.Arguments;
import io.qhybrid.cli.Json;
import io.qhybrid.emulator.FaultSpec;
import io.qhybrid.emulator.QpuEmulator;
import io.qhybrid.pool.BackendPool;
import io.qhybrid.pool.PoolConfig;
import io.qhybrid.pool.PoolRequest;
import io.qhybrid.pool.PoolResult;
import io.qhybrid.pool.RunBudget;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code qhybrid bench faults [--submissions N] [--faults SPEC] [--budget-fraction F] [--provider ionq|ibm]}: N
 * submissions through one pool against an emulator injecting 429s, 5xx, lost-after-accept,
 * failed jobs and slow queues. Prints how many were tried and ended terminal (served, or
 * reported with every reason), duplicate jobs per idempotency key read from the emulator's
 * {@code /admin/counters}, fallbacks by reason, and the shot budget used against its cap: first the
 * {@link Survival} line (as {@code bench load} prints it), then the details as JSON. Exits 1 when
 * a submission was lost or a key got two provider jobs.
 */
public final class FaultsBench {
    private static final String DEFAULT_FAULTS = "429=0.1,5xx=0.2,lost=0.05,fail=0.02,queue-ms=200";

    private FaultsBench() {}

    public static void main(String[] argv) throws Exception {
        Arguments args = Arguments.parse(Arrays.asList(argv),
                Set.of("submissions", "faults", "budget-fraction", "threads", "seed", "provider"), Set.of());
        int submissions = args.intValue("submissions", 1000);
        FaultSpec faults = FaultSpec.parse(args.value("faults", DEFAULT_FAULTS));
        int shots = 100;
        long cap = (long) (submissions * shots * args.doubleValue("budget-fraction", 0.9));
        int threads = args.intValue("threads", 32);
        Circuit ghz = Circuit.builder(3).h(0).cx(0, 1).cx(1, 2).build();
        String provider = args.value("provider", "ionq");
        try (Survival.HeapSampler heap = new Survival.HeapSampler(20);
                QpuEmulator emu = QpuEmulator.builder().noiseless().ionqKey("bench-key").ibmApiKey("bench-key").faults(faults)
                .seed(args.longValue("seed", 2026)).retryAfterSeconds(1).start()) {
            PoolConfig config = PoolConfig.builder().clusterRate(400, 1).approved(true).maxInFlight(threads)
                    .maxAttempts(6).backoff(Duration.ofMillis(50), Duration.ofSeconds(2))
                    .breaker(50, 100, Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50))
                    .jobTimeout(Duration.ofSeconds(60)).maxWait(Duration.ofSeconds(60)).shotBudget(cap).build();
            BackendPool pool = new BackendPool(PoolBench.emulated(emu, provider), config);
            ExecutorService workers = Executors.newFixedThreadPool(threads);
            List<Future<PoolResult>> futures = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < submissions; i++) {
                PoolRequest request = new PoolRequest("faults", "sub-" + i, ghz, shots, i);
                futures.add(workers.submit(() -> pool.execute(request)));
            }
            Map<String, Long> byTier = new TreeMap<>();
            Map<String, Long> byReason = new TreeMap<>();
            Map<String, Long> errors = new TreeMap<>();
            long terminal = 0;
            long wrongCounts = 0;
            for (Future<PoolResult> f : futures) {
                PoolResult r;
                try {
                    r = f.get();
                } catch (java.util.concurrent.ExecutionException e) { // the pool must never throw: count it lost
                    errors.merge("thrown: " + e.getCause(), 1L, Long::sum);
                    continue;
                }
                if (!r.served() && r.fallbackReason() == null) {
                    continue; // neither an answer nor a reason: lost
                }
                terminal++;
                byTier.merge(r.tier() == null ? "none" : r.tier(), 1L, Long::sum);
                if (r.fallbackReason() != null) {
                    byReason.merge(r.fallbackReason().code(), 1L, Long::sum);
                    String why = r.error() == null ? "-" : r.error().replaceAll("[0-9a-f-]{36}|sub-\\d+", "*");
                    errors.merge(r.fallbackReason().code() + ": " + why.substring(0, Math.min(90, why.length())), 1L,
                            Long::sum);
                }
                boolean ghzOnly = r.counts().keySet().stream().allMatch(k -> k.equals("000") || k.equals("111"));
                long total = r.counts().values().stream().mapToLong(Long::longValue).sum();
                wrongCounts += r.served() && (!ghzOnly || total != shots) ? 1 : 0;
            }
            workers.shutdown();
            JsonNode admin = adminCounters(emu.baseUri());
            RunBudget budget = pool.budget("faults");
            long providerShots = admin.path("jobs_created").asLong() * shots;
            ObjectNode out = Json.object().put("bench", "faults").put("provider", provider).put("faults", args.value("faults", DEFAULT_FAULTS))
                    .put("tried", submissions).put("terminal", terminal).put("results_with_wrong_counts", wrongCounts)
                    .put("jobs_created", admin.path("jobs_created").asLong())
                    .put("duplicate_keys", admin.path("duplicate_keys").asLong())
                    .put("lost_after_accept", admin.path("lost_after_accept").asLong())
                    .put("responses_429", admin.path("responses_429").asLong())
                    .put("budget_cap_shots", cap).put("budget_reserved_shots", budget.shotsUsed())
                    .put("provider_shots", providerShots)
                    .put("budget_never_exceeded", providerShots <= cap && budget.shotsUsed() <= cap)
                    .put("wall_seconds", PoolBench.round((System.nanoTime() - start) / 1e9));
            out.set("served_by_tier", Json.MAPPER.valueToTree(byTier));
            out.set("fallbacks_by_reason", Json.MAPPER.valueToTree(byReason));
            out.set("last_errors_by_reason", Json.MAPPER.valueToTree(errors));
            out.set("jobs_by_status", admin.path("jobs_by_status"));
            Survival survival = new Survival("faults", provider, submissions, terminal, 0,
                    admin.path("duplicate_keys").asLong(), submissions - terminal, heap.peakBytes(),
                    Survival.HeapSampler.maxBytes());
            System.out.println(survival.line());
            Json.print(System.out, out);
            if (!survival.holds()) {
                System.exit(1);
            }
        }
    }

    private static JsonNode adminCounters(URI base) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + "/admin/counters")).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode all = Json.MAPPER.readTree(r.body());
        ((ObjectNode) all).remove("jobs_created_by_key");
        return all;
    }
}
