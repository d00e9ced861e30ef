package io.qhybrid.solve;

import static java.util.Objects.requireNonNull;

import io.qhybrid.error.QHybridErrors;
import io.qhybrid.model.PauliSum;
import io.qhybrid.solve.internal.PauliOperator;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * Full diagonalisation of the {@code 2^n x 2^n} matrix with commons-math3.
 *
 * <p>When every word has an even number of Y factors the matrix is real symmetric and is
 * decomposed directly. Otherwise {@code H = A + iB} (A symmetric, B antisymmetric) is embedded
 * as the real symmetric {@code [[A, -B], [B, A]]}, whose spectrum is H's with every eigenvalue
 * doubled in multiplicity, so its minimum is H's ground energy.
 */
public final class DenseDiagonalizer implements GroundStateSolver {
    /** Largest qubit count accepted: the complex embedding then has dimension 2^11. */
    public static final int MAX_QUBITS = 10;

    @Override
    public String method() {
        return "dense-diagonalisation";
    }

    @Override
    public GroundState solve(PauliSum hamiltonian) {
        requireNonNull(hamiltonian, "hamiltonian is null");
        int n = hamiltonian.numQubits();
        if (n > MAX_QUBITS) {
            throw QHybridErrors.tooLarge("dense diagonalisation of " + n + " qubits", n, MAX_QUBITS,
                    "Use the Lanczos solver for larger Hamiltonians.");
        }
        double[][][] parts = new PauliOperator(hamiltonian).denseMatrix();
        double[][] re = parts[0];
        double[][] im = parts[1];
        double[][] matrix;
        if (hamiltonian.isReal()) {
            matrix = re;
        } else {
            int dim = re.length;
            matrix = new double[2 * dim][2 * dim];
            for (int r = 0; r < dim; r++) {
                for (int c = 0; c < dim; c++) {
                    matrix[r][c] = re[r][c];
                    matrix[r + dim][c + dim] = re[r][c];
                    matrix[r][c + dim] = -im[r][c];
                    matrix[r + dim][c] = im[r][c];
                }
            }
        }
        double[] eigenvalues = new EigenDecomposition(new Array2DRowRealMatrix(matrix, false)).getRealEigenvalues();
        double min = Double.POSITIVE_INFINITY;
        for (double value : eigenvalues) {
            min = Math.min(min, value);
        }
        return new GroundState(min, method(), 0);
    }
}
