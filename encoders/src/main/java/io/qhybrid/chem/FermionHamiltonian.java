package io.qhybrid.chem;

import static java.util.Objects.requireNonNull;

/**
 * The second-quantised electronic Hamiltonian over spin orbitals,
 * {@code H = sum_pq h_pq a+_p a_q + 1/2 sum_pqrs (pq|rs) a+_p a+_r a_s a_q},
 * with spin orbitals in block order: spatial orbital i with spin up is spin orbital i, with spin
 * down it is i + n (n spatial orbitals).
 *
 * <p>{@link #occupationMatrix()} is its matrix in the occupation-number basis: basis state b has
 * spin orbital j occupied when bit j of b is set, and stands for
 * {@code (a+_0)^b0 (a+_1)^b1 ... |vac>}. Acting with a+_j or a_j then picks up the sign
 * {@code (-1)^(occupied orbitals below j)}. That sign rule is exactly the Jordan-Wigner
 * encoding ({@code a_j = Z_0 ... Z_(j-1) (X_j + i Y_j) / 2}), so expanding the matrix in Pauli words
 * ({@link #jordanWigner()}) gives the Jordan-Wigner qubit Hamiltonian with qubit j = spin orbital j.
 */
public final class FermionHamiltonian {
    private final MolecularIntegrals integrals;
    private final int spinOrbitals;

    public FermionHamiltonian(MolecularIntegrals integrals) {
        this.integrals = requireNonNull(integrals, "integrals is null");
        this.spinOrbitals = 2 * integrals.orbitals();
        if (spinOrbitals > 12) {
            throw new IllegalArgumentException("dense Fock-space matrices support up to 6 spatial orbitals");
        }
    }

    public int spinOrbitals() {
        return spinOrbitals;
    }

    /** The electronic part only; the nuclear repulsion stays a separate constant. */
    public double[][] occupationMatrix() {
        int n = integrals.orbitals();
        int dim = 1 << spinOrbitals;
        double[][] h = new double[dim][dim];
        for (int basis = 0; basis < dim; basis++) {
            for (int p = 0; p < spinOrbitals; p++) {
                for (int q = 0; q < spinOrbitals; q++) {
                    if (p / n != q / n) {
                        continue; // the one-electron operator does not flip spin
                    }
                    long state = apply(p, true, apply(q, false, encode(basis, 1)));
                    add(h, basis, state, integrals.oneBody(p % n, q % n));
                }
            }
            for (int p = 0; p < spinOrbitals; p++) {
                for (int q = 0; q < spinOrbitals; q++) {
                    if (p / n != q / n) {
                        continue;
                    }
                    for (int r = 0; r < spinOrbitals; r++) {
                        for (int s = 0; s < spinOrbitals; s++) {
                            if (r / n != s / n) {
                                continue;
                            }
                            double value = integrals.twoBody(p % n, q % n, r % n, s % n);
                            if (value == 0) {
                                continue;
                            }
                            long state = encode(basis, 1);
                            state = apply(q, false, state);
                            state = apply(s, false, state);
                            state = apply(r, true, state);
                            state = apply(p, true, state);
                            add(h, basis, state, 0.5 * value);
                        }
                    }
                }
            }
        }
        return h;
    }

    /** The Jordan-Wigner qubit Hamiltonian (electronic part). */
    public QubitHamiltonian jordanWigner() {
        return QubitHamiltonian.fromMatrix(occupationMatrix());
    }

    // A state with its sign packed in one long: sign 0 means the operator annihilated it.
    private static long encode(int basis, int sign) {
        return ((long) sign << 32) | (basis & 0xffffffffL);
    }

    private static int sign(long state) {
        return (int) (state >> 32);
    }

    private static int basis(long state) {
        return (int) state;
    }

    private static long apply(int orbital, boolean create, long state) {
        int sign = sign(state);
        if (sign == 0) {
            return state;
        }
        int basis = basis(state);
        int bit = 1 << orbital;
        boolean occupied = (basis & bit) != 0;
        if (occupied == create) {
            return encode(0, 0);
        }
        int below = Integer.bitCount(basis & (bit - 1));
        return encode(basis ^ bit, below % 2 == 0 ? sign : -sign);
    }

    private static void add(double[][] h, int column, long state, double value) {
        int sign = sign(state);
        if (sign != 0) {
            h[basis(state)][column] += sign * value;
        }
    }
}
