package io.qhybrid.chem;

/**
 * The parity encoding and its two-qubit reduction. In the parity encoding qubit j stores the
 * parity {@code n_0 + ... + n_j (mod 2)} of the spin-orbital occupations, so for block-ordered
 * spin orbitals (all spin-up first) qubit n-1 holds the spin-up particle-number parity and the
 * last qubit the total parity. Both are conserved by the electronic Hamiltonian; fixing them to
 * the values of the wanted electron count removes two qubits without changing the spectrum in
 * that sector. The remaining qubits keep their order and are renumbered from 0.
 */
public final class ParityReduction {
    private ParityReduction() {}

    /** The parity-encoded basis index of an occupation-number basis index over {@code qubits} qubits. */
    public static int parityIndex(int occupation, int qubits) {
        int parity = 0;
        int running = 0;
        for (int j = 0; j < qubits; j++) {
            running ^= (occupation >> j) & 1;
            parity |= running << j;
        }
        return parity;
    }

    /**
     * Reduces an occupation-basis matrix over {@code 2n} block-ordered spin orbitals to the
     * sector with {@code up} spin-up and {@code down} spin-down electrons, in the parity encoding
     * with qubits n-1 and 2n-1 removed. The result acts on {@code 2n - 2} qubits.
     */
    public static double[][] reduce(double[][] occupationMatrix, int up, int down) {
        int dim = occupationMatrix.length;
        int qubits = Integer.numberOfTrailingZeros(dim);
        if (Integer.bitCount(dim) != 1 || qubits % 2 != 0 || qubits < 4) {
            throw new IllegalArgumentException("need an even number (>= 4) of spin orbitals");
        }
        int upParityQubit = qubits / 2 - 1;
        int totalParityQubit = qubits - 1;
        int reducedDim = dim / 4;
        int[] toFull = new int[reducedDim];
        for (int r = 0; r < reducedDim; r++) {
            int low = r & ((1 << upParityQubit) - 1);
            int middle = (r >> upParityQubit) & ((1 << (totalParityQubit - upParityQubit - 1)) - 1);
            toFull[r] = low | ((up & 1) << upParityQubit) | (middle << (upParityQubit + 1))
                    | (((up + down) & 1) << totalParityQubit);
        }
        // The permutation parity <- occupation is a bijection; invert it once.
        int[] occupationOf = new int[dim];
        for (int occupation = 0; occupation < dim; occupation++) {
            occupationOf[parityIndex(occupation, qubits)] = occupation;
        }
        double[][] reduced = new double[reducedDim][reducedDim];
        for (int i = 0; i < reducedDim; i++) {
            for (int j = 0; j < reducedDim; j++) {
                reduced[i][j] = occupationMatrix[occupationOf[toFull[i]]][occupationOf[toFull[j]]];
            }
        }
        return reduced;
    }
}
