package io.qhybrid.solve;

import static java.util.Objects.requireNonNull;

import io.qhybrid.model.IsingModel;
import io.qhybrid.solve.internal.BestState;
import io.qhybrid.solve.internal.SpinArrays;
import java.util.SplittableRandom;

/**
 * Single-spin-flip Metropolis simulated annealing with a geometric temperature schedule from
 * {@code initialTemperature} down to {@code finalTemperature} over {@code sweeps} sweeps (one
 * sweep offers a flip to every spin in index order), repeated from {@code restarts} random
 * starts. The best state seen anywhere is returned. Seeded, so a configuration always gives the
 * same answer.
 *
 * <p>Unset temperatures are derived from the model: the initial one is the largest energy change
 * one flip can cause (so even the worst uphill move is accepted with probability {@code 1/e}); the
 * final one is a twentieth of the smallest non-zero coefficient magnitude times two (the smallest
 * uphill move is then accepted with probability about {@code e^-20}).
 */
public final class SimulatedAnnealingSolver implements Solver {
    private final int sweeps;
    private final int restarts;
    private final double initialTemperature;
    private final double finalTemperature;
    private final long seed;

    private SimulatedAnnealingSolver(Builder builder) {
        this.sweeps = builder.sweeps;
        this.restarts = builder.restarts;
        this.initialTemperature = builder.initialTemperature;
        this.finalTemperature = builder.finalTemperature;
        this.seed = builder.seed;
    }

    /** Defaults: 1000 sweeps, 8 restarts, temperatures from the model, seed 0. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String method() {
        return "simulated-annealing";
    }

    @Override
    public Solution solve(IsingModel model) {
        requireNonNull(model, "model is null");
        SpinArrays a = new SpinArrays(model);
        double hot = initialTemperature > 0 ? initialTemperature : Math.max(a.maxFlipChange(), 1e-12);
        double cold = finalTemperature > 0 ? finalTemperature : Math.min(hot, smallestCoefficient(a) * 2 / 20);
        double ratio = sweeps > 1 ? Math.pow(cold / hot, 1.0 / (sweeps - 1)) : 1.0;
        SplittableRandom random = new SplittableRandom(seed);
        BestState best = new BestState(1e-12 * Math.max(1.0, a.scale()));
        double[] spins = new double[a.n];
        for (int restart = 0; restart < restarts; restart++) {
            for (int i = 0; i < a.n; i++) {
                spins[i] = random.nextBoolean() ? 1.0 : -1.0;
            }
            double[] field = a.localFields(spins);
            double energy = a.energy(spins);
            long state = SpinArrays.stateOf(spins);
            best.offer(energy, state);
            double temperature = hot;
            for (int sweep = 0; sweep < sweeps; sweep++, temperature *= ratio) {
                double beta = 1.0 / temperature;
                for (int i = 0; i < a.n; i++) {
                    double s = spins[i];
                    double change = -2 * s * field[i];
                    if (change > 0 && random.nextDouble() >= Math.exp(-beta * change)) {
                        continue;
                    }
                    for (int p = a.rowStart[i]; p < a.rowStart[i + 1]; p++) {
                        field[a.neighbour[p]] -= 2 * s * a.weight[p];
                    }
                    spins[i] = -s;
                    state ^= 1L << i;
                    energy += change;
                    if (energy <= best.threshold()) {
                        best.offer(energy, state);
                    }
                }
            }
        }
        return new Solution(best.state(), a.n, model.energy(best.state()), method());
    }

    private static double smallestCoefficient(SpinArrays a) {
        double min = Double.POSITIVE_INFINITY;
        for (double v : a.h) {
            if (v != 0) {
                min = Math.min(min, Math.abs(v));
            }
        }
        for (double w : a.weight) {
            if (w != 0) {
                min = Math.min(min, Math.abs(w));
            }
        }
        return Double.isInfinite(min) ? 1.0 : min;
    }

    /** Configures a {@link SimulatedAnnealingSolver}. */
    public static final class Builder {
        private int sweeps = 1000;
        private int restarts = 8;
        private double initialTemperature;
        private double finalTemperature;
        private long seed;

        private Builder() {}

        public Builder sweeps(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("sweeps must be positive, got " + value);
            }
            sweeps = value;
            return this;
        }

        public Builder restarts(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("restarts must be positive, got " + value);
            }
            restarts = value;
            return this;
        }

        /** Both temperatures, hot first; each must be positive and finite, hot >= cold. */
        public Builder temperatures(double initial, double last) {
            if (!(initial > 0) || !(last > 0) || Double.isInfinite(initial) || last > initial) {
                throw new IllegalArgumentException("temperatures must satisfy initial >= final > 0, got "
                        + initial + " and " + last);
            }
            initialTemperature = initial;
            finalTemperature = last;
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public SimulatedAnnealingSolver build() {
            return new SimulatedAnnealingSolver(this);
        }
    }
}
