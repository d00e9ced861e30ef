package io.qhybrid.backend;

import static java.util.Objects.requireNonNull;

import io.qhybrid.circuit.Gate;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a backend accepts and what it costs. Routing reads this before choosing a tier: a circuit
 * wider than {@link #maxQubits()}, or a shot count outside {@code [minShots, maxShots]}, is never
 * sent. Circuits in gates outside {@link #nativeGates()} are translated by the client where it can.
 *
 * @param maxQubits the widest circuit the backend runs
 * @param nativeGates the gates the backend takes without translation
 * @param minShots the smallest shot count per circuit
 * @param maxShots the largest shot count per circuit
 * @param maxCircuitsPerJob how many circuits one {@link SubmitRequest} may carry
 * @param costModel what a job costs
 * @param calibrationJson the last calibration snapshot known when the capabilities were read, or
 *     null when the backend publishes none
 */
public record BackendCapabilities(int maxQubits, Set<Gate> nativeGates, int minShots, int maxShots,
        int maxCircuitsPerJob, CostModel costModel, String calibrationJson) implements Serializable {
    public BackendCapabilities {
        requireNonNull(nativeGates, "nativeGates is null");
        requireNonNull(costModel, "costModel is null");
        if (maxQubits < 1 || minShots < 1 || maxShots < minShots || maxCircuitsPerJob < 1) {
            throw new IllegalArgumentException("inconsistent capabilities: maxQubits=" + maxQubits
                    + " shots=[" + minShots + "," + maxShots + "] maxCircuitsPerJob=" + maxCircuitsPerJob);
        }
        nativeGates = nativeGates.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(nativeGates));
    }

    /** A copy carrying another calibration snapshot. */
    public BackendCapabilities withCalibration(String json) {
        return new BackendCapabilities(maxQubits, nativeGates, minShots, maxShots, maxCircuitsPerJob, costModel, json);
    }

    /** True when a request of this width and shot count can be sent as is. */
    public boolean accepts(int qubits, int shots) {
        return qubits <= maxQubits && shots >= minShots && shots <= maxShots;
    }
}
