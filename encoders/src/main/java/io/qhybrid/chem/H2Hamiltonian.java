package io.qhybrid.chem;

/**
 * The qubit Hamiltonians of H2 in STO-3G at one bond length, computed from the integrals up:
 * the 4-qubit Jordan-Wigner form and the 2-qubit parity form with the two-qubit reduction to the
 * one-spin-up, one-spin-down sector. Both hold the electronic energy only; add
 * {@link #nuclearRepulsion()} for the total energy.
 *
 * <p>Qubit labels of the 2-qubit form: qubit 0 is the occupation of sigma_g spin-up, qubit 1 is
 * the parity of the occupations of sigma_g up, sigma_u up and sigma_g down. The Hartree-Fock state
 * is {@code |q1 q0> = |01>}.
 */
public final class H2Hamiltonian {
    private final double bondAngstrom;
    private final double nuclearRepulsion;
    private final double hartreeFockEnergy;
    private final QubitHamiltonian jordanWigner;
    private final QubitHamiltonian parityReduced;

    private H2Hamiltonian(double bondAngstrom) {
        MinimalBasisH2 molecule = MinimalBasisH2.atAngstrom(bondAngstrom);
        FermionHamiltonian fermions = new FermionHamiltonian(molecule.orbitalIntegrals());
        double[][] occupation = fermions.occupationMatrix();
        this.bondAngstrom = bondAngstrom;
        this.nuclearRepulsion = molecule.orbitalIntegrals().nuclearRepulsion();
        this.hartreeFockEnergy = molecule.hartreeFockEnergy();
        this.jordanWigner = QubitHamiltonian.fromMatrix(occupation);
        this.parityReduced = QubitHamiltonian.fromMatrix(ParityReduction.reduce(occupation, 1, 1));
    }

    /** Computes the Hamiltonians for nuclei {@code bondAngstrom} apart. */
    public static H2Hamiltonian atAngstrom(double bondAngstrom) {
        return new H2Hamiltonian(bondAngstrom);
    }

    public double bondAngstrom() {
        return bondAngstrom;
    }

    /** Nuclear repulsion energy 1/R in hartree. */
    public double nuclearRepulsion() {
        return nuclearRepulsion;
    }

    /** Total restricted Hartree-Fock energy in hartree. */
    public double hartreeFockEnergy() {
        return hartreeFockEnergy;
    }

    /** Electronic Hamiltonian on 4 qubits, qubit j = spin orbital j (sigma_g up, sigma_u up, sigma_g down, sigma_u down). */
    public QubitHamiltonian jordanWigner() {
        return jordanWigner;
    }

    /** Electronic Hamiltonian on 2 qubits (parity encoding, two-qubit reduction). */
    public QubitHamiltonian parityReduced() {
        return parityReduced;
    }

    /** Exact electronic ground energy (full configuration interaction in this basis), in hartree. */
    public double groundElectronicEnergy() {
        return parityReduced.groundEnergy();
    }

    /** Exact total ground energy, electronic plus nuclear repulsion, in hartree. */
    public double groundTotalEnergy() {
        return groundElectronicEnergy() + nuclearRepulsion;
    }
}
