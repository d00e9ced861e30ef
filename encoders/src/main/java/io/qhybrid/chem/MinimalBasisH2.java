package io.qhybrid.chem;

/**
 * H2 in the STO-3G minimal basis: one hydrogen 1s function on each nucleus. The two restricted
 * Hartree-Fock orbitals are fixed by the inversion symmetry of the molecule, so no
 * self-consistent iteration is needed: {@code sigma_g = (chi_1 + chi_2) / sqrt(2 (1 + S))} and
 * {@code sigma_u = (chi_1 - chi_2) / sqrt(2 (1 - S))} with S the overlap of the two 1s functions.
 */
public final class MinimalBasisH2 {
    /** Bohr radius in angstrom (CODATA 2010, the value common quantum chemistry codes use). */
    public static final double BOHR_ANGSTROM = 0.52917721092;

    private final double bondBohr;
    private final MolecularIntegrals orbitalIntegrals;

    private MinimalBasisH2(double bondBohr) {
        if (!(bondBohr > 0) || Double.isInfinite(bondBohr)) {
            throw new IllegalArgumentException("bond length must be positive and finite: " + bondBohr);
        }
        this.bondBohr = bondBohr;
        Vec3 nucleus1 = Vec3.ORIGIN;
        Vec3 nucleus2 = new Vec3(0, 0, bondBohr);
        ContractedGaussian[] basis = {ContractedGaussian.hydrogen1s(nucleus1), ContractedGaussian.hydrogen1s(nucleus2)};
        Vec3[] nuclei = {nucleus1, nucleus2};

        double[][] core = new double[2][2];
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b < 2; b++) {
                core[a][b] = GaussianIntegrals.kinetic(basis[a], basis[b]);
                for (Vec3 nucleus : nuclei) {
                    core[a][b] += GaussianIntegrals.nuclearAttraction(basis[a], basis[b], nucleus, 1.0);
                }
            }
        }
        double[][][][] eri = new double[2][2][2][2];
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b < 2; b++) {
                for (int c = 0; c < 2; c++) {
                    for (int d = 0; d < 2; d++) {
                        eri[a][b][c][d] = GaussianIntegrals.electronRepulsion(basis[a], basis[b], basis[c], basis[d]);
                    }
                }
            }
        }
        double s = GaussianIntegrals.overlap(basis[0], basis[1]);
        double g = 1 / Math.sqrt(2 * (1 + s));
        double u = 1 / Math.sqrt(2 * (1 - s));
        double[][] orbitals = {{g, u}, {g, -u}};
        this.orbitalIntegrals = MolecularIntegrals.transform(1 / bondBohr, core, eri, orbitals);
    }

    /** H2 with the nuclei {@code bondAngstrom} apart. */
    public static MinimalBasisH2 atAngstrom(double bondAngstrom) {
        return new MinimalBasisH2(bondAngstrom / BOHR_ANGSTROM);
    }

    /** H2 with the nuclei {@code bondBohr} apart. */
    public static MinimalBasisH2 atBohr(double bondBohr) {
        return new MinimalBasisH2(bondBohr);
    }

    public double bondBohr() {
        return bondBohr;
    }

    public double bondAngstrom() {
        return bondBohr * BOHR_ANGSTROM;
    }

    /** Integrals over the molecular orbitals: index 0 is sigma_g (bonding), 1 is sigma_u. */
    public MolecularIntegrals orbitalIntegrals() {
        return orbitalIntegrals;
    }

    /** Total restricted Hartree-Fock energy (both electrons in sigma_g), in hartree. */
    public double hartreeFockEnergy() {
        MolecularIntegrals m = orbitalIntegrals;
        return 2 * m.oneBody(0, 0) + m.twoBody(0, 0, 0, 0) + m.nuclearRepulsion();
    }
}
