package io.qhybrid.simulator;

import io.qhybrid.circuit.Circuit;
import io.qhybrid.circuit.Operation;

/**
 * An independent, deliberately naive reference: the state as a dense complex vector and every
 * gate as a dense matrix written from its textbook definition, applied by building the full
 * 2^n x 2^n action one basis state at a time. Slow; for n <= 8 only.
 */
final class DenseReference {
    final int n;
    final double[] re;
    final double[] im;

    DenseReference(int n) {
        this.n = n;
        this.re = new double[1 << n];
        this.im = new double[1 << n];
        re[0] = 1;
    }

    static DenseReference run(Circuit circuit) {
        DenseReference ref = new DenseReference(circuit.numQubits());
        for (Operation op : circuit.gates()) {
            ref.apply(op);
        }
        return ref;
    }

    void apply(Operation op) {
        double[][] m = matrix(op);
        int[] qs = op.qubits();
        int d = 1 << qs.length;
        double[] nr = new double[re.length];
        double[] ni = new double[im.length];
        for (int col = 0; col < re.length; col++) {
            if (re[col] == 0 && im[col] == 0) {
                continue;
            }
            int local = 0;
            for (int k = 0; k < qs.length; k++) {
                local |= (col >> qs[k] & 1) << k;
            }
            for (int row = 0; row < d; row++) {
                int target = col;
                for (int k = 0; k < qs.length; k++) {
                    target = (target & ~(1 << qs[k])) | ((row >> k & 1) << qs[k]);
                }
                double mr = m[row][2 * local], mi = m[row][2 * local + 1];
                nr[target] += mr * re[col] - mi * im[col];
                ni[target] += mr * im[col] + mi * re[col];
            }
        }
        System.arraycopy(nr, 0, re, 0, re.length);
        System.arraycopy(ni, 0, im, 0, im.length);
    }

    /** Textbook matrices; rows of interleaved (re, im); local index bit k = k-th listed qubit. */
    static double[][] matrix(Operation op) {
        double h = 1 / Math.sqrt(2);
        switch (op.gate()) {
            case X: return rows(c(0, 0), c(1, 0), c(1, 0), c(0, 0));
            case Y: return rows(c(0, 0), c(0, -1), c(0, 1), c(0, 0));
            case Z: return rows(c(1, 0), c(0, 0), c(0, 0), c(-1, 0));
            case H: return rows(c(h, 0), c(h, 0), c(h, 0), c(-h, 0));
            case S: return phase(Math.PI / 2);
            case SDG: return phase(-Math.PI / 2);
            case T: return phase(Math.PI / 4);
            case TDG: return phase(-Math.PI / 4);
            case SX: return rows(c(0.5, 0.5), c(0.5, -0.5), c(0.5, -0.5), c(0.5, 0.5));
            case RX: {
                double t = op.angle(0);
                return rows(c(Math.cos(t / 2), 0), c(0, -Math.sin(t / 2)), c(0, -Math.sin(t / 2)), c(Math.cos(t / 2), 0));
            }
            case RY: {
                double t = op.angle(0);
                return rows(c(Math.cos(t / 2), 0), c(-Math.sin(t / 2), 0), c(Math.sin(t / 2), 0), c(Math.cos(t / 2), 0));
            }
            case RZ: {
                double t = op.angle(0);
                return rows(expi(-t / 2), c(0, 0), c(0, 0), expi(t / 2));
            }
            case P: return phase(op.angle(0));
            case U: {
                double t = op.angle(0), f = op.angle(1), l = op.angle(2);
                double[] e1 = expi(l), e2 = expi(f), e3 = expi(f + l);
                double cc = Math.cos(t / 2), ss = Math.sin(t / 2);
                return rows(c(cc, 0), c(-e1[0] * ss, -e1[1] * ss), c(e2[0] * ss, e2[1] * ss), c(e3[0] * cc, e3[1] * cc));
            }
            case CX: return controlled(rows(c(0, 0), c(1, 0), c(1, 0), c(0, 0)));
            case CY: return controlled(rows(c(0, 0), c(0, -1), c(0, 1), c(0, 0)));
            case CZ: return controlled(rows(c(1, 0), c(0, 0), c(0, 0), c(-1, 0)));
            case SWAP: {
                double[][] m = new double[4][8];
                m[0][0] = 1; m[1][4] = 1; m[2][2] = 1; m[3][6] = 1;
                return m;
            }
            case RZZ: {
                double t = op.angle(0);
                double[][] m = new double[4][8];
                for (int k = 0; k < 4; k++) {
                    int parity = (k & 1) ^ (k >> 1);
                    double[] e = expi(parity == 0 ? -t / 2 : t / 2);
                    m[k][2 * k] = e[0];
                    m[k][2 * k + 1] = e[1];
                }
                return m;
            }
            default: throw new IllegalArgumentException(op.toString());
        }
    }

    /** |0><0| (x) I + |1><1| (x) g, control on local bit 0, target on local bit 1. */
    private static double[][] controlled(double[][] g) {
        double[][] m = new double[4][8];
        for (int row = 0; row < 4; row++) {
            for (int col = 0; col < 4; col++) {
                int control = col & 1;
                if ((row & 1) != control) {
                    continue;
                }
                if (control == 0) {
                    if (row == col) {
                        m[row][2 * col] = 1;
                    }
                } else {
                    m[row][2 * col] = g[row >> 1][2 * (col >> 1)];
                    m[row][2 * col + 1] = g[row >> 1][2 * (col >> 1) + 1];
                }
            }
        }
        return m;
    }

    private static double[][] phase(double l) {
        return rows(c(1, 0), c(0, 0), c(0, 0), expi(l));
    }

    private static double[] c(double r, double i) {
        return new double[] {r, i};
    }

    private static double[] expi(double a) {
        return new double[] {Math.cos(a), Math.sin(a)};
    }

    private static double[][] rows(double[] a, double[] b, double[] cc, double[] d) {
        return new double[][] {{a[0], a[1], b[0], b[1]}, {cc[0], cc[1], d[0], d[1]}};
    }
}
