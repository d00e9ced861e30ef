package io.qhybrid.variational;

import static java.util.Objects.requireNonNull;

import io.qhybrid.circuit.Circuit;
import io.qhybrid.model.PauliSum;
import io.qhybrid.optim.BobyqaOptimizer;
import io.qhybrid.optim.Bounds;
import io.qhybrid.optim.Budget;
import io.qhybrid.optim.Objective;
import io.qhybrid.optim.OptimizationResult;
import io.qhybrid.optim.Optimizer;
import io.qhybrid.simulator.PauliObservable;
import io.qhybrid.simulator.PauliObservables;
import io.qhybrid.simulator.StateVectorSimulator;
import io.qhybrid.vqe.H2ParityAnsatz;
import io.qhybrid.vqe.HardwareEfficientAnsatz;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * VQE on the state-vector simulator: minimises the exact energy {@code <psi(theta)|H|psi(theta)>}
 * of a Pauli sum over a box of parameters from seeded starts (BOBYQA, or Nelder-Mead for a
 * single parameter). Two-qubit
 * Hamiltonians (the parity-reduced H2 form) use {@link H2ParityAnsatz}, whose one parameter spans
 * the ground state's block exactly, starting from the Hartree-Fock determinant (whichever of
 * {@code theta = 0} and {@code theta = pi} is lower); wider
 * ones use a {@link HardwareEfficientAnsatz} of the configured depth, starting from small random
 * angles. Energies are computed exactly, not sampled, so the optimiser sees no shot noise.
 */
public final class VqeSolver {
    private final int depth;
    private final int starts;
    private final long seed;
    private final Budget budget;

    private VqeSolver(int depth, int starts, long seed, Budget budget) {
        if (depth < 0 || starts < 1) {
            throw new IllegalArgumentException("VQE needs depth >= 0 and starts >= 1, got " + depth + ", " + starts);
        }
        this.depth = depth;
        this.starts = starts;
        this.seed = seed;
        this.budget = requireNonNull(budget, "budget is null");
    }

    /**
     * @param depth entangling blocks of the hardware-efficient ansatz
     * @param starts optimiser starts
     * @param seed seed of the starting points
     * @param budget evaluations and iterations of each start
     */
    public static VqeSolver of(int depth, int starts, long seed, Budget budget) {
        return new VqeSolver(depth, starts, seed, budget);
    }

    /** Depth 2, 2 starts, seed 0, 2000 evaluations per start. */
    public static VqeSolver defaults() {
        return of(2, 2, 0, Budget.defaults());
    }

    public VqeResult run(PauliSum hamiltonian) {
        requireNonNull(hamiltonian, "hamiltonian is null");
        int n = Math.max(1, hamiltonian.numQubits());
        boolean h2 = n == 2;
        Circuit ansatz = h2 ? H2ParityAnsatz.build() : HardwareEfficientAnsatz.build(n, depth);
        List<String> names = new ArrayList<>();
        if (h2) {
            names.add(H2ParityAnsatz.PARAMETER);
        } else {
            for (int i = 0; i < HardwareEfficientAnsatz.parameterCount(n, depth); i++) {
                names.add(HardwareEfficientAnsatz.parameterName(i));
            }
        }
        PauliObservable observable = PauliObservables.of(hamiltonian, n);
        StateVectorSimulator simulator = new StateVectorSimulator();
        Objective energy = x -> simulator.run(ansatz.bind(bind(names, x))).expectation(observable);
        // theta of the H2 ansatz has period 2 pi up to a global sign; the wider box keeps both
        // basis states of its block (theta = 0 and pi) away from the edges
        Bounds bounds = h2 ? Bounds.uniform(1, -Math.PI, 2 * Math.PI) : Bounds.uniform(names.size(), -Math.PI, Math.PI);
        SplittableRandom random = new SplittableRandom(seed);
        OptimizationResult best = null;
        int evaluations = 0;
        for (int s = 0; s < starts; s++) {
            double[] initial = new double[names.size()];
            if (h2 && s == 0) {
                // the Hartree-Fock determinant: the lower of the block's two basis states
                initial[0] = energy.value(new double[] {0}) <= energy.value(new double[] {Math.PI}) ? 0 : Math.PI;
                evaluations += 2;
            } else {
                for (int i = 0; i < initial.length; i++) {
                    initial[i] = h2 ? random.nextDouble() * 2 * Math.PI : (random.nextDouble() - 0.5) * 0.5;
                }
            }
            OptimizationResult r = optimizer().minimize(energy, initial, bounds);
            evaluations += r.evaluations();
            if (best == null || r.value() < best.value()) {
                best = r;
            }
        }
        String name = h2 ? "h2-parity" : "hardware-efficient(depth=" + depth + ")";
        return VqeResult.of(name, names, best.point(), best.value(), evaluations, optimizer().method());
    }

    private Optimizer optimizer() {
        return new BobyqaOptimizer(budget);
    }

    private static Map<String, Double> bind(List<String> names, double[] x) {
        Map<String, Double> values = new HashMap<>();
        for (int i = 0; i < x.length; i++) {
            values.put(names.get(i), x[i]);
        }
        return values;
    }
}
