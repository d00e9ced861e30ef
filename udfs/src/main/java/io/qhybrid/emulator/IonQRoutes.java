package io.qhybrid.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.qhybrid.backend.JobStatus;
import io.qhybrid.backend.internal.JsonCodec;
import io.qhybrid.circuit.Circuit;
import io.qhybrid.model.Bitstrings;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The IonQ v0.4 routes of the emulator: create, read, list, probabilities, cancel. */
final class IonQRoutes {
    private final QpuEmulator emulator;

    IonQRoutes(QpuEmulator emulator) {
        this.emulator = emulator;
    }

    int handle(HttpExchange ex, String path) throws IOException {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (!("apiKey " + emulator.settings().ionqKey).equals(auth)) {
            return Exchanges.json(ex, 401, QpuEmulator.error(path, 401, "Invalid or missing API key."));
        }
        String method = ex.getRequestMethod();
        String[] p = path.split("/"); // "", "v0.4", "jobs", id, ...
        if (p.length == 3 && p[2].equals("jobs")) {
            return method.equals("POST") ? create(ex, path) : list(ex);
        }
        EmulatorJob job = p.length >= 4 && p[2].equals("jobs") ? emulator.job(p[3]) : null;
        if (job == null || !job.provider.equals("ionq")) {
            return Exchanges.json(ex, 404, QpuEmulator.error(path, 404, "Job not found."));
        }
        long now = emulator.now();
        if (p.length == 4 && method.equals("GET")) {
            return Exchanges.json(ex, 200, describe(job, now));
        }
        if (p.length == 6 && p[4].equals("results") && p[5].equals("probabilities")) {
            if (job.status(now) != JobStatus.COMPLETED) {
                return Exchanges.json(ex, 404, QpuEmulator.error(path, 404, "Results are not available."));
            }
            ObjectNode probabilities = JsonCodec.object();
            int n = job.circuits.get(0).numQubits();
            emulator.counts(job).get(0).forEach((bits, count) ->
                    probabilities.put(Long.toString(Bitstrings.toIndex(bits, n)), count / (double) job.shots));
            return Exchanges.json(ex, 200, probabilities);
        }
        if (p.length == 6 && p[4].equals("status") && p[5].equals("cancel") && method.equals("PUT")) {
            job.cancel(now);
            return Exchanges.json(ex, 200, JsonCodec.object().put("id", job.id).put("status", name(job.status(now))));
        }
        return Exchanges.json(ex, 404, QpuEmulator.error(path, 404, "No such route."));
    }

    private int create(HttpExchange ex, String path) throws IOException {
        JsonNode body = JsonCodec.parse(Exchanges.body(ex), "job");
        JsonNode input = body.path("input");
        int shots = body.path("shots").asInt(0);
        if (!body.path("type").asText().equals("ionq.circuit.v1") || !input.path("gateset").asText().equals("qis")
                || shots < 1 || input.path("qubits").asInt(0) < 1 || !input.path("circuit").isArray()) {
            return Exchanges.json(ex, 400, QpuEmulator.error(path, 400,
                    "Expected type ionq.circuit.v1, positive shots, input.qubits and a qis circuit."));
        }
        Circuit circuit = QisCircuitReader.read(input.path("qubits").asInt(), input.path("circuit"));
        String key = body.path("metadata").path("idempotency_key").asText("none");
        EmulatorJob job = emulator.createJob("ionq", key, List.of(circuit), shots);
        if (emulator.chance(emulator.settings().faults.pLost())) {
            emulator.counters().lostAfterAccept();
            return Exchanges.json(ex, 502, QpuEmulator.error(path, 502, "Bad gateway."));
        }
        return Exchanges.json(ex, 201, JsonCodec.object().put("id", job.id).put("status", "submitted"));
    }

    private int list(HttpExchange ex) throws IOException {
        Map<String, String> q = Exchanges.query(ex);
        int limit = Integer.parseInt(q.getOrDefault("limit", "25"));
        int from = Integer.parseInt(q.getOrDefault("next", "0"));
        List<EmulatorJob> all = new java.util.ArrayList<>(emulator.jobs("ionq"));
        java.util.Collections.reverse(all); // newest first, as IonQ lists them
        ObjectNode out = JsonCodec.object();
        ArrayNode page = out.putArray("jobs");
        long now = emulator.now();
        for (int i = from; i < Math.min(all.size(), from + limit); i++) {
            page.add(describe(all.get(i), now));
        }
        if (from + limit < all.size()) {
            out.put("next", Integer.toString(from + limit));
        }
        return Exchanges.json(ex, 200, out);
    }

    private ObjectNode describe(EmulatorJob job, long now) {
        ObjectNode o = JsonCodec.object().put("id", job.id).put("request", emulator.epochSeconds(job.createdAt)).put("status", name(job.status(now)))
                .put("shots", job.shots).put("backend", "simulator").put("type", "ionq.circuit.v1");
        o.putObject("metadata").put("idempotency_key", job.idempotencyKey);
        o.putObject("stats").put("qubits", job.circuits.get(0).numQubits()).put("queue_time_ms", job.startAt - job.createdAt);
        if (job.status(now) == JobStatus.COMPLETED) {
            o.put("execution_time", EmulatorJob.EXEC_MILLIS);
        }
        return o;
    }

    private static String name(JobStatus s) {
        return switch (s) {
            case QUEUED -> "ready";
            case RUNNING -> "running";
            case COMPLETED -> "completed";
            case FAILED -> "failed";
            case CANCELLED -> "canceled";
        };
    }
}
