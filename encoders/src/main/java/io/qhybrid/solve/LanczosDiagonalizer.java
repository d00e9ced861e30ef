package io.qhybrid.solve;

import static java.util.Objects.requireNonNull;

import io.qhybrid.error.QHybridErrors;
import io.qhybrid.model.PauliSum;
import io.qhybrid.solve.internal.PauliOperator;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * The ground energy by the Lanczos method: the Pauli sum is applied matrix-free to complex
 * vectors of length {@code 2^n}, the Krylov basis is fully re-orthogonalised (twice, classical
 * Gram-Schmidt) so that rounding cannot produce spurious copies of converged eigenvalues, and
 * the lowest eigenvalue of the tridiagonal projection is taken once its residual
 * {@code beta_j |y_last|} falls below the tolerance. When the basis reaches its size limit the
 * method restarts from the current Ritz vector. The start vector is random with a fixed seed.
 */
public final class LanczosDiagonalizer implements GroundStateSolver {
    public static final int MAX_QUBITS = 22;
    private static final long BASIS_MEMORY_BYTES = 512L << 20;

    private final int maxBasis;
    private final int maxRestarts;
    private final double tolerance;
    private final long seed;

    /** 120 basis vectors (fewer when memory demands), 20 restarts, residual 1e-10, seed 1. */
    public LanczosDiagonalizer() {
        this(120, 20, 1e-10, 1L);
    }

    public LanczosDiagonalizer(int maxBasis, int maxRestarts, double tolerance, long seed) {
        if (maxBasis < 2 || maxRestarts < 0 || !(tolerance > 0)) {
            throw new IllegalArgumentException("need maxBasis >= 2, maxRestarts >= 0 and tolerance > 0");
        }
        this.maxBasis = maxBasis;
        this.maxRestarts = maxRestarts;
        this.tolerance = tolerance;
        this.seed = seed;
    }

    @Override
    public String method() {
        return "lanczos";
    }

    @Override
    public GroundState solve(PauliSum hamiltonian) {
        requireNonNull(hamiltonian, "hamiltonian is null");
        int n = hamiltonian.numQubits();
        if (n > MAX_QUBITS) {
            throw QHybridErrors.tooLarge("Lanczos on " + n + " qubits", n, MAX_QUBITS,
                    "Reduce the Hamiltonian (e.g. freeze orbitals or taper qubits) first.");
        }
        PauliOperator operator = new PauliOperator(hamiltonian);
        int dim = operator.dimension();
        int basisLimit = (int) Math.max(2, Math.min(Math.min(maxBasis, dim), BASIS_MEMORY_BYTES / (16L * dim)));
        double[][] re = new double[basisLimit + 1][];
        double[][] im = new double[basisLimit + 1][];
        re[0] = new double[dim];
        im[0] = new double[dim];
        SplittableRandom random = new SplittableRandom(seed);
        for (int b = 0; b < dim; b++) {
            re[0][b] = random.nextDouble() - 0.5;
            im[0][b] = random.nextDouble() - 0.5;
        }
        normalise(re[0], im[0]);
        int products = 0;
        double theta = Double.NaN;
        for (int restart = 0; restart <= maxRestarts; restart++) {
            double[] alpha = new double[basisLimit];
            double[] beta = new double[basisLimit];
            int size = 0;
            boolean converged = false;
            double[] ritz = null;
            for (int j = 0; j < basisLimit; j++) {
                double[] wr = re[j + 1] == null ? (re[j + 1] = new double[dim]) : re[j + 1];
                double[] wi = im[j + 1] == null ? (im[j + 1] = new double[dim]) : im[j + 1];
                operator.apply(re[j], im[j], wr, wi);
                products++;
                alpha[j] = realInner(re[j], im[j], wr, wi);
                for (int pass = 0; pass < 2; pass++) {
                    for (int i = 0; i <= j; i++) {
                        subtractProjection(re[i], im[i], wr, wi);
                    }
                }
                beta[j] = norm(wr, wi);
                size = j + 1;
                double[] main = java.util.Arrays.copyOf(alpha, size);
                double[] secondary = java.util.Arrays.copyOf(beta, size - 1);
                EigenDecomposition tridiagonal = new EigenDecomposition(main, secondary);
                int lowest = lowestIndex(tridiagonal.getRealEigenvalues());
                theta = tridiagonal.getRealEigenvalues()[lowest];
                ritz = tridiagonal.getEigenvector(lowest).toArray();
                double residual = beta[j] * Math.abs(ritz[size - 1]);
                if (residual <= tolerance * Math.max(1.0, Math.abs(theta)) || size == dim) {
                    converged = true;
                    break;
                }
                scale(wr, wi, 1.0 / beta[j]);
            }
            if (converged || restart == maxRestarts) {
                return new GroundState(theta, method(), products);
            }
            // restart from the Ritz vector, which holds everything learnt about the ground state
            double[] startRe = new double[dim];
            double[] startIm = new double[dim];
            for (int i = 0; i < size; i++) {
                for (int b = 0; b < dim; b++) {
                    startRe[b] += ritz[i] * re[i][b];
                    startIm[b] += ritz[i] * im[i][b];
                }
            }
            normalise(startRe, startIm);
            re[0] = startRe;
            im[0] = startIm;
        }
        throw QHybridErrors.internal("Lanczos left its restart loop without a result", null);
    }

    private static int lowestIndex(double[] values) {
        int lowest = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] < values[lowest]) {
                lowest = i;
            }
        }
        return lowest;
    }

    /** {@code Re <v, w>}; real for a Hermitian H when w = Hv. */
    private static double realInner(double[] vr, double[] vi, double[] wr, double[] wi) {
        double sum = 0;
        for (int b = 0; b < vr.length; b++) {
            sum += vr[b] * wr[b] + vi[b] * wi[b];
        }
        return sum;
    }

    /** {@code w -= <v, w> v} for a unit vector v, with the complex inner product. */
    private static void subtractProjection(double[] vr, double[] vi, double[] wr, double[] wi) {
        double cr = 0;
        double ci = 0;
        for (int b = 0; b < vr.length; b++) {
            cr += vr[b] * wr[b] + vi[b] * wi[b];
            ci += vr[b] * wi[b] - vi[b] * wr[b];
        }
        for (int b = 0; b < vr.length; b++) {
            double r = vr[b];
            double i = vi[b];
            wr[b] -= cr * r - ci * i;
            wi[b] -= cr * i + ci * r;
        }
    }

    private static double norm(double[] re, double[] im) {
        double sum = 0;
        for (int b = 0; b < re.length; b++) {
            sum += re[b] * re[b] + im[b] * im[b];
        }
        return Math.sqrt(sum);
    }

    private static void scale(double[] re, double[] im, double factor) {
        for (int b = 0; b < re.length; b++) {
            re[b] *= factor;
            im[b] *= factor;
        }
    }

    private static void normalise(double[] re, double[] im) {
        scale(re, im, 1.0 / norm(re, im));
    }
}
