package io.qhybrid.optim;

import static java.util.Objects.requireNonNull;

/** Box constraints {@code lower[i] <= x[i] <= upper[i]}; infinite entries mean unbounded. */
public record Bounds(double[] lower, double[] upper) {
    public Bounds {
        requireNonNull(lower, "lower is null");
        requireNonNull(upper, "upper is null");
        if (lower.length != upper.length) {
            throw new IllegalArgumentException("lower and upper bounds differ in length: "
                    + lower.length + " and " + upper.length);
        }
        for (int i = 0; i < lower.length; i++) {
            if (!(lower[i] <= upper[i])) {
                throw new IllegalArgumentException("bound " + i + " is empty: [" + lower[i] + ", " + upper[i] + "]");
            }
        }
        lower = lower.clone();
        upper = upper.clone();
    }

    /** The same interval on every coordinate. */
    public static Bounds uniform(int dimension, double low, double high) {
        double[] lower = new double[dimension];
        double[] upper = new double[dimension];
        java.util.Arrays.fill(lower, low);
        java.util.Arrays.fill(upper, high);
        return new Bounds(lower, upper);
    }

    public int dimension() {
        return lower.length;
    }

    @Override
    public double[] lower() {
        return lower.clone();
    }

    @Override
    public double[] upper() {
        return upper.clone();
    }
}
