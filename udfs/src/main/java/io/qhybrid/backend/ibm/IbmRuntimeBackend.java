package io.qhybrid.backend.ibm;

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
import io.qhybrid.backend.SupportsCalibration;
import io.qhybrid.backend.SupportsReconcile;
import io.qhybrid.backend.SupportsRequestGate;
import io.qhybrid.backend.internal.HttpTransport;
import io.qhybrid.backend.internal.JsonCodec;
import io.qhybrid.circuit.Circuit;
import io.qhybrid.circuit.qasm.QasmWriter;
import io.qhybrid.circuit.Gate;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The IBM Qiskit Runtime Sampler (V2) REST client. Circuits go as OpenQASM 3 pubs
 * {@code [qasm, null, shots]}; the idempotency key is the job tag {@code idem-<key>}, which
 * {@link #reconcile} searches. Results are per-shot hex samples of register {@code c}.
 * Options: {@code device} (default {@code ibm_brisbane}), {@code iam-url} (default
 * {@code https://iam.cloud.ibm.com}), {@code api-version} (default {@code 2025-01-01}),
 * {@code call-timeout-ms}, {@code calibration-refresh-s} (default 600). Credentials: {@code QISKIT_IBM_TOKEN} (API key), {@code QISKIT_IBM_INSTANCE} (CRN).
 */
public final class IbmRuntimeBackend implements QuantumBackend, SupportsReconcile, SupportsRequestGate, SupportsCalibration {
    public static final String TYPE = "ibm";
    public static final String TOKEN_NAME = "QISKIT_IBM_TOKEN";
    public static final String INSTANCE_NAME = "QISKIT_IBM_INSTANCE";
    static final URI DEFAULT_ENDPOINT = URI.create("https://quantum.cloud.ibm.com/api");

    private final BackendConfig config;
    private final Secret instance;
    private final HttpTransport http;
    private final IamTokenProvider tokens;
    private final String device;
    private final String apiVersion;
    private final Clock clock;
    private volatile String calibration;
    private volatile java.time.Instant calibrationAt = java.time.Instant.MIN;

    public IbmRuntimeBackend(BackendConfig config, Secret apiKey, Secret instance, Clock clock) {
        this.config = requireNonNull(config, "config is null");
        this.instance = requireNonNull(instance, "instance is null");
        Duration timeout = Duration.ofMillis(config.longOption("call-timeout-ms", 10_000));
        this.http = new HttpTransport(TYPE, config.endpoint() == null ? DEFAULT_ENDPOINT : config.endpoint(), timeout);
        HttpTransport iam = new HttpTransport("ibm-iam", URI.create(config.option("iam-url", "https://iam.cloud.ibm.com")),
                timeout);
        this.tokens = new IamTokenProvider(iam, requireNonNull(apiKey, "apiKey is null"), clock);
        this.device = config.option("device", "ibm_brisbane");
        this.apiVersion = config.option("api-version", "2025-01-01");
        this.clock = clock;
    }

    public static BackendFactory factory() {
        return new BackendFactory() {
            @Override
            public String type() {
                return TYPE;
            }

            @Override
            public QuantumBackend create(BackendConfig config, SecretSource secrets) {
                String what = "IBM backend '" + config.name() + "'";
                return new IbmRuntimeBackend(config, secrets.require(TOKEN_NAME, what),
                        secrets.require(INSTANCE_NAME, what), Clock.systemUTC());
            }
        };
    }

    @Override
    public void requestGate(Runnable beforeEachRequest) {
        http.gate(beforeEachRequest); // provider requests only: the IAM exchange is not the provider's limit
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
        return new BackendCapabilities(127, EnumSet.of(Gate.X, Gate.SX, Gate.RZ, Gate.CZ), 1, 100_000, 32,
                new CostModel(0, 0.00016, "USD"), null);
    }

    private JsonNode call(String method, String path, String body, String context, boolean mutating) {
        HttpTransport.Response r = send(method, path, body, context);
        if (r.status() == 401) {
            tokens.invalidate(); // expired or revoked early: one fresh exchange, then give up
            r = send(method, path, body, context);
        }
        if (r.status() / 100 != 2) {
            JsonNode error = JsonCodec.parse(r.body().startsWith("{") ? r.body() : "{}", "IBM error");
            String message = error.path("errors").path(0).path("message").asText(error.path("message").asText(""));
            throw http.failure(context, r, mutating, message, null);
        }
        return r.status() == 204 ? null : JsonCodec.parse(r.body(), "IBM response to " + context);
    }

    private HttpTransport.Response send(String method, String path, String body, String context) {
        Map<String, String> h = new HashMap<>();
        h.put("Authorization", tokens.token().reveal(t -> "Bearer " + t));
        h.put("Service-CRN", instance.reveal(c -> c));
        h.put("IBM-API-Version", apiVersion);
        h.put("Accept", "application/json");
        return http.send(method, path, h, body == null ? null : "application/json", body, context);
    }

    @Override
    public JobHandle submit(SubmitRequest request) {
        ObjectNode body = JsonCodec.object().put("program_id", "sampler").put("backend", device);
        body.putArray("tags").add("idem-" + request.idempotencyKey());
        ObjectNode params = body.putObject("params");
        ArrayNode pubs = params.putArray("pubs");
        for (Circuit c : request.circuits()) {
            pubs.addArray().add(QasmWriter.write(c)).addNull().add(request.shots());
        }
        params.put("version", 2);
        JsonNode created = call("POST", "/v1/jobs", JsonCodec.write(body),
                "submitting job " + request.idempotencyKey() + " to " + name(), true);
        return new JobHandle(name(), created.path("id").asText(), request.idempotencyKey());
    }

    @Override
    public JobStatus status(JobHandle handle) {
        JsonNode job = call("GET", "/v1/jobs/" + handle.providerJobId(), null,
                "reading job " + handle.providerJobId() + " on " + name(), false);
        return switch (job.path("status").asText("").toLowerCase(Locale.ROOT)) {
            case "queued" -> JobStatus.QUEUED;
            case "completed" -> JobStatus.COMPLETED;
            case "failed" -> JobStatus.FAILED;
            case "cancelled", "canceled" -> JobStatus.CANCELLED;
            default -> JobStatus.RUNNING;
        };
    }

    @Override
    public CountsResult result(JobHandle handle) {
        String context = "fetching results of job " + handle.providerJobId() + " on " + name();
        JsonNode body = call("GET", "/v1/jobs/" + handle.providerJobId() + "/results", null, context, false);
        if (body == null) {
            throw HttpTransport.notReady(context);
        }
        List<Map<String, Long>> counts = new ArrayList<>();
        for (JsonNode pub : body.path("results")) {
            JsonNode c = pub.path("data").path("c");
            List<String> samples = new ArrayList<>();
            c.path("samples").forEach(s -> samples.add(s.asText()));
            counts.add(HexSamples.toCounts(samples, c.path("num_bits").asInt()));
        }
        JsonNode meta = body.path("metadata");
        return new CountsResult(counts, handle.providerJobId(), meta.path("backend_version").asText(device),
                recentCalibration(),
                meta.path("queue_ms").asLong(-1), meta.path("execution").path("execution_ms").asLong(-1));
    }

    @Override
    public void cancel(JobHandle handle) {
        call("POST", "/v1/jobs/" + handle.providerJobId() + "/cancel", null,
                "cancelling job " + handle.providerJobId() + " on " + name(), true);
    }

    @Override
    public Optional<JobHandle> reconcile(String idempotencyKey) {
        JsonNode list = call("GET", "/v1/jobs?tags=idem-" + idempotencyKey, null,
                "listing jobs on " + name() + " to reconcile " + idempotencyKey, false);
        for (JsonNode job : list.path("jobs")) {
            for (JsonNode tag : job.path("tags")) {
                if (tag.asText().equals("idem-" + idempotencyKey)) {
                    return Optional.of(new JobHandle(name(), job.path("id").asText(), idempotencyKey));
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public String calibrationJson() {
        return JsonCodec.write(call("GET", "/v1/backends/" + device + "/properties", null,
                "reading calibration of " + device, false));
    }

    /**
     * The calibration to attach to results: fetched at most every {@code calibration-refresh-s}
     * seconds (default 600; 0 never fetches), so lineage records the device state without a
     * request per job. A failed fetch leaves the snapshot empty rather than failing the result.
     */
    private String recentCalibration() {
        long refresh = config.longOption("calibration-refresh-s", 600);
        if (refresh <= 0) {
            return null;
        }
        if (clock.instant().isAfter(calibrationAt.plusSeconds(refresh))) {
            try {
                calibration = calibrationJson();
                calibrationAt = clock.instant();
            } catch (io.qhybrid.error.QHybridException e) {
                return calibration;
            }
        }
        return calibration;
    }

    @Override
    public String toString() {
        return "IbmRuntimeBackend[" + name() + ", device=" + device + "]";
    }
}
