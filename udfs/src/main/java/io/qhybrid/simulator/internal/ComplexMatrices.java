package io.qhybrid.simulator.internal;

/** Small dense complex matrix products used by gate fusion (interleaved, row-major, size d x d). */
public final class ComplexMatrices {
    private ComplexMatrices() {}

    /** a * b for d x d matrices. */
    public static double[] multiply(double[] a, double[] b, int d) {
        double[] c = new double[2 * d * d];
        for (int r = 0; r < d; r++) {
            for (int col = 0; col < d; col++) {
                double sr = 0, si = 0;
                for (int k = 0; k < d; k++) {
                    double ar = a[2 * (r * d + k)], ai = a[2 * (r * d + k) + 1];
                    double br = b[2 * (k * d + col)], bi = b[2 * (k * d + col) + 1];
                    sr += ar * br - ai * bi;
                    si += ar * bi + ai * br;
                }
                c[2 * (r * d + col)] = sr;
                c[2 * (r * d + col) + 1] = si;
            }
        }
        return c;
    }

    /** The 4x4 matrix acting as {@code m1} on local bit 1 and {@code m0} on local bit 0. */
    public static double[] kron(double[] m1, double[] m0) {
        double[] k = new double[32];
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                int a1 = 2 * ((r >> 1) * 2 + (c >> 1)), a0 = 2 * ((r & 1) * 2 + (c & 1));
                k[2 * (4 * r + c)] = m1[a1] * m0[a0] - m1[a1 + 1] * m0[a0 + 1];
                k[2 * (4 * r + c) + 1] = m1[a1] * m0[a0 + 1] + m1[a1 + 1] * m0[a0];
            }
        }
        return k;
    }

    /** The same 4x4 operator with its two local qubits exchanged. */
    public static double[] swapQubits(double[] m) {
        int[] perm = {0, 2, 1, 3};
        double[] s = new double[32];
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                s[2 * (4 * perm[r] + perm[c])] = m[2 * (4 * r + c)];
                s[2 * (4 * perm[r] + perm[c]) + 1] = m[2 * (4 * r + c) + 1];
            }
        }
        return s;
    }

    public static boolean isDiagonal(double[] m, int d) {
        for (int r = 0; r < d; r++) {
            for (int c = 0; c < d; c++) {
                if (r != c && (m[2 * (r * d + c)] != 0 || m[2 * (r * d + c) + 1] != 0)) {
                    return false;
                }
            }
        }
        return true;
    }

    public static double[] identity(int d) {
        double[] m = new double[2 * d * d];
        for (int i = 0; i < d; i++) {
            m[2 * (i * d + i)] = 1;
        }
        return m;
    }
}
