package io.qhybrid.simulator.internal;

import io.qhybrid.circuit.Gate;
import io.qhybrid.circuit.Operation;

/**
 * The matrix of each gate of the circuit IR, in the conventions of {@link Gate}: 2x2 for
 * one-qubit gates, 4x4 (local index {@code bit(q0) + 2 bit(q1)}) for two-qubit gates, complex
 * interleaved row-major.
 */
public final class GateMatrices {
    private static final double R = Math.sqrt(0.5);

    private GateMatrices() {}

    public static double[] matrix(Operation op) {
        Gate g = op.gate();
        if (g.qubitCount() == 1) {
            return oneQubit(op);
        }
        if (g.qubitCount() == 2) {
            return twoQubit(op);
        }
        throw new IllegalArgumentException(g.qasmName() + " has no matrix");
    }

    private static double[] oneQubit(Operation op) {
        switch (op.gate()) {
            case X: return new double[] {0, 0, 1, 0, 1, 0, 0, 0};
            case Y: return new double[] {0, 0, 0, -1, 0, 1, 0, 0};
            case Z: return new double[] {1, 0, 0, 0, 0, 0, -1, 0};
            case H: return new double[] {R, 0, R, 0, R, 0, -R, 0};
            case S: return new double[] {1, 0, 0, 0, 0, 0, 0, 1};
            case SDG: return new double[] {1, 0, 0, 0, 0, 0, 0, -1};
            case T: return new double[] {1, 0, 0, 0, 0, 0, R, R};
            case TDG: return new double[] {1, 0, 0, 0, 0, 0, R, -R};
            case SX: return new double[] {0.5, 0.5, 0.5, -0.5, 0.5, -0.5, 0.5, 0.5};
            case RX: {
                double c = Math.cos(op.angle(0) / 2), s = Math.sin(op.angle(0) / 2);
                return new double[] {c, 0, 0, -s, 0, -s, c, 0};
            }
            case RY: {
                double c = Math.cos(op.angle(0) / 2), s = Math.sin(op.angle(0) / 2);
                return new double[] {c, 0, -s, 0, s, 0, c, 0};
            }
            case RZ: {
                double c = Math.cos(op.angle(0) / 2), s = Math.sin(op.angle(0) / 2);
                return new double[] {c, -s, 0, 0, 0, 0, c, s};
            }
            case P: {
                double l = op.angle(0);
                return new double[] {1, 0, 0, 0, 0, 0, Math.cos(l), Math.sin(l)};
            }
            case U: {
                double t = op.angle(0), f = op.angle(1), l = op.angle(2);
                double c = Math.cos(t / 2), s = Math.sin(t / 2);
                return new double[] {c, 0, -Math.cos(l) * s, -Math.sin(l) * s,
                        Math.cos(f) * s, Math.sin(f) * s, Math.cos(f + l) * c, Math.sin(f + l) * c};
            }
            default: throw new IllegalArgumentException("not a one-qubit gate: " + op.gate());
        }
    }

    private static double[] twoQubit(Operation op) {
        double[] m = new double[32];
        switch (op.gate()) {
            case CX: set(m, 0, 0, 1, 0); set(m, 2, 2, 1, 0); set(m, 3, 1, 1, 0); set(m, 1, 3, 1, 0); break;
            case CY: set(m, 0, 0, 1, 0); set(m, 2, 2, 1, 0); set(m, 3, 1, 0, 1); set(m, 1, 3, 0, -1); break;
            case CZ: set(m, 0, 0, 1, 0); set(m, 1, 1, 1, 0); set(m, 2, 2, 1, 0); set(m, 3, 3, -1, 0); break;
            case SWAP: set(m, 0, 0, 1, 0); set(m, 1, 2, 1, 0); set(m, 2, 1, 1, 0); set(m, 3, 3, 1, 0); break;
            case RZZ: {
                double c = Math.cos(op.angle(0) / 2), s = Math.sin(op.angle(0) / 2);
                set(m, 0, 0, c, -s); set(m, 1, 1, c, s); set(m, 2, 2, c, s); set(m, 3, 3, c, -s);
                break;
            }
            default: throw new IllegalArgumentException("not a two-qubit gate: " + op.gate());
        }
        return m;
    }

    private static void set(double[] m, int row, int col, double re, double im) {
        m[8 * row + 2 * col] = re;
        m[8 * row + 2 * col + 1] = im;
    }
}
