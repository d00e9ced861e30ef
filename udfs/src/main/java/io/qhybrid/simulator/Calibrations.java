package io.qhybrid.simulator;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.qhybrid.error.QHybridErrors;

/**
 * Device calibration documents and the {@link NoiseModel} they imply. Two shapes are read:
 * the noise document of {@link NoiseModel#fromJson} (recognised by any of its top-level keys),
 * and the device calibration the QPU emulator publishes at {@code /admin/calibration}:
 * <pre>
 * {"backend_name": "...", "qubits": [{"qubit": 0, "t1_us": 120, "t2_us": 90,
 *   "readout_error": 0.01, "sx_error": 0.0003}, ...],
 *  "gates": {"cx_error": 0.008, "sx_length_us": 0.035, "cx_length_us": 0.3}}
 * </pre>
 * Gate errors there are average gate infidelities {@code r}; a depolarising channel
 * {@code (1 - p) rho + p I / d} has infidelity {@code p (d - 1) / d}, so {@code p = r d / (d - 1)}:
 * twice the mean {@code sx_error} for one-qubit gates, {@code 4/3 cx_error} for two-qubit gates.
 * Readout error is taken as symmetric.
 */
public final class Calibrations {
    /** Qubits of the default emulated device. */
    public static final int DEFAULT_QUBITS = 8;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Calibrations() {}

    /** The fixed, plausible calibration of the emulated device with {@code qubits} qubits. */
    public static String defaultDocument(int qubits) {
        ObjectNode doc = MAPPER.createObjectNode().put("backend_name", "qhybrid_emulator")
                .put("backend_version", "1.0.0").put("last_update_date", "2026-01-01T00:00:00Z");
        ArrayNode qs = doc.putArray("qubits");
        for (int q = 0; q < qubits; q++) {
            qs.addObject().put("qubit", q).put("t1_us", 120.0 + q).put("t2_us", 90.0 + q)
                    .put("readout_error", 0.01).put("sx_error", 0.0003);
        }
        doc.putObject("gates").put("cx_error", 0.008).put("sx_length_us", 0.035).put("cx_length_us", 0.3);
        return doc.toString();
    }

    /** The noise model of the default emulated device. */
    public static NoiseModel defaultNoise() {
        return noiseModel(defaultDocument(DEFAULT_QUBITS), "default calibration");
    }

    /** The noise model a document of either shape describes; {@code source} names it in errors. */
    public static NoiseModel noiseModel(String json, String source) {
        requireNonNull(json, "json is null");
        requireNonNull(source, "source is null");
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return NoiseModel.fromJson(json, source); // reports the syntax error with its location
        }
        if (root == null || !root.isObject()) {
            throw QHybridErrors.badInput(source, 1, 1, "a calibration document is a JSON object");
        }
        if (!root.has("backend_name") && !root.has("gates") && !hasDeviceQubits(root)) {
            return NoiseModel.fromJson(json, source);
        }
        ObjectNode noise = MAPPER.createObjectNode();
        ArrayNode qubits = noise.putArray("qubits");
        double sx = 0;
        int sxCount = 0;
        for (JsonNode q : root.path("qubits")) {
            ObjectNode out = qubits.addObject().put("qubit", q.path("qubit").asInt(-1));
            if (q.has("readout_error")) {
                out.put("p01", q.path("readout_error").asDouble()).put("p10", q.path("readout_error").asDouble());
            }
            copy(q, "t1_us", out, "t1_us");
            copy(q, "t2_us", out, "t2_us");
            if (q.has("sx_error")) {
                sx += q.path("sx_error").asDouble();
                sxCount++;
            }
        }
        JsonNode gates = root.path("gates");
        noise.put("depolarizing_1q", sxCount == 0 ? 0 : Math.min(1, 2 * sx / sxCount));
        noise.put("depolarizing_2q", Math.min(1, 4.0 / 3 * gates.path("cx_error").asDouble(0)));
        copy(gates, "sx_length_us", noise, "gate_time_1q_us");
        copy(gates, "cx_length_us", noise, "gate_time_2q_us");
        return NoiseModel.fromJson(noise.toString(), source);
    }

    private static boolean hasDeviceQubits(JsonNode root) {
        for (JsonNode q : root.path("qubits")) {
            if (q.has("readout_error") || q.has("sx_error")) {
                return true;
            }
        }
        return false;
    }

    private static void copy(JsonNode from, String key, ObjectNode to, String as) {
        if (from.has(key)) {
            to.set(as, from.get(key));
        }
    }
}
