package io.qhybrid.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.qhybrid.backend.JobStatus;
import io.qhybrid.backend.internal.JsonCodec;
import io.qhybrid.circuit.Circuit;
import io.qhybrid.circuit.qasm.QasmReader;
import io.qhybrid.model.Bitstrings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The IBM IAM token route and the Qiskit Runtime routes of the emulator. */
final class IbmRoutes {
    private final QpuEmulator emulator;

    IbmRoutes(QpuEmulator emulator) {
        this.emulator = emulator;
    }

    int token(HttpExchange ex) throws IOException {
        Map<String, String> form = Exchanges.form(Exchanges.body(ex));
        if (!ex.getRequestMethod().equals("POST")
                || !"urn:ibm:params:oauth:grant-type:apikey".equals(form.get("grant_type"))
                || !emulator.settings().ibmApiKey.equals(form.get("apikey"))) {
            return Exchanges.json(ex, 400, JsonCodec.object().put("errorCode", "BXNIM0415E")
                    .put("errorMessage", "Provided API key could not be found."));
        }
        long ttl = emulator.settings().tokenTtlSeconds;
        return Exchanges.json(ex, 200, JsonCodec.object().put("access_token", emulator.issueToken())
                .put("refresh_token", "not_supported").put("token_type", "Bearer").put("expires_in", ttl)
                .put("expiration", System.currentTimeMillis() / 1000 + ttl));
    }

    int handle(HttpExchange ex, String path) throws IOException {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.startsWith("Bearer ") || !emulator.validToken(auth.substring(7))) {
            return Exchanges.json(ex, 401, QpuEmulator.error(path, 401, "Invalid or expired bearer token."));
        }
        if (!emulator.settings().ibmInstance.equals(ex.getRequestHeaders().getFirst("Service-CRN"))) {
            return Exchanges.json(ex, 403, QpuEmulator.error(path, 403, "Service-CRN does not name an instance you can use."));
        }
        String version = ex.getRequestHeaders().getFirst("IBM-API-Version");
        if (version == null || !version.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Exchanges.json(ex, 400, QpuEmulator.error(path, 400, "IBM-API-Version header must be YYYY-MM-DD."));
        }
        String method = ex.getRequestMethod();
        String[] p = path.split("/"); // "", "v1", "jobs", id, ...
        if (p.length == 5 && p[2].equals("backends") && p[4].equals("properties")) {
            return Exchanges.send(ex, 200, emulator.calibrationJson());
        }
        if (p.length == 3 && p[2].equals("jobs")) {
            return method.equals("POST") ? create(ex, path) : list(ex);
        }
        EmulatorJob job = p.length >= 4 && p[2].equals("jobs") ? emulator.job(p[3]) : null;
        if (job == null || !job.provider.equals("ibm")) {
            return Exchanges.json(ex, 404, QpuEmulator.error(path, 404, "Job not found."));
        }
        long now = emulator.now();
        if (p.length == 4 && method.equals("GET")) {
            return Exchanges.json(ex, 200, describe(job, now));
        }
        if (p.length == 5 && p[4].equals("results")) {
            JobStatus s = job.status(now);
            if (!s.isTerminal()) {
                return Exchanges.send(ex, 204, null);
            }
            if (s != JobStatus.COMPLETED) {
                return Exchanges.json(ex, 404, QpuEmulator.error(path, 404, "Job " + s.name().toLowerCase() + "."));
            }
            return Exchanges.json(ex, 200, results(job));
        }
        if (p.length == 5 && p[4].equals("cancel") && method.equals("POST")) {
            job.cancel(now);
            return Exchanges.send(ex, 204, null);
        }
        return Exchanges.json(ex, 404, QpuEmulator.error(path, 404, "No such route."));
    }

    private int create(HttpExchange ex, String path) throws IOException {
        JsonNode body = JsonCodec.parse(Exchanges.body(ex), "job");
        JsonNode pubs = body.path("params").path("pubs");
        if (!body.path("program_id").asText().equals("sampler") || !pubs.isArray() || pubs.isEmpty()
                || body.path("params").path("version").asInt() != 2) {
            return Exchanges.json(ex, 400, QpuEmulator.error(path, 400,
                    "Expected program_id sampler, params.version 2 and at least one pub."));
        }
        List<Circuit> circuits = new ArrayList<>();
        int shots = pubs.path(0).path(2).asInt(1024);
        for (JsonNode pub : pubs) {
            circuits.add(QasmReader.read(pub.path(0).asText(), "pub"));
        }
        String key = "none";
        for (JsonNode tag : body.path("tags")) {
            if (tag.asText().startsWith("idem-")) {
                key = tag.asText().substring(5);
            }
        }
        EmulatorJob job = emulator.createJob("ibm", key, circuits, shots);
        if (emulator.chance(emulator.settings().faults.pLost())) {
            emulator.counters().lostAfterAccept();
            return Exchanges.json(ex, 502, QpuEmulator.error(path, 502, "Bad gateway."));
        }
        return Exchanges.json(ex, 200, JsonCodec.object().put("id", job.id).put("backend", body.path("backend").asText()));
    }

    private int list(HttpExchange ex) throws IOException {
        String tag = Exchanges.query(ex).get("tags");
        ObjectNode out = JsonCodec.object();
        ArrayNode list = out.putArray("jobs");
        long now = emulator.now();
        for (EmulatorJob job : emulator.jobs("ibm")) {
            if (tag == null || tag.equals("idem-" + job.idempotencyKey)) {
                list.add(describe(job, now));
            }
        }
        out.put("count", list.size());
        return Exchanges.json(ex, 200, out);
    }

    private static ObjectNode describe(EmulatorJob job, long now) {
        String status = switch (job.status(now)) {
            case QUEUED -> "Queued";
            case RUNNING -> "Running";
            case COMPLETED -> "Completed";
            case FAILED -> "Failed";
            case CANCELLED -> "Cancelled";
        };
        ObjectNode o = JsonCodec.object().put("id", job.id).put("status", status).put("program", "sampler");
        o.putArray("tags").add("idem-" + job.idempotencyKey);
        return o;
    }

    private ObjectNode results(EmulatorJob job) {
        ObjectNode out = JsonCodec.object();
        ArrayNode results = out.putArray("results");
        List<Map<String, Long>> counts = emulator.counts(job);
        for (int i = 0; i < counts.size(); i++) {
            int n = job.circuits.get(i).numQubits();
            ObjectNode c = results.addObject().putObject("data").putObject("c").put("num_bits", n);
            ArrayNode samples = c.putArray("samples");
            counts.get(i).forEach((bits, k) -> {
                String hex = "0x" + Long.toHexString(Bitstrings.toIndex(bits, n));
                for (long s = 0; s < k; s++) {
                    samples.add(hex);
                }
            });
        }
        ObjectNode meta = out.putObject("metadata").put("backend_version", "emulator-1.0")
                .put("queue_ms", job.startAt - job.createdAt);
        meta.putObject("execution").put("execution_ms", EmulatorJob.EXEC_MILLIS);
        return out;
    }
}
