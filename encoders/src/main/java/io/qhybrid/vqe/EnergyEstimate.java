package io.qhybrid.vqe;

import java.io.Serializable;

/**
 * An energy estimated from measurement counts, with its statistical uncertainty.
 *
 * @param energy the estimate of {@code <H>}: the identity coefficient plus, for each measurement
 *     group, the mean over its shots of {@code sum_w c_w (-1)^(parity of the shot on w's qubits)}
 * @param standardError the estimated standard deviation of {@code energy}:
 *     {@code sqrt(sum_g s_g^2 / N_g)}, with {@code s_g^2} the unbiased sample variance of group
 *     g's per-shot value and {@code N_g} its shots (groups are measured independently, so their
 *     variances add); infinite when a group has a single shot, 0 when nothing needs measuring
 * @param shots the shots over all groups
 */
public record EnergyEstimate(double energy, double standardError, long shots) implements Serializable {
    public EnergyEstimate {
        if (Double.isNaN(energy) || Double.isNaN(standardError) || standardError < 0) {
            throw new IllegalArgumentException("energy " + energy + " and standard error " + standardError
                    + " must be numbers, the error non-negative");
        }
        if (shots < 0) {
            throw new IllegalArgumentException("shots must be >= 0, got " + shots);
        }
    }
}
