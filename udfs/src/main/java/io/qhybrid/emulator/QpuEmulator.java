package io.qhybrid.emulator;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.qhybrid.backend.CircuitRunner;
import io.qhybrid.backend.NoiseParameters;
import io.qhybrid.backend.internal.JsonCodec;
import io.qhybrid.circuit.Circuit;
import io.qhybrid.simulator.Calibrations;
import io.qhybrid.simulator.NoiseModel;
import io.qhybrid.simulator.SimulatorRunner;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An offline stand-in for IonQ v0.4, IBM Qiskit Runtime and IBM IAM on 127.0.0.1. IonQ jobs
 * arrive as qis gate lists, IBM jobs as OpenQASM 3 (read with {@code QasmReader}); both run on
 * the noisy simulator under the noise its calibration document describes (see
 * {@link Calibrations}), or under another {@link CircuitRunner} the builder names. It checks credentials exactly as the
 * providers document them, enforces its own request rate (429, with or without
 * {@code Retry-After}), injects seeded {@link FaultSpec faults}, and counts everything in
 * {@link EmulatorCounters} ({@code GET /admin/counters}); {@code GET /admin/calibration} serves
 * a calibration document. Tests may also script the next answers with {@link #failNext}.
 */
public final class QpuEmulator implements AutoCloseable {
    private final Builder settings;
    private final HttpServer server;
    private final ExecutorService threads;
    private final EmulatorCounters counters = new EmulatorCounters();
    private final Map<String, EmulatorJob> jobs = new ConcurrentHashMap<>();
    private final List<EmulatorJob> order = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Map<String, Long> tokens = new ConcurrentHashMap<>();
    private final Deque<Integer> scripted = new ArrayDeque<>();
    private final SplittableRandom random;
    private final long startNanos = System.nanoTime();
    private final long startEpochMillis = System.currentTimeMillis();
    private final IonQRoutes ionq = new IonQRoutes(this);
    private final IbmRoutes ibm = new IbmRoutes(this);
    private final CircuitRunner runner;
    private double bucket;
    private long bucketAt;

    private QpuEmulator(Builder b) throws IOException {
        this.settings = b;
        this.runner = b.runner != null ? b.runner
                : SimulatorRunner.noisy(Calibrations.noiseModel(b.calibrationJson, "emulator calibration"));
        this.random = new SplittableRandom(b.seed);
        this.bucket = b.burst();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), b.port), 128);
        this.threads = Executors.newFixedThreadPool(b.threads, r -> {
            Thread t = new Thread(r, "qpu-emulator");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    public static Builder builder() {
        return new Builder();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port>}: the endpoint of both providers and of IAM. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port());
    }

    public EmulatorCounters counters() {
        return counters;
    }

    /** The next {@code count} provider requests are answered with {@code status}, nothing done. */
    public void failNext(int status, int count) {
        synchronized (scripted) {
            for (int i = 0; i < count; i++) {
                scripted.add(status);
            }
        }
    }

    Builder settings() {
        return settings;
    }

    /** Wall-clock seconds of an emulator time, as providers stamp jobs. */
    long epochSeconds(long emulatorMillis) {
        return (startEpochMillis + emulatorMillis) / 1000;
    }

    long now() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    synchronized boolean chance(double p) {
        return p > 0 && random.nextDouble() < p;
    }

    synchronized long nextLong() {
        return random.nextLong();
    }

    EmulatorJob createJob(String provider, String key, List<Circuit> circuits, int shots) {
        long queue = settings.faults.queueMillis() == 0 ? 0
                : (long) (settings.faults.queueMillis() * (0.5 + randomDouble()));
        EmulatorJob job = new EmulatorJob(UUID.randomUUID().toString(), provider, key, circuits, shots, now(), queue,
                chance(settings.faults.pFail()), nextLong());
        jobs.put(job.id, job);
        order.add(job);
        counters.jobCreated(key);
        return job;
    }

    private synchronized double randomDouble() {
        return random.nextDouble();
    }

    EmulatorJob job(String id) {
        return jobs.get(id);
    }

    List<EmulatorJob> jobs(String provider) {
        return order.stream().filter(j -> j.provider.equals(provider)).toList();
    }

    List<Map<String, Long>> counts(EmulatorJob job) {
        return job.counts(runner, settings.noise);
    }

    String issueToken() {
        String token = UUID.randomUUID().toString().replace("-", "");
        tokens.put(token, now() + settings.tokenTtlSeconds * 1000L);
        counters.tokenIssued();
        return token;
    }

    boolean validToken(String token) {
        Long expires = tokens.get(token);
        return expires != null && now() < expires;
    }

    private synchronized boolean takeRateToken() {
        if (settings.rate <= 0) {
            return true;
        }
        long now = System.nanoTime();
        bucket = Math.min(settings.burst(), bucket + (now - bucketAt) / 1e9 * settings.rate);
        bucketAt = now;
        if (bucket >= 1) {
            bucket -= 1;
            return true;
        }
        return false;
    }

    private void handle(HttpExchange ex) throws IOException {
        long at = now();
        String path = ex.getRequestURI().getPath();
        ex.setAttribute(Exchanges.COUNTERS, counters);
        ex.setAttribute(Exchanges.ROUTE, route(ex.getRequestMethod(), path));
        ex.setAttribute(Exchanges.ARRIVAL, at);
        try {
            if (path.startsWith("/admin/")) {
                admin(ex, path);
            } else if (path.equals("/identity/token")) {
                ibm.token(ex);
            } else {
                provider(ex, path);
            }
        } catch (io.qhybrid.error.QHybridException e) {
            // a circuit the readers refuse is the caller's mistake, as a provider would say: not retryable
            int status = e.kind() == io.qhybrid.error.ErrorKind.USER_ERROR ? 400 : 500;
            Exchanges.json(ex, status, error(path, status, e.getMessage()));
        } catch (RuntimeException e) {
            Exchanges.json(ex, 500, error(path, 500, "emulator error: " + e.getMessage()));
        }
    }

    private int provider(HttpExchange ex, String path) throws IOException {
        if (settings.faults.latencyMillis() > 0) {
            try {
                Thread.sleep(settings.faults.latencyMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Integer forced;
        synchronized (scripted) {
            forced = scripted.poll();
        }
        if (forced != null) {
            return reject(ex, path, forced);
        }
        if (!takeRateToken() || chance(settings.faults.p429())) {
            return reject(ex, path, 429);
        }
        if (chance(settings.faults.p5xx())) {
            return reject(ex, path, new int[] {500, 502, 503}[(int) Math.floorMod(nextLong(), 3L)]);
        }
        if (path.startsWith("/v0.4/")) {
            return ionq.handle(ex, path);
        }
        if (path.startsWith("/v1/")) {
            return ibm.handle(ex, path);
        }
        return Exchanges.json(ex, 404, error(path, 404, "no such route"));
    }

    private int reject(HttpExchange ex, String path, int status) throws IOException {
        if (status == 429 && settings.retryAfterSeconds >= 0) {
            ex.getResponseHeaders().set("Retry-After", Long.toString(settings.retryAfterSeconds));
        }
        return Exchanges.json(ex, status, error(path, status, status == 429 ? "rate limit exceeded" : "unavailable"));
    }

    /** An error body in the shape of the provider the path belongs to. */
    static ObjectNode error(String path, int status, String message) {
        ObjectNode o = JsonCodec.object();
        if (path.startsWith("/v1/")) {
            o.putArray("errors").addObject().put("code", status).put("message", message);
            return o;
        }
        return o.put("error", status == 429 ? "TooManyRequests" : "Error" + status).put("message", message)
                .put("statusCode", status);
    }

    private int admin(HttpExchange ex, String path) throws IOException {
        if (path.equals("/admin/counters")) {
            Map<String, Long> byStatus = new HashMap<>();
            long now = now();
            order.forEach(j -> byStatus.merge(j.status(now).name(), 1L, Long::sum));
            return Exchanges.json(ex, 200, counters.toJson(byStatus));
        }
        if (path.equals("/admin/calibration")) {
            return Exchanges.send(ex, 200, calibrationJson());
        }
        return Exchanges.json(ex, 404, error(path, 404, "no such admin route"));
    }

    String calibrationJson() {
        return settings.calibrationJson;
    }

    static String route(String method, String path) {
        String[] parts = path.split("/");
        for (int i = 1; i < parts.length; i++) {
            if (parts[i - 1].equals("jobs") || parts[i - 1].equals("backends")) {
                parts[i] = "{id}";
            }
        }
        return method + " " + String.join("/", parts);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    /** Emulator settings; {@link #start()} binds the port. */
    public static final class Builder {
        int port;
        int threads = 16;
        double rate;
        int burst;
        long retryAfterSeconds = 1;
        FaultSpec faults = FaultSpec.NONE;
        long seed = 7;
        CircuitRunner runner;
        NoiseParameters noise = NoiseParameters.NONE;
        String ionqKey = "emulator-ionq-key";
        String ibmApiKey = "emulator-ibm-key";
        String ibmInstance = "crn:v1:bluemix:public:quantum-computing:us-east:a/emulator::";
        long tokenTtlSeconds = 3600;
        String calibrationJson = Calibrations.defaultDocument(Calibrations.DEFAULT_QUBITS);

        public Builder port(int port) { this.port = port; return this; }
        public Builder threads(int threads) { this.threads = threads; return this; }
        /** Requests per second accepted on the provider routes; 0 for no limit. */
        public Builder rate(double requestsPerSecond) { this.rate = requestsPerSecond; return this; }
        /** Bucket size of the rate limit; default max(2, rate / 5). */
        public Builder burst(int burst) { this.burst = burst; return this; }
        /** Retry-After seconds on 429s; negative to send none. */
        public Builder retryAfterSeconds(long seconds) { this.retryAfterSeconds = seconds; return this; }
        public Builder faults(FaultSpec faults) { this.faults = requireNonNull(faults, "faults is null"); return this; }
        public Builder seed(long seed) { this.seed = seed; return this; }
        /** Runs circuits on {@code runner} instead of the noisy simulator under the calibration's noise. */
        public Builder runner(CircuitRunner runner) { this.runner = requireNonNull(runner, "runner is null"); return this; }
        /** Runs circuits on the noisy simulator under {@code model}. */
        public Builder noiseModel(NoiseModel model) { this.runner = SimulatorRunner.noisy(model); return this; }
        /** Runs circuits with exact sampling: no noise at all. */
        public Builder noiseless() { this.runner = SimulatorRunner.exact(); return this; }
        /** Uniform noise applied on top of every job, replacing the runner's own model. */
        public Builder noise(NoiseParameters noise) { this.noise = requireNonNull(noise, "noise is null"); return this; }
        public Builder ionqKey(String key) { this.ionqKey = requireNonNull(key, "key is null"); return this; }
        public Builder ibmApiKey(String key) { this.ibmApiKey = requireNonNull(key, "key is null"); return this; }
        public Builder ibmInstance(String crn) { this.ibmInstance = requireNonNull(crn, "crn is null"); return this; }
        public Builder tokenTtlSeconds(long seconds) { this.tokenTtlSeconds = seconds; return this; }
        public Builder calibrationJson(String json) { this.calibrationJson = requireNonNull(json, "json is null"); return this; }

        double burst() {
            return burst > 0 ? burst : Math.max(2, Math.ceil(rate / 5));
        }

        public QpuEmulator start() {
            try {
                return new QpuEmulator(this);
            } catch (IOException e) {
                throw io.qhybrid.error.QHybridErrors.invalidArgument("emulator port", port,
                        "It is in use or not allowed (" + e.getMessage() + "); pick another or 0 for any free port.");
            }
        }
    }
}
