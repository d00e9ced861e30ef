package io.qhybrid.pipelines.routing;

import java.io.Serializable;

/**
 * The size limits and switches routing follows, from a job's config.
 *
 * @param exactMaxVariables at most this many variables: classical exact enumeration
 * @param simulatorMaxQubits at most this many qubits: the simulator can serve
 * @param qpuEnabled whether the job may use the QPU tier at all
 * @param qpuMaxQubits the QPU backend's qubit limit (from its capabilities)
 */
public record RoutingPolicy(int exactMaxVariables, int simulatorMaxQubits, boolean qpuEnabled, int qpuMaxQubits)
        implements Serializable {
    public RoutingPolicy {
        if (exactMaxVariables < 0 || simulatorMaxQubits < 1 || qpuMaxQubits < 0) {
            throw new IllegalArgumentException("routing limits must be positive: " + exactMaxVariables + ", "
                    + simulatorMaxQubits + ", " + qpuMaxQubits);
        }
    }
}
