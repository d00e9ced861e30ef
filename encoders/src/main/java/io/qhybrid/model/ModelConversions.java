package io.qhybrid.model;

import static java.util.Objects.requireNonNull;

/**
 * Exact, energy-preserving conversions between {@link Qubo} and {@link IsingModel}.
 *
 * <p>Bits and spins relate as {@code x_i = (1 - s_i) / 2}, i.e. {@code s_i = 1 - 2 x_i}: bit 0 is
 * spin +1 and bit 1 is spin -1, as in {@link IsingModel}. So a basis-state index means the same
 * assignment in both models and {@code qubo.energy(state) == ising.energy(state)} for every state
 * (up to floating-point rounding).
 */
public final class ModelConversions {
    private ModelConversions() {}

    /**
     * Substitutes {@code x_i = (1 - s_i)/2}: {@code a x_i = a/2 - (a/2) s_i} and
     * {@code b x_i x_j = (b/4)(1 - s_i - s_j + s_i s_j)}.
     */
    public static IsingModel toIsing(Qubo qubo) {
        requireNonNull(qubo, "qubo is null");
        IsingModel.Builder ising = IsingModel.builder(qubo.numVariables()).addOffset(qubo.offset());
        for (int i = 0; i < qubo.numVariables(); i++) {
            double a = qubo.linear(i);
            ising.addOffset(a / 2).addField(i, -a / 2);
        }
        for (int k = 0; k < qubo.quadraticCount(); k++) {
            int i = qubo.quadraticI(k);
            int j = qubo.quadraticJ(k);
            double quarter = qubo.quadraticWeight(k) / 4;
            ising.addOffset(quarter).addField(i, -quarter).addField(j, -quarter).addCoupling(i, j, quarter);
        }
        return ising.build();
    }

    /**
     * Substitutes {@code s_i = 1 - 2 x_i}: {@code h s_i = h - 2h x_i} and
     * {@code J s_i s_j = J (1 - 2 x_i - 2 x_j + 4 x_i x_j)}.
     */
    public static Qubo toQubo(IsingModel ising) {
        requireNonNull(ising, "ising is null");
        Qubo.Builder qubo = Qubo.builder(ising.numSpins()).addOffset(ising.offset());
        for (int i = 0; i < ising.numSpins(); i++) {
            double h = ising.h(i);
            qubo.addOffset(h).addLinear(i, -2 * h);
        }
        for (int k = 0; k < ising.couplingCount(); k++) {
            int i = ising.couplingI(k);
            int j = ising.couplingJ(k);
            double w = ising.couplingWeight(k);
            qubo.addOffset(w).addLinear(i, -2 * w).addLinear(j, -2 * w).addQuadratic(i, j, 4 * w);
        }
        return qubo.build();
    }
}
