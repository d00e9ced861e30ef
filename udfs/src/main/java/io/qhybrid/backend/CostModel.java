package io.qhybrid.backend;

import java.io.Serializable;

/**
 * What a job costs in the provider's billing unit (USD, seconds of QPU time, credits): a fixed
 * amount per job plus an amount per shot. Budgets in the pool are kept in the same unit.
 *
 * @param perJob charged once per created job
 * @param perShot charged per requested shot
 * @param unit the billing unit, for reports only
 */
public record CostModel(double perJob, double perShot, String unit) implements Serializable {
    /** A backend that costs nothing (simulators). */
    public static final CostModel FREE = new CostModel(0, 0, "none");

    public CostModel {
        if (!(perJob >= 0) || !(perShot >= 0)) {
            throw new IllegalArgumentException("costs must be non-negative, got " + perJob + " and " + perShot);
        }
        unit = unit == null ? "none" : unit;
    }

    /** The cost of one job of {@code shots} shots per circuit over {@code circuits} circuits. */
    public double cost(int circuits, int shots) {
        return perJob + perShot * (double) shots * circuits;
    }
}
