package io.qhybrid.backend;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts of a completed job, one map per submitted circuit in submission order, with the
 * metadata lineage needs.
 *
 * <p>Bit order: keys are bitstrings of the circuit's width with qubit 0 the rightmost character
 * (OpenQASM/Qiskit order); every client converts its provider's format to this. Each map's
 * values sum to the requested shots.
 *
 * @param counts per circuit, bitstring to count, sorted by bitstring
 * @param providerJobId the provider's job id
 * @param backendVersion the device or simulator version that ran the job, or "unknown"
 * @param calibrationJson the calibration snapshot the job ran under, or null
 * @param queueMillis time between creation and start as the provider reports it, or -1
 * @param executionMillis time on the device as the provider reports it, or -1
 */
public record CountsResult(List<Map<String, Long>> counts, String providerJobId, String backendVersion,
        String calibrationJson, long queueMillis, long executionMillis) implements Serializable {
    public CountsResult {
        requireNonNull(counts, "counts is null");
        requireNonNull(providerJobId, "providerJobId is null");
        backendVersion = backendVersion == null ? "unknown" : backendVersion;
        counts = counts.stream().map(m -> Map.copyOf(new TreeMap<>(m))).toList();
    }

    /** The counts of the first (usually only) circuit, sorted by bitstring. */
    public Map<String, Long> counts0() {
        return new TreeMap<>(counts.get(0));
    }

    /** Total shots of circuit {@code i}. */
    public long shots(int i) {
        return counts.get(i).values().stream().mapToLong(Long::longValue).sum();
    }
}
