package io.qhybrid.backend;

import java.io.Serializable;

/**
 * The noise a {@link CircuitRunner} should apply: depolarising probability after each one- and
 * two-qubit gate, and a symmetric readout bit-flip probability. {@link #NONE} is exact.
 */
public record NoiseParameters(double depolarizing1q, double depolarizing2q, double readoutError)
        implements Serializable {
    public static final NoiseParameters NONE = new NoiseParameters(0, 0, 0);

    public NoiseParameters {
        check(depolarizing1q, "depolarizing1q");
        check(depolarizing2q, "depolarizing2q");
        check(readoutError, "readoutError");
    }

    private static void check(double p, String name) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(name + " must be a probability in [0, 1], got " + p);
        }
    }

    public boolean isNoiseless() {
        return depolarizing1q == 0 && depolarizing2q == 0 && readoutError == 0;
    }
}
