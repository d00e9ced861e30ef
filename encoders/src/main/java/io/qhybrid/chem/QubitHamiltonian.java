package io.qhybrid.chem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * A real Hermitian operator on {@code qubits} qubits written as a sum of Pauli words with real
 * coefficients. Basis state index b has qubit k in bit k. Immutable; terms iterate in
 * {@link PauliWord} order.
 */
public final class QubitHamiltonian {
    /** Coefficients smaller than this are noise from floating-point cancellation and are dropped. */
    public static final double DROP_BELOW = 1e-12;

    private final int qubits;
    private final Map<PauliWord, Double> terms;

    public QubitHamiltonian(int qubits, Map<PauliWord, Double> terms) {
        if (qubits < 1 || qubits > 12) {
            throw new IllegalArgumentException("dense qubit Hamiltonians support 1..12 qubits, not " + qubits);
        }
        Map<PauliWord, Double> sorted = new TreeMap<>();
        terms.forEach((word, coefficient) -> {
            if (word.support() >> qubits != 0) {
                throw new IllegalArgumentException("term " + word + " acts outside " + qubits + " qubits");
            }
            if (word.yCount() % 2 == 1) {
                throw new IllegalArgumentException("term " + word + " has an odd number of Y, so its matrix is not real");
            }
            sorted.merge(word, coefficient, Double::sum);
        });
        this.qubits = qubits;
        this.terms = Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
    }

    /**
     * Expands a real symmetric {@code 2^n x 2^n} matrix in Pauli words:
     * {@code c_P = Tr(P H) / 2^n}, keeping coefficients of magnitude at least {@link #DROP_BELOW}.
     */
    public static QubitHamiltonian fromMatrix(double[][] matrix) {
        int dim = matrix.length;
        int n = Integer.numberOfTrailingZeros(dim);
        if (dim < 2 || Integer.bitCount(dim) != 1) {
            throw new IllegalArgumentException("matrix dimension must be a power of two: " + dim);
        }
        Map<PauliWord, Double> terms = new TreeMap<>();
        for (int x = 0; x < dim; x++) {
            for (int z = 0; z < dim; z++) {
                PauliWord word = new PauliWord(x, z);
                double trace = 0;
                for (int b = 0; b < dim; b++) {
                    trace += word.phase(b) * matrix[b][word.flip(b)];
                }
                // A symmetric real matrix has no part along words with odd #Y (those are imaginary).
                if (word.yCount() % 2 == 1 || Math.abs(trace / dim) < DROP_BELOW) {
                    continue;
                }
                double sign = word.yCount() % 4 == 0 ? 1 : -1;
                terms.put(word, sign * trace / dim);
            }
        }
        return new QubitHamiltonian(n, terms);
    }

    public int qubits() {
        return qubits;
    }

    /** The terms, in {@link PauliWord} order. */
    public Map<PauliWord, Double> terms() {
        return terms;
    }

    /** The coefficient of {@code word}, 0 when absent. */
    public double coefficient(PauliWord word) {
        return terms.getOrDefault(word, 0.0);
    }

    /** The dense matrix, {@code [row][column]}. */
    public double[][] matrix() {
        int dim = 1 << qubits;
        double[][] m = new double[dim][dim];
        terms.forEach((word, coefficient) -> {
            double sign = word.yCount() % 4 == 0 ? 1 : -1;
            for (int b = 0; b < dim; b++) {
                m[word.flip(b)][b] += sign * word.phase(b) * coefficient;
            }
        });
        return m;
    }

    /** All eigenvalues, ascending. */
    public double[] eigenvalues() {
        return eigenvalues(matrix());
    }

    /** The smallest eigenvalue. */
    public double groundEnergy() {
        return eigenvalues()[0];
    }

    /** Ascending eigenvalues of a real symmetric matrix. */
    public static double[] eigenvalues(double[][] symmetric) {
        RealMatrix m = new Array2DRowRealMatrix(symmetric, true);
        double[] values = new EigenDecomposition(m).getRealEigenvalues().clone();
        java.util.Arrays.sort(values);
        return values;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        terms.forEach((word, c) -> text.append(c).append(' ').append(word.label()).append('\n'));
        return text.toString();
    }
}
