package io.qhybrid.solve.internal;

/**
 * The running minimum with a deterministic tie rule: energies within {@code tolerance} of each
 * other count as equal (so rounding in incremental updates cannot decide a tie) and then the
 * lower state index wins.
 */
public final class BestState {
    private final double tolerance;
    private double energy = Double.POSITIVE_INFINITY;
    private long state = -1;

    public BestState(double tolerance) {
        this.tolerance = tolerance;
    }

    /** Offers a candidate; returns true when it became the best. */
    public boolean offer(double candidateEnergy, long candidateState) {
        if (candidateEnergy < energy - tolerance
                || (candidateEnergy <= energy + tolerance && (state < 0 || candidateState < state))) {
            energy = Math.min(candidateEnergy, energy);
            state = candidateState;
            return true;
        }
        return false;
    }

    /** The threshold below or at which a candidate needs a closer look. */
    public double threshold() {
        return energy + tolerance;
    }

    public void merge(BestState other) {
        if (other.state >= 0) {
            offer(other.energy, other.state);
        }
    }

    public double energy() {
        return energy;
    }

    public long state() {
        return state;
    }
}
