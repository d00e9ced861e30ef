package io.qhybrid.chem;

/**
 * The electronic Hamiltonian's integrals over an orthonormal set of spatial orbitals:
 * one-electron {@code h[p][q]} (kinetic plus nuclear attraction), two-electron {@code (pq|rs)} in
 * chemists' notation (p, q hold electron 1), and the constant nuclear repulsion. Immutable.
 */
public final class MolecularIntegrals {
    private final int orbitals;
    private final double nuclearRepulsion;
    private final double[][] oneBody;
    private final double[][][][] twoBody;

    public MolecularIntegrals(double nuclearRepulsion, double[][] oneBody, double[][][][] twoBody) {
        this.orbitals = oneBody.length;
        this.nuclearRepulsion = nuclearRepulsion;
        this.oneBody = new double[orbitals][orbitals];
        this.twoBody = new double[orbitals][orbitals][orbitals][orbitals];
        for (int p = 0; p < orbitals; p++) {
            if (oneBody[p].length != orbitals || twoBody.length != orbitals) {
                throw new IllegalArgumentException("integral arrays must be square over " + orbitals + " orbitals");
            }
            System.arraycopy(oneBody[p], 0, this.oneBody[p], 0, orbitals);
            for (int q = 0; q < orbitals; q++) {
                for (int r = 0; r < orbitals; r++) {
                    System.arraycopy(twoBody[p][q][r], 0, this.twoBody[p][q][r], 0, orbitals);
                }
            }
        }
    }

    /** Number of spatial orbitals. */
    public int orbitals() {
        return orbitals;
    }

    /** Nuclear repulsion energy in hartree. */
    public double nuclearRepulsion() {
        return nuclearRepulsion;
    }

    /** {@code h_pq}, in hartree. */
    public double oneBody(int p, int q) {
        return oneBody[p][q];
    }

    /** {@code (pq|rs)}, in hartree. */
    public double twoBody(int p, int q, int r, int s) {
        return twoBody[p][q][r][s];
    }

    /**
     * Re-expresses the integrals in the orbitals {@code phi_j = sum_i coefficients[i][j] chi_i}
     * (columns are the new orbitals).
     */
    public static MolecularIntegrals transform(double nuclearRepulsion, double[][] hAo, double[][][][] eriAo,
                                               double[][] coefficients) {
        int n = hAo.length;
        double[][] h = new double[n][n];
        for (int p = 0; p < n; p++) {
            for (int q = 0; q < n; q++) {
                for (int a = 0; a < n; a++) {
                    for (int b = 0; b < n; b++) {
                        h[p][q] += coefficients[a][p] * coefficients[b][q] * hAo[a][b];
                    }
                }
            }
        }
        // One index at a time: n^5 work instead of the n^8 of a direct four-fold sum.
        double[][][][] t = eriAo;
        for (int index = 0; index < 4; index++) {
            t = transformIndex(t, coefficients, index);
        }
        return new MolecularIntegrals(nuclearRepulsion, h, t);
    }

    private static double[][][][] transformIndex(double[][][][] in, double[][] c, int index) {
        int n = in.length;
        double[][][][] out = new double[n][n][n][n];
        int[] idx = new int[4];
        for (int flat = 0; flat < n * n * n * n; flat++) {
            int rest = flat;
            for (int d = 3; d >= 0; d--) {
                idx[d] = rest % n;
                rest /= n;
            }
            int target = idx[index];
            double sum = 0;
            for (int a = 0; a < n; a++) {
                idx[index] = a;
                sum += c[a][target] * in[idx[0]][idx[1]][idx[2]][idx[3]];
            }
            idx[index] = target;
            out[idx[0]][idx[1]][idx[2]][idx[3]] = sum;
        }
        return out;
    }
}
