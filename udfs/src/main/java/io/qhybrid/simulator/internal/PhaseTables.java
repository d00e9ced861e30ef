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
        if (lanes == null) {
            return;
        }
        // one sin and cos per distinct difference (a few dozen), then the patterns by lookup
        int least = lanes.leastDelta();
        double[] cos = new double[lanes.mostDelta() - least + 1], sin = new double[cos.length];
        for (int d = 0; d < cos.length; d++) {
            double angle = -gamma * cost.unit() * (d + least);
            cos[d] = Math.cos(angle);
            sin[d] = Math.sin(angle);
        }
        for (int row = 0; row < laneCos.length; row += LanePatterns.LANES) {
            for (int a = 0; a < LanePatterns.LANES; a++) {
                int d = lanes.delta(row, a) - least;
                laneCos[row + a] = cos[d];
                laneSin[row + a] = sin[d];
            }
        }
    }
}
