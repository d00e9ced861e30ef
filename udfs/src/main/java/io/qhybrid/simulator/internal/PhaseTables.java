package io.qhybrid.simulator.internal;

/**
 * One QAOA layer's cost phase, scale * exp(-i gamma (E - offset)), as tables refreshed per layer:
 * by level (256 entries) and, when the cost has {@link LanePatterns}, by pattern and lane, so that
 * the phase of run k's lane a is level(8k)'s entry times pattern(k)'s lane-a entry.
 */
final class PhaseTables {
    final byte[] levels;
    final LanePatterns lanes;
    final double[] levelCos = new double[256];
    final double[] levelSin = new double[256];
    final double[] laneCos;
    final double[] laneSin;
    private final CostVector cost;

    PhaseTables(CostVector cost) {
        this.cost = cost;
        this.levels = cost.levels();
        this.lanes = cost.lanePatterns();
        int rows = lanes == null ? 0 : lanes.patterns() * LanePatterns.LANES;
        this.laneCos = new double[rows];
        this.laneSin = new double[rows];
    }

    /** Compact costs only; {@code scale} multiplies the level tables, the pattern tables are pure phases. */
    void set(double gamma, double scale) {
        for (int level = 0; level < 256; level++) {
            double angle = -gamma * cost.levelEnergy(level);
            levelCos[level] = scale * Math.cos(angle);
            levelSin[level] = scale * Math.sin(angle);
        }
        for (int row = 0; row < laneCos.length; row++) {
            double angle = -gamma * cost.unit() * lanes.delta(row - row % LanePatterns.LANES, row % LanePatterns.LANES);
            laneCos[row] = Math.cos(angle);
            laneSin[row] = Math.sin(angle);
        }
    }
}
