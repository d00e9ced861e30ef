package io.qhybrid.chem;

import org.apache.commons.math3.special.Erf;

/**
 * Closed-form one- and two-electron integrals over contracted s-type Gaussians. Every formula
 * follows from the Gaussian product theorem: the product of two s Gaussians at A and B with
 * exponents a and b is a single s Gaussian at P = (aA + bB)/(a + b) with exponent a + b, scaled
 * by exp(-ab/(a+b) |A - B|^2). The Coulomb operator then reduces to the Boys function F0.
 */
public final class GaussianIntegrals {
    private GaussianIntegrals() {}

    /** Overlap {@code <f|g>}. */
    public static double overlap(ContractedGaussian f, ContractedGaussian g) {
        double sum = 0;
        double rab2 = f.center().squaredDistance(g.center());
        for (int i = 0; i < f.size(); i++) {
            for (int j = 0; j < g.size(); j++) {
                double a = f.exponent(i);
                double b = g.exponent(j);
                sum += f.weight(i) * g.weight(j) * primitiveOverlap(a, b, rab2);
            }
        }
        return sum;
    }

    /** Kinetic energy {@code <f| -1/2 nabla^2 |g>}. */
    public static double kinetic(ContractedGaussian f, ContractedGaussian g) {
        double sum = 0;
        double rab2 = f.center().squaredDistance(g.center());
        for (int i = 0; i < f.size(); i++) {
            for (int j = 0; j < g.size(); j++) {
                double a = f.exponent(i);
                double b = g.exponent(j);
                double reduced = a * b / (a + b);
                sum += f.weight(i) * g.weight(j) * reduced * (3 - 2 * reduced * rab2) * primitiveOverlap(a, b, rab2);
            }
        }
        return sum;
    }

    /** Attraction {@code <f| -Z/|r - C| |g>} to a point nucleus of charge {@code charge} at C. */
    public static double nuclearAttraction(ContractedGaussian f, ContractedGaussian g, Vec3 nucleus, double charge) {
        double sum = 0;
        double rab2 = f.center().squaredDistance(g.center());
        for (int i = 0; i < f.size(); i++) {
            for (int j = 0; j < g.size(); j++) {
                double a = f.exponent(i);
                double b = g.exponent(j);
                double p = a + b;
                Vec3 centre = f.center().weightedMean(a, g.center(), b);
                double value = -2 * Math.PI / p * charge * StrictMath.exp(-a * b / p * rab2)
                        * boysF0(p * centre.squaredDistance(nucleus));
                sum += f.weight(i) * g.weight(j) * value;
            }
        }
        return sum;
    }

    /** Electron repulsion {@code (fg|hk)} in chemists' notation: f, g hold electron 1; h, k electron 2. */
    public static double electronRepulsion(ContractedGaussian f, ContractedGaussian g,
                                           ContractedGaussian h, ContractedGaussian k) {
        double sum = 0;
        double rab2 = f.center().squaredDistance(g.center());
        double rcd2 = h.center().squaredDistance(k.center());
        for (int i = 0; i < f.size(); i++) {
            for (int j = 0; j < g.size(); j++) {
                double a = f.exponent(i);
                double b = g.exponent(j);
                double p = a + b;
                Vec3 pc = f.center().weightedMean(a, g.center(), b);
                double wab = f.weight(i) * g.weight(j) * StrictMath.exp(-a * b / p * rab2);
                for (int m = 0; m < h.size(); m++) {
                    for (int n = 0; n < k.size(); n++) {
                        double c = h.exponent(m);
                        double d = k.exponent(n);
                        double q = c + d;
                        Vec3 qc = h.center().weightedMean(c, k.center(), d);
                        double wcd = h.weight(m) * k.weight(n) * StrictMath.exp(-c * d / q * rcd2);
                        double value = 2 * StrictMath.pow(Math.PI, 2.5) / (p * q * Math.sqrt(p + q))
                                * boysF0(p * q / (p + q) * pc.squaredDistance(qc));
                        sum += wab * wcd * value;
                    }
                }
            }
        }
        return sum;
    }

    /**
     * The zeroth Boys function {@code F0(t) = integral_0^1 exp(-t s^2) ds}. For small t the closed
     * form {@code sqrt(pi/t) erf(sqrt t) / 2} loses digits to cancellation, so a Taylor series
     * takes over there.
     */
    static double boysF0(double t) {
        if (t < 1e-6) {
            return 1 - t / 3 + t * t / 10;
        }
        double root = Math.sqrt(t);
        return 0.5 * Math.sqrt(Math.PI / t) * Erf.erf(root);
    }

    private static double primitiveOverlap(double a, double b, double rab2) {
        double p = a + b;
        return StrictMath.pow(Math.PI / p, 1.5) * StrictMath.exp(-a * b / p * rab2);
    }
}
