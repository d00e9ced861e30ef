package io.qhybrid.simulator;

import static java.util.Objects.requireNonNull;

import io.qhybrid.model.IsingModel;
import io.qhybrid.simulator.internal.CostVector;
import io.qhybrid.simulator.internal.Parallel;
import io.qhybrid.simulator.internal.QaoaEvolution;
import io.qhybrid.simulator.internal.StateLayout;

/**
 * The fast path for QAOA on an Ising cost {@code C = E(s)}: the state
 * {@code prod_l exp(-i beta_l sum_k X_k) exp(-i gamma_l (C - offset)) |+>^n}, equal to the circuit
 * of {@code h} on every qubit then, per layer, {@code rzz(2 gamma J_ij)}, {@code rz(2 gamma h_i)}
 * and {@code rx(2 beta)} on every qubit. The offset is left out of the phase because it is a
 * global phase; it is included in {@link #expectation}.
 *
 * <p>The cost diagonal is computed once, in the constructor. A model without fields (Max-Cut)
 * is evolved on half the amplitudes, since its QAOA state is unchanged by flipping every qubit;
 * {@link #state} still returns all 2^n. {@link #expectation} reuses one state buffer, so an
 * instance serves one optimiser loop at a time (calls are synchronised).
 */
public final class QaoaSimulator {
    private final IsingModel model;
    private final CostVector cost;
    private final Parallel parallel;
    private final QaoaEvolution evolution;
    /** The held state for {@link #expectation}, both parts in one array (see {@code QaoaEvolution.newBuffer}). */
    private double[] buffer;

    public QaoaSimulator(IsingModel model) {
        this(model, 1);
    }

    public QaoaSimulator(IsingModel model, int threads) {
        this.model = requireNonNull(model, "model is null");
        StateVectorSimulator.checkFits(model.numSpins());
        this.parallel = Parallel.of(threads);
        this.cost = CostVector.of(model);
        this.evolution = QaoaEvolution.withDefaults(cost, parallel);
    }

    public int numQubits() {
        return model.numSpins();
    }

    public IsingModel model() {
        return model;
    }

    /** True when the cost diagonal is held as one byte per state (see {@code CostVector}). */
    public boolean compactCost() {
        return cost.isCompact();
    }

    /** The QAOA state for {@code gammas.length} layers, in a fresh array. */
    public QuantumState state(double[] gammas, double[] betas) {
        int n = model.numSpins();
        StateLayout layout = StateLayout.of(n);
        double[] amp = layout.allocate();
        evolution.evolve(amp, layout.imaginaryOffset(), StateLayout.ORIGIN, gammas.clone(), betas.clone());
        evolution.unfold(amp, layout);
        return new QuantumState(layout, amp, parallel);
    }

    /** {@code <psi(gammas, betas)| C |psi(gammas, betas)>}, offset included. */
    public synchronized double expectation(double[] gammas, double[] betas) {
        requireNonNull(gammas, "gammas is null");
        requireNonNull(betas, "betas is null");
        if (buffer == null) {
            buffer = evolution.newBuffer();
        }
        int im = evolution.imaginaryOffset();
        evolution.evolve(buffer, im, StateLayout.ORIGIN, gammas, betas);
        return evolution.expectation(buffer, im, StateLayout.ORIGIN);
    }

    /** Seeded samples of the QAOA state, keyed by bitstring (qubit 0 rightmost). */
    public java.util.Map<String, Long> sample(double[] gammas, double[] betas, int shots, long seed) {
        return state(gammas, betas).sample(shots, seed);
    }
}
