package io.qhybrid.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import io.qhybrid.backend.internal.JsonCodec;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Small helpers over {@link HttpExchange}: bodies, query strings, JSON answers. */
final class Exchanges {
    static final String COUNTERS = "qhybrid.counters";
    static final String ROUTE = "qhybrid.route";
    static final String ARRIVAL = "qhybrid.arrival";

    private Exchanges() {}

    static String body(HttpExchange ex) throws IOException {
        return new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    }

    static Map<String, String> form(String text) {
        Map<String, String> out = new HashMap<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        for (String pair : text.split("&")) {
            String[] kv = pair.split("=", 2);
            out.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return out;
    }

    static Map<String, String> query(HttpExchange ex) {
        return form(ex.getRequestURI().getRawQuery());
    }

    static int json(HttpExchange ex, int status, JsonNode body) throws IOException {
        return send(ex, status, body == null ? null : JsonCodec.write(body));
    }

    /** Sends the answer; the request is counted first, so a client never sees an answer before its count. */
    static int send(HttpExchange ex, int status, String body) throws IOException {
        Object counters = ex.getAttribute(COUNTERS);
        if (counters instanceof EmulatorCounters c) {
            c.request((String) ex.getAttribute(ROUTE), status, (Long) ex.getAttribute(ARRIVAL));
        }
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            ex.getResponseHeaders().set("Content-Type", "application/json");
        }
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
        ex.close();
        return status;
    }
}
