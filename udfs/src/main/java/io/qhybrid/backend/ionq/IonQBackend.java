package io.qhybrid.backend.ionq;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.qhybrid.backend.BackendCapabilities;
import io.qhybrid.backend.BackendConfig;
import io.qhybrid.backend.BackendFactory;
import io.qhybrid.backend.CostModel;
import io.qhybrid.backend.CountsResult;
import io.qhybrid.backend.JobHandle;
import io.qhybrid.backend.JobStatus;
import io.qhybrid.backend.QuantumBackend;
import io.qhybrid.backend.Secret;
import io.qhybrid.backend.SecretSource;
import io.qhybrid.backend.SubmitRequest;
import io.qhybrid.backend.SupportsReconcile;
import io.qhybrid.backend.SupportsRequestGate;
import io.qhybrid.backend.internal.CountsRounding;
import io.qhybrid.backend.internal.HttpTransport;
import io.qhybrid.backend.internal.JsonCodec;
import io.qhybrid.circuit.Circuit;
import io.qhybrid.circuit.ionq.IonQCircuits;
import io.qhybrid.circuit.ionq.QisGate;
import io.qhybrid.circuit.Gate;
import io.qhybrid.error.QHybridErrors;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The IonQ v0.4 REST client. One circuit per job, sent as the {@code qis} gate list; the
 * idempotency key travels in {@code metadata.idempotency_key} and {@link #reconcile} finds the
 * job again by listing jobs. Results are IonQ's probabilities keyed by the integer state
 * (qubit k = bit k), turned into counts by {@link CountsRounding}. Options: {@code device}
 * (default {@code simulator}), {@code call-timeout-ms} (default 10000), {@code list-pages}
 * (how many pages of 100 jobs reconcile reads at most, default 10; it stops early at jobs
 * requested two minutes before this JVM first submitted the key). Credential: {@code IONQ_API_KEY}.
 */
public final class IonQBackend implements QuantumBackend, SupportsReconcile, SupportsRequestGate {
    public static final String TYPE = "ionq";
    public static final String KEY_NAME = "IONQ_API_KEY";
    static final URI DEFAULT_ENDPOINT = URI.create("https://api.ionq.co");

    private final BackendConfig config;
    private final Secret apiKey;
    private final HttpTransport http;
    private final String device;
    /** Job documents of jobs last seen completed, so {@link #result} needs one request, not two. */
    private final Map<String, JsonNode> completed = new java.util.concurrent.ConcurrentHashMap<>();
    /** Epoch seconds of the first submit per key in this JVM: reconcile stops paging at older jobs. */
    private final Map<String, Long> firstSubmit = new java.util.concurrent.ConcurrentHashMap<>();

    public IonQBackend(BackendConfig config, Secret apiKey) {
        this.config = requireNonNull(config, "config is null");
        this.apiKey = requireNonNull(apiKey, "apiKey is null");
        this.http = new HttpTransport(TYPE, config.endpoint() == null ? DEFAULT_ENDPOINT : config.endpoint(),
                Duration.ofMillis(config.longOption("call-timeout-ms", 10_000)));
        this.device = config.option("device", "simulator");
    }

    public static BackendFactory factory() {
        return new BackendFactory() {
            @Override
            public String type() {
                return TYPE;
            }

            @Override
            public QuantumBackend create(BackendConfig config, SecretSource secrets) {
                return new IonQBackend(config, secrets.require(KEY_NAME, "IonQ backend '" + config.name() + "'"));
            }
        };
    }

    @Override
    public void requestGate(Runnable beforeEachRequest) {
        http.gate(beforeEachRequest); // every request to the provider passes the pool's rate gate
    }

    @Override
    public String name() {
        return config.name();
    }

    @Override
    public String provider() {
        return TYPE;
    }

    @Override
    public BackendCapabilities capabilities() {
        return new BackendCapabilities(device.equals("simulator") ? 29 : 36,
                EnumSet.of(Gate.X, Gate.Y, Gate.Z, Gate.H, Gate.S, Gate.SDG, Gate.T, Gate.TDG, Gate.SX, Gate.RX,
                        Gate.RY, Gate.RZ, Gate.CX, Gate.SWAP),
                1, 100_000, 1, device.equals("simulator") ? CostModel.FREE : new CostModel(0.3, 0.01, "USD"), null);
    }

    private Map<String, String> headers() {
        Map<String, String> h = new HashMap<>();
        h.put("Authorization", apiKey.reveal(k -> "apiKey " + k));
        h.put("Accept", "application/json");
        return h;
    }

    private JsonNode call(String method, String path, String body, String context, boolean mutating) {
        HttpTransport.Response r = http.send(method, path, headers(), body == null ? null : "application/json", body,
                context);
        if (r.status() / 100 != 2) {
            JsonNode error = JsonCodec.parse(r.body().startsWith("{") ? r.body() : "{}", "IonQ error");
            throw http.failure(context, r, mutating, error.path("message").asText(error.path("error").asText("")),
                    apiKey);
        }
        return JsonCodec.parse(r.body(), "IonQ response to " + context);
    }

    @Override
    public JobHandle submit(SubmitRequest request) {
        if (request.circuits().size() != 1) {
            throw QHybridErrors.invalidArgument("circuit count for IonQ", request.circuits().size(),
                    "IonQ runs one circuit per job; submit them separately.");
        }
        Circuit circuit = request.circuit();
        ObjectNode body = JsonCodec.object().put("type", "ionq.circuit.v1").put("shots", request.shots())
                .put("backend", device).put("name", request.idempotencyKey());
        body.putObject("metadata").put("idempotency_key", request.idempotencyKey());
        ObjectNode input = body.putObject("input").put("qubits", circuit.numQubits()).put("gateset", "qis");
        input.set("circuit", qisJson(circuit));
        if (firstSubmit.size() < 100_000) {
            firstSubmit.putIfAbsent(request.idempotencyKey(), System.currentTimeMillis() / 1000);
        }
        String context = "submitting job " + request.idempotencyKey() + " to " + name();
        JsonNode created = call("POST", "/v0.4/jobs", JsonCodec.write(body), context, true);
        return new JobHandle(name(), created.path("id").asText(), request.idempotencyKey());
    }

    private JsonNode job(JobHandle handle) {
        return call("GET", "/v0.4/jobs/" + handle.providerJobId(), null,
                "reading job " + handle.providerJobId() + " on " + name(), false);
    }

    @Override
    public JobStatus status(JobHandle handle) {
        JsonNode job = job(handle);
        JobStatus status = IonQStatuses.normalise(job.path("status").asText());
        if (status == JobStatus.COMPLETED && completed.size() < 10_000) {
            completed.put(handle.providerJobId(), job);
        }
        return status;
    }

    @Override
    public CountsResult result(JobHandle handle) {
        JsonNode seen = completed.get(handle.providerJobId());
        JsonNode job = seen != null ? seen : job(handle);
        String context = "fetching results of job " + handle.providerJobId() + " on " + name();
        HttpTransport.Response r = http.send("GET", "/v0.4/jobs/" + handle.providerJobId() + "/results/probabilities",
                headers(), null, null, context);
        if (r.status() == 404) {
            throw HttpTransport.notReady(context);
        }
        if (r.status() / 100 != 2) {
            throw http.failure(context, r, false, null, apiKey);
        }
        Map<Long, Double> probabilities = new HashMap<>();
        JsonCodec.parse(r.body(), "IonQ probabilities").fields()
                .forEachRemaining(e -> probabilities.put(Long.parseLong(e.getKey()), e.getValue().asDouble()));
        completed.remove(handle.providerJobId());
        int qubits = job.path("stats").path("qubits").asInt(job.path("qubits").asInt());
        int shots = job.path("shots").asInt();
        return new CountsResult(List.of(CountsRounding.toCounts(probabilities, qubits, shots)), handle.providerJobId(),
                job.path("backend").asText(device), null, job.path("stats").path("queue_time_ms").asLong(-1),
                job.path("execution_time").asLong(-1));
    }

    @Override
    public void cancel(JobHandle handle) {
        call("PUT", "/v0.4/jobs/" + handle.providerJobId() + "/status/cancel", null,
                "cancelling job " + handle.providerJobId() + " on " + name(), true);
    }

    @Override
    public Optional<JobHandle> reconcile(String idempotencyKey) {
        String cursor = null;
        long pages = config.longOption("list-pages", 10);
        // IonQ lists newest first; jobs requested well before our first attempt cannot be ours
        long notBefore = firstSubmit.getOrDefault(idempotencyKey, Long.MIN_VALUE + 120) - 120;
        boolean older = false;
        for (int page = 0; page < pages; page++) {
            String path = "/v0.4/jobs?limit=100" + (cursor == null ? ""
                    : "&next=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            JsonNode list = listPage(path, idempotencyKey);
            for (JsonNode job : list.path("jobs")) {
                if (idempotencyKey.equals(job.path("metadata").path("idempotency_key").asText(null))) {
                    return Optional.of(new JobHandle(name(), job.path("id").asText(), idempotencyKey));
                }
                older |= job.has("request") && job.path("request").asLong() < notBefore;
            }
            cursor = list.path("next").asText(null);
            if (older || cursor == null || cursor.isEmpty()) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * One page of the job list, read up to three times on a retryable failure: a scan is resumed
     * at the failed page rather than restarted, so a long scan can finish under transient errors.
     */
    private JsonNode listPage(String path, String idempotencyKey) {
        String context = "listing jobs on " + name() + " to reconcile " + idempotencyKey;
        for (int attempt = 1; ; attempt++) {
            try {
                return call("GET", path, null, context, false);
            } catch (io.qhybrid.backend.BackendCallException e) {
                if (!e.retryable() || attempt == 3) {
                    throw e;
                }
                long waitMillis = e.retryAfter().map(Duration::toMillis).orElse(100L * attempt);
                try {
                    Thread.sleep(Math.min(waitMillis, 5_000));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    @Override
    public String toString() {
        return "IonQBackend[" + name() + ", device=" + device + "]";
    }

    /** The qis gate list of a circuit as IonQ's JSON; gates IonQ lacks are decomposed by {@link IonQCircuits}. */
    static ArrayNode qisJson(Circuit circuit) {
        List<QisGate> gates;
        try {
            gates = IonQCircuits.toQis(circuit);
        } catch (IllegalArgumentException e) {
            throw QHybridErrors.invalidArgument("circuit for IonQ", circuit, e.getMessage());
        }
        ArrayNode out = JsonCodec.MAPPER.createArrayNode();
        for (QisGate g : gates) {
            ObjectNode node = out.addObject().put("gate", g.gate());
            if (g.gate().equals("swap")) {
                node.putArray("targets").add(g.target()).add(g.secondTarget());
            } else {
                if (g.control() >= 0) {
                    node.put("control", g.control());
                }
                node.put("target", g.target());
            }
            if (g.hasRotation()) {
                node.put("rotation", g.rotation());
            }
        }
        return out;
    }
}
