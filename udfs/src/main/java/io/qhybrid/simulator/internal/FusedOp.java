package io.qhybrid.simulator.internal;

/**
 * One kernel call after fusion: a 2x2 on {@code q0} ({@code q1 < 0}) or a 4x4 on
 * (q0, q1), flagged diagonal when it is, so that the cheaper kernel runs.
 */
public final class FusedOp {
    final int q0;
    final int q1;
    final double[] matrix;
    final boolean diagonal;
    /** The diagonal of a diagonal 4x4, interleaved, prepared once rather than per application. */
    private final double[] diagonal2q;

    FusedOp(int q0, int q1, double[] matrix) {
        this.q0 = q0;
        this.q1 = q1;
        this.matrix = matrix;
        this.diagonal = ComplexMatrices.isDiagonal(matrix, q1 < 0 ? 2 : 4);
        this.diagonal2q = q1 >= 0 && diagonal
                ? new double[] {matrix[0], matrix[1], matrix[10], matrix[11], matrix[20], matrix[21], matrix[30], matrix[31]}
                : null;
    }

    /** One gate on its own, unfused: the noisy simulator inserts noise after every gate. */
    public static FusedOp of(io.qhybrid.circuit.Operation op) {
        double[] m = GateMatrices.matrix(op);
        return op.qubitCount() == 1 ? new FusedOp(op.qubit(0), -1, m) : new FusedOp(op.qubit(0), op.qubit(1), m);
    }

    /** A 2x2 matrix on one qubit. */
    public static FusedOp oneQubit(int q, double[] matrix) {
        return new FusedOp(q, -1, matrix.clone());
    }

    /** The qubits this operation touches. */
    public int[] qubits() {
        return q1 < 0 ? new int[] {q0} : new int[] {q0, q1};
    }

    public boolean isTwoQubit() {
        return q1 >= 0;
    }

    /** Applies this operation to a whole state laid out by {@code layout}. */
    public void apply(double[] amp, StateLayout layout, Parallel parallel) {
        long amplitudes = layout.length();
        if (q1 < 0) {
            if (diagonal) {
                parallel.forRange(amplitudes, (from, to) -> Kernels.applyDiagonal1q(amp, layout, q0,
                        matrix[0], matrix[1], matrix[6], matrix[7], from, to));
            } else {
                parallel.forRange(amplitudes / 2, (from, to) -> KernelSupport.apply1q(amp, layout, q0, matrix, from, to));
            }
        } else if (diagonal) {
            parallel.forRange(amplitudes, (from, to) -> Kernels.applyDiagonal2q(amp, layout, q0, q1, diagonal2q, from, to));
        } else {
            parallel.forRange(amplitudes / 4, (from, to) -> Kernels.apply2q(amp, layout, q0, q1, matrix, from, to));
        }
    }
}
