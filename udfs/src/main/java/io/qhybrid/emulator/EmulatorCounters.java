package io.qhybrid.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.qhybrid.backend.internal.JsonCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the emulator saw, for tests and benches to assert on: jobs created per idempotency key
 * (more than one is a duplicate), 429s sent, lost-after-accept creations, requests by route,
 * tokens issued, and a bounded log of requests with their arrival time.
 */
public final class EmulatorCounters {
    private static final int LOG_LIMIT = 50_000;

    /** One logged request: route pattern, HTTP status answered, arrival in ms since start. */
    public record Request(String route, int status, long atMillis) {}

    private final Map<String, AtomicLong> jobsByKey = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> byRoute = new ConcurrentHashMap<>();
    private final AtomicLong tooMany = new AtomicLong();
    private final AtomicLong lost = new AtomicLong();
    private final AtomicLong tokens = new AtomicLong();
    private final List<Request> log = new ArrayList<>();

    void jobCreated(String key) {
        jobsByKey.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
    }

    void request(String route, int status, long atMillis) {
        byRoute.computeIfAbsent(route, k -> new AtomicLong()).incrementAndGet();
        if (status == 429) {
            tooMany.incrementAndGet();
        }
        synchronized (log) {
            if (log.size() < LOG_LIMIT) {
                log.add(new Request(route, status, atMillis));
            }
        }
    }

    void lostAfterAccept() {
        lost.incrementAndGet();
    }

    void tokenIssued() {
        tokens.incrementAndGet();
    }

    public long jobsCreated(String key) {
        AtomicLong n = jobsByKey.get(key);
        return n == null ? 0 : n.get();
    }

    /** Idempotency keys under which more than one job was created. */
    public long duplicateKeys() {
        return jobsByKey.values().stream().filter(n -> n.get() > 1).count();
    }

    public long totalJobs() {
        return jobsByKey.values().stream().mapToLong(AtomicLong::get).sum();
    }

    public long responses429() {
        return tooMany.get();
    }

    public long lostAfterAcceptCount() {
        return lost.get();
    }

    public long tokensIssued() {
        return tokens.get();
    }

    public long requests(String route) {
        AtomicLong n = byRoute.get(route);
        return n == null ? 0 : n.get();
    }

    /** The logged requests of one route, in arrival order. */
    public List<Request> log(String route) {
        synchronized (log) {
            return log.stream().filter(r -> r.route().equals(route)).toList();
        }
    }

    /** Every logged provider request (not admin, not IAM), in arrival order. */
    public List<Request> providerLog() {
        synchronized (log) {
            return log.stream().filter(r -> r.route().contains(" /v")).toList();
        }
    }

    ObjectNode toJson(Map<String, Long> jobsByStatus) {
        ObjectNode o = JsonCodec.object();
        ObjectNode keys = o.putObject("jobs_created_by_key");
        new TreeMap<>(jobsByKey).forEach((k, v) -> keys.put(k, v.get()));
        o.put("jobs_created", totalJobs()).put("duplicate_keys", duplicateKeys()).put("responses_429", tooMany.get())
                .put("lost_after_accept", lost.get()).put("tokens_issued", tokens.get());
        ObjectNode status = o.putObject("jobs_by_status");
        new TreeMap<>(jobsByStatus).forEach(status::put);
        ObjectNode routes = o.putObject("requests_by_route");
        new TreeMap<>(byRoute).forEach((k, v) -> routes.put(k, v.get()));
        return o;
    }
}
