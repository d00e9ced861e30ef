package io.qhybrid.optim;

/** A real function of a parameter vector to be minimised, e.g. a variational energy estimate. */
@FunctionalInterface
public interface Objective {
    double value(double[] point);
}
