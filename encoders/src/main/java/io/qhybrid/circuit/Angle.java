package io.qhybrid.circuit;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;

/**
 * A gate angle: a constant, or {@code scale * parameter + constant} for a symbolic parameter
 * bound later ({@link Circuit#bind}). Immutable.
 */
public final class Angle implements Serializable {
    private static final long serialVersionUID = 1L;

    private final double constant;
    private final String parameter;
    private final double scale;

    private Angle(double constant, String parameter, double scale) {
        this.constant = constant;
        this.parameter = parameter;
        this.scale = scale;
    }

    public static Angle of(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("angle must be finite, got " + value);
        }
        return new Angle(value, null, 0);
    }

    public static Angle parameter(String name) {
        return parameter(name, 1.0);
    }

    /** {@code scale * name}. */
    public static Angle parameter(String name, double scale) {
        Objects.requireNonNull(name, "name is null");
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("parameter name must be an identifier, got '" + name + "'");
        }
        return new Angle(0, name, scale);
    }

    /** {@code scale * name + constant}. */
    public static Angle linear(double scale, String name, double constant) {
        if (!Double.isFinite(constant) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("scale and constant must be finite, got " + scale + ", " + constant);
        }
        Angle term = parameter(name, scale);
        return new Angle(constant, term.parameter, term.scale);
    }

    public boolean isBound() {
        return parameter == null;
    }

    /** The parameter name, or null for a constant. */
    public String parameterName() {
        return parameter;
    }

    public double scale() {
        return scale;
    }

    public double constant() {
        return constant;
    }

    /** The numeric value; only for bound angles. */
    public double value() {
        if (parameter != null) {
            throw new IllegalStateException("angle depends on unbound parameter '" + parameter + "'");
        }
        return constant;
    }

    /** A bound copy; unchanged when this angle's parameter is absent from {@code values}. */
    public Angle bind(Map<String, Double> values) {
        if (parameter == null || !values.containsKey(parameter)) {
            return this;
        }
        return Angle.of(constant + scale * values.get(parameter));
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Angle)) {
            return false;
        }
        Angle other = (Angle) o;
        return Double.compare(constant, other.constant) == 0
                && Double.compare(scale, other.scale) == 0
                && Objects.equals(parameter, other.parameter);
    }

    @Override
    public int hashCode() {
        return Objects.hash(constant, parameter, scale);
    }

    @Override
    public String toString() {
        if (parameter == null) {
            return Double.toString(constant);
        }
        String term = scale == 1.0 ? parameter : scale + "*" + parameter;
        return constant == 0 ? term : term + "+" + constant;
    }
}
