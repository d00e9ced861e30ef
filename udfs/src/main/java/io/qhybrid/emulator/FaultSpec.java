package io.qhybrid.emulator;

import io.qhybrid.error.QHybridErrors;
import java.util.Locale;

/**
 * The faults the emulator injects, parsed from {@code 429=0.1,5xx=0.2,lost=0.05,fail=0.02,latency-ms=50,queue-ms=200}:
 * probabilities per provider request of a 429 and of a 5xx (nothing done), per job creation of
 * "lost after accept" (the job is created but the create call answers 502, so the client
 * cannot tell) and of a job that ends FAILED; a fixed latency added to every provider request;
 * and the mean queue time of a job (each job waits 0.5-1.5 times it). Absent keys are 0.
 */
public record FaultSpec(double p429, double p5xx, double pLost, double pFail, long latencyMillis, long queueMillis) {
    public static final FaultSpec NONE = new FaultSpec(0, 0, 0, 0, 0, 0);

    public FaultSpec {
        for (double p : new double[] {p429, p5xx, pLost, pFail}) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("fault probabilities must be in [0, 1], got " + p);
            }
        }
        if (latencyMillis < 0 || queueMillis < 0) {
            throw new IllegalArgumentException("latency and queue times must be non-negative");
        }
    }

    public static FaultSpec parse(String spec) {
        FaultSpec f = NONE;
        if (spec == null || spec.isBlank()) {
            return f;
        }
        for (String part : spec.split(",")) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2) {
                throw QHybridErrors.invalidArgument("fault", part, "Write KEY=VALUE, e.g. 5xx=0.2.");
            }
            String key = kv[0].trim().toLowerCase(Locale.ROOT);
            double v;
            try {
                v = Double.parseDouble(kv[1].trim());
            } catch (NumberFormatException e) {
                throw QHybridErrors.invalidArgument("fault value", part, "Give a number.");
            }
            f = switch (key) {
                case "429" -> new FaultSpec(v, f.p5xx, f.pLost, f.pFail, f.latencyMillis, f.queueMillis);
                case "5xx" -> new FaultSpec(f.p429, v, f.pLost, f.pFail, f.latencyMillis, f.queueMillis);
                case "lost" -> new FaultSpec(f.p429, f.p5xx, v, f.pFail, f.latencyMillis, f.queueMillis);
                case "fail" -> new FaultSpec(f.p429, f.p5xx, f.pLost, v, f.latencyMillis, f.queueMillis);
                case "latency-ms" -> new FaultSpec(f.p429, f.p5xx, f.pLost, f.pFail, (long) v, f.queueMillis);
                case "queue-ms" -> new FaultSpec(f.p429, f.p5xx, f.pLost, f.pFail, f.latencyMillis, (long) v);
                default -> throw QHybridErrors.invalidArgument("fault", key,
                        "Known faults: 429, 5xx, lost, fail, latency-ms, queue-ms.");
            };
        }
        return f;
    }
}
