package io.qhybrid.simulator;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qhybrid.error.QHybridErrors;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;

/**
 * A calibration-like description of a noisy device, immutable: depolarising rates after one- and
 * two-qubit gates, readout error per qubit, and optional T1/T2 with gate durations. The QPU
 * emulator publishes a device-style calibration document instead; {@link Calibrations} reads
 * either shape into a model.
 *
 * <p>A depolarising rate p means {@code rho -> (1 - p) rho + p I / d} on the gate's qubits
 * (d = 2 or 4). Readout error {@code p01} is the probability that a 0 reads as 1, {@code p10} that
 * a 1 reads as 0. With T1/T2 (microseconds) and gate times, each gate is followed by the
 * Pauli-twirled thermal relaxation of its duration. Format, every key optional:
 * <pre>
 * {"depolarizing_1q": 0.001, "depolarizing_2q": 0.01,
 *  "readout": {"p01": 0.01, "p10": 0.02},
 *  "gate_time_1q_us": 0.05, "gate_time_2q_us": 0.3,
 *  "qubits": [{"qubit": 0, "p01": 0.02, "p10": 0.03, "t1_us": 100, "t2_us": 80}]}
 * </pre>
 */
public final class NoiseModel implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Set<String> TOP_KEYS = Set.of("name", "depolarizing_1q", "depolarizing_2q", "readout",
            "gate_time_1q_us", "gate_time_2q_us", "qubits");
    private static final Set<String> QUBIT_KEYS = Set.of("qubit", "p01", "p10", "t1_us", "t2_us");

    private final double depolarizing1q;
    private final double depolarizing2q;
    private final double defaultP01;
    private final double defaultP10;
    private final double[] p01;
    private final double[] p10;
    private final double[] t1;
    private final double[] t2;
    private final double gateTime1q;
    private final double gateTime2q;

    private NoiseModel(double depolarizing1q, double depolarizing2q, double defaultP01, double defaultP10,
            double[] p01, double[] p10, double[] t1, double[] t2, double gateTime1q, double gateTime2q) {
        this.depolarizing1q = depolarizing1q;
        this.depolarizing2q = depolarizing2q;
        this.defaultP01 = defaultP01;
        this.defaultP10 = defaultP10;
        this.p01 = p01;
        this.p10 = p10;
        this.t1 = t1;
        this.t2 = t2;
        this.gateTime1q = gateTime1q;
        this.gateTime2q = gateTime2q;
    }

    /** No noise at all. */
    public static NoiseModel ideal() {
        return uniform(0, 0, 0, 0);
    }

    /** The same depolarising rates and readout errors on every qubit, no relaxation. */
    public static NoiseModel uniform(double depolarizing1q, double depolarizing2q, double p01, double p10) {
        checkProbability("depolarizing_1q", depolarizing1q);
        checkProbability("depolarizing_2q", depolarizing2q);
        checkProbability("p01", p01);
        checkProbability("p10", p10);
        double[] none = new double[0];
        return new NoiseModel(depolarizing1q, depolarizing2q, p01, p10, none, none, none, none, 0, 0);
    }

    public double depolarizing1q() {
        return depolarizing1q;
    }

    public double depolarizing2q() {
        return depolarizing2q;
    }

    /** P(read 1 | state 0) on qubit q. */
    public double p01(int q) {
        return q < p01.length && !Double.isNaN(p01[q]) ? p01[q] : defaultP01;
    }

    /** P(read 0 | state 1) on qubit q. */
    public double p10(int q) {
        return q < p10.length && !Double.isNaN(p10[q]) ? p10[q] : defaultP10;
    }

    /** T1 of qubit q in microseconds, or NaN when not given. */
    public double t1(int q) {
        return q < t1.length ? t1[q] : Double.NaN;
    }

    /** T2 of qubit q in microseconds, or NaN when not given. */
    public double t2(int q) {
        return q < t2.length ? t2[q] : Double.NaN;
    }

    /** Duration in microseconds of a gate on {@code qubits} qubits (0 when not given). */
    public double gateTime(int qubits) {
        return qubits == 1 ? gateTime1q : gateTime2q;
    }

    /** Parses the JSON document described in the class comment; {@code source} names it in errors. */
    public static NoiseModel fromJson(String json, String source) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw QHybridErrors.badInput(source, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw QHybridErrors.badInput(source, 1, 1, "a noise document is a JSON object");
        }
        checkKeys(root, TOP_KEYS, source, "");
        double d1 = number(root, "depolarizing_1q", 0, source);
        double d2 = number(root, "depolarizing_2q", 0, source);
        JsonNode readout = root.path("readout");
        if (!readout.isMissingNode()) {
            checkKeys(readout, Set.of("p01", "p10"), source, "readout.");
        }
        double r01 = number(readout, "p01", 0, source);
        double r10 = number(readout, "p10", 0, source);
        double g1 = number(root, "gate_time_1q_us", 0, source);
        double g2 = number(root, "gate_time_2q_us", 0, source);
        int size = 0;
        for (JsonNode q : root.path("qubits")) {
            size = Math.max(size, (int) number(q, "qubit", -1, source) + 1);
        }
        double[][] per = new double[4][size];
        for (double[] column : per) {
            Arrays.fill(column, Double.NaN);
        }
        for (JsonNode q : root.path("qubits")) {
            checkKeys(q, QUBIT_KEYS, source, "qubits[].");
            int index = (int) number(q, "qubit", -1, source);
            if (index < 0) {
                throw QHybridErrors.badInput(source, 0, 0, "every entry of 'qubits' needs \"qubit\": <index >= 0>");
            }
            per[0][index] = number(q, "p01", Double.NaN, source);
            per[1][index] = number(q, "p10", Double.NaN, source);
            per[2][index] = number(q, "t1_us", Double.NaN, source);
            per[3][index] = number(q, "t2_us", Double.NaN, source);
        }
        for (String key : new String[] {"depolarizing_1q", "depolarizing_2q"}) {
            checkProbability(key, key.endsWith("1q") ? d1 : d2);
        }
        return new NoiseModel(d1, d2, r01, r10, per[0], per[1], per[2], per[3], g1, g2);
    }

    private static void checkKeys(JsonNode node, Set<String> allowed, String source, String prefix) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw QHybridErrors.badInput(source, 0, 0, "unknown key '" + prefix + key + "'; known keys: "
                        + new java.util.TreeSet<>(allowed));
            }
        }
    }

    private static double number(JsonNode node, String key, double fallback, String source) {
        JsonNode value = node.path(key);
        if (value.isMissingNode() || value.isNull()) {
            return fallback;
        }
        if (!value.isNumber() || value.asDouble() < 0) {
            throw QHybridErrors.badInput(source, 0, 0, "'" + key + "' must be a non-negative number, got " + value);
        }
        double v = value.asDouble();
        if ((key.startsWith("p") || key.startsWith("depolarizing")) && v > 1) {
            throw QHybridErrors.badInput(source, 0, 0, "'" + key + "' is a probability, got " + v);
        }
        return v;
    }

    private static void checkProbability(String key, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw QHybridErrors.invalidArgument(key, p, "Give a probability between 0 and 1.");
        }
    }
}
