package io.qhybrid.chem;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/**
 * A contracted s-type Gaussian basis function {@code sum_k c_k N(a_k) exp(-a_k |r - A|^2)} centred
 * at {@code A}, where {@code N(a) = (2a/pi)^(3/4)} normalises each primitive. Immutable.
 */
public final class ContractedGaussian {
    /**
     * STO-3G least-squares fit of a Slater 1s function with exponent 1 (Hehre, Stewart and Pople,
     * 1969): primitive exponents and contraction coefficients. Scaling the exponents by
     * {@code zeta^2} fits a Slater function with exponent {@code zeta}.
     */
    private static final double[] STO3G_1S_EXPONENTS = {2.227660584, 0.4057711562, 0.1098175104};
    private static final double[] STO3G_1S_COEFFICIENTS = {0.1543289673, 0.5353281423, 0.4446345422};

    /** The Slater exponent STO-3G uses for hydrogen 1s (optimised in molecules, not the atom's 1.0). */
    public static final double HYDROGEN_ZETA = 1.24;

    private final Vec3 center;
    private final double[] exponents;
    private final double[] coefficients;

    /**
     * @param center where the function sits, in bohr
     * @param exponents primitive exponents in bohr^-2, all positive
     * @param coefficients contraction coefficients of the normalised primitives
     */
    public ContractedGaussian(Vec3 center, double[] exponents, double[] coefficients) {
        this.center = requireNonNull(center, "center is null");
        requireNonNull(exponents, "exponents is null");
        requireNonNull(coefficients, "coefficients is null");
        if (exponents.length == 0 || exponents.length != coefficients.length) {
            throw new IllegalArgumentException("need as many coefficients as exponents, and at least one");
        }
        for (double a : exponents) {
            if (!(a > 0) || Double.isInfinite(a)) {
                throw new IllegalArgumentException("Gaussian exponents must be positive and finite: " + a);
            }
        }
        this.exponents = exponents.clone();
        this.coefficients = coefficients.clone();
    }

    /** The STO-3G 1s function for a Slater exponent {@code zeta} at {@code center}. */
    public static ContractedGaussian sto3g1s(double zeta, Vec3 center) {
        double[] scaled = new double[STO3G_1S_EXPONENTS.length];
        for (int k = 0; k < scaled.length; k++) {
            scaled[k] = STO3G_1S_EXPONENTS[k] * zeta * zeta;
        }
        return new ContractedGaussian(center, scaled, STO3G_1S_COEFFICIENTS);
    }

    /** The STO-3G hydrogen 1s function at {@code center}. */
    public static ContractedGaussian hydrogen1s(Vec3 center) {
        return sto3g1s(HYDROGEN_ZETA, center);
    }

    public Vec3 center() {
        return center;
    }

    public int size() {
        return exponents.length;
    }

    public double exponent(int k) {
        return exponents[k];
    }

    /** Contraction coefficient times the primitive's normalisation constant. */
    public double weight(int k) {
        return coefficients[k] * StrictMath.pow(2 * exponents[k] / Math.PI, 0.75);
    }

    @Override
    public String toString() {
        return "ContractedGaussian{center=" + center + ", exponents=" + Arrays.toString(exponents)
                + ", coefficients=" + Arrays.toString(coefficients) + "}";
    }
}
