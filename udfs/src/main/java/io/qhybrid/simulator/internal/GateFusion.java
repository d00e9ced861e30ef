package io.qhybrid.simulator.internal;

import io.qhybrid.circuit.Circuit;
import io.qhybrid.circuit.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a bound circuit into fewer kernel calls. Consecutive one-qubit gates on a qubit are
 * multiplied into one 2x2; pending one-qubit gates are absorbed into the next two-qubit gate on
 * that qubit, and into the previous one when it is the last call emitted; back-to-back two-qubit
 * gates on the same pair become one 4x4. Every pass over a large state costs a full sweep of
 * memory, so fewer calls is what makes general circuits fast.
 */
public final class GateFusion {
    private GateFusion() {}

    public static List<FusedOp> fuse(Circuit circuit) {
        int n = circuit.numQubits();
        double[][] pending = new double[n][];
        List<FusedOp> out = new ArrayList<>();
        for (Operation op : circuit.gates()) {
            double[] m = GateMatrices.matrix(op);
            if (op.qubitCount() == 1) {
                int q = op.qubit(0);
                pending[q] = pending[q] == null ? m : ComplexMatrices.multiply(m, pending[q], 2);
                continue;
            }
            int a = op.qubit(0), b = op.qubit(1);
            double[] before = ComplexMatrices.kron(orIdentity(pending[b]), orIdentity(pending[a]));
            pending[a] = null;
            pending[b] = null;
            double[] fused = ComplexMatrices.multiply(m, before, 4);
            FusedOp last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.isTwoQubit() && samePair(last, a, b)) {
                double[] previous = last.q0 == a ? last.matrix : ComplexMatrices.swapQubits(last.matrix);
                out.set(out.size() - 1, new FusedOp(a, b, ComplexMatrices.multiply(fused, previous, 4)));
            } else {
                out.add(new FusedOp(a, b, fused));
            }
        }
        for (int q = 0; q < n; q++) {
            if (pending[q] != null) {
                flush(out, q, pending[q]);
            }
        }
        return out;
    }

    /** Emits a leftover 2x2, folding it into the last call when that call is a 4x4 on q. */
    private static void flush(List<FusedOp> out, int q, double[] m) {
        FusedOp last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (last != null && last.isTwoQubit() && (last.q0 == q || last.q1 == q)) {
            double[] id = ComplexMatrices.identity(2);
            double[] lift = last.q0 == q ? ComplexMatrices.kron(id, m) : ComplexMatrices.kron(m, id);
            out.set(out.size() - 1, new FusedOp(last.q0, last.q1, ComplexMatrices.multiply(lift, last.matrix, 4)));
        } else {
            out.add(new FusedOp(q, -1, m));
        }
    }

    private static boolean samePair(FusedOp op, int a, int b) {
        return (op.q0 == a && op.q1 == b) || (op.q0 == b && op.q1 == a);
    }

    private static double[] orIdentity(double[] m) {
        return m == null ? ComplexMatrices.identity(2) : m;
    }
}
