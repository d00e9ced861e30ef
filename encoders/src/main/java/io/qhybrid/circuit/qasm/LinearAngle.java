package io.qhybrid.circuit.qasm;

import io.qhybrid.circuit.Angle;

/**
 * The value of an angle expression while it is parsed: {@code scale * parameter + constant},
 * the only shape {@link Angle} can hold. Products or quotients of two parameters are refused.
 */
record LinearAngle(double constant, String parameter, double scale) {
    static LinearAngle of(double value) {
        return new LinearAngle(value, null, 0);
    }

    static LinearAngle parameter(String name) {
        return new LinearAngle(0, name, 1);
    }

    boolean isConstant() {
        return parameter == null || scale == 0;
    }

    LinearAngle plus(LinearAngle o) {
        if (!isConstant() && !o.isConstant() && !parameter.equals(o.parameter)) {
            return null;
        }
        String p = isConstant() ? o.parameter : parameter;
        return new LinearAngle(constant + o.constant, p, scale + o.scale);
    }

    LinearAngle negate() {
        return new LinearAngle(-constant, parameter, -scale);
    }

    LinearAngle times(LinearAngle o) {
        if (!isConstant() && !o.isConstant()) {
            return null;
        }
        LinearAngle c = isConstant() ? this : o;
        LinearAngle v = isConstant() ? o : this;
        return new LinearAngle(v.constant * c.constant, v.parameter, v.scale * c.constant);
    }

    LinearAngle dividedBy(LinearAngle o) {
        if (!o.isConstant() || o.constant == 0) {
            return null;
        }
        return new LinearAngle(constant / o.constant, parameter, scale / o.constant);
    }

    /** The circuit IR's angle. */
    Angle toAngle() {
        if (isConstant()) {
            return Angle.of(constant);
        }
        return constant == 0 ? Angle.parameter(parameter, scale) : Angle.linear(scale, parameter, constant);
    }
}
