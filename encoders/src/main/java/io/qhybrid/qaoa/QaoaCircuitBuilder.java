package io.qhybrid.qaoa;

import static java.util.Objects.requireNonNull;

import io.qhybrid.circuit.Angle;
import io.qhybrid.circuit.Circuit;
import io.qhybrid.circuit.CircuitBuilder;
import io.qhybrid.model.IsingModel;
import io.qhybrid.model.Qubo;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The QAOA circuit of an Ising model (or of a QUBO through its exact Ising form) with {@code p}
 * layers and symbolic angles {@code gamma0..gamma(p-1)}, {@code beta0..beta(p-1)}.
 *
 * <p>The circuit prepares {@code |+>^n} with {@code h} on every qubit, then per layer l applies
 * the cost unitary {@code exp(-i gamma_l H_C)} for {@code H_C = sum h_i Z_i + sum J_ij Z_i Z_j}
 * (the model's energy without its offset, which is only a global phase): {@code rz(2 gamma_l h_i)}
 * on qubit i and {@code rzz(2 gamma_l J_ij)} on (i, j), since {@code rz(t) = exp(-i t Z/2)} and
 * {@code rzz(t) = exp(-i t ZZ/2)}; then the mixer {@code exp(-i beta_l sum X_i)} as
 * {@code rx(2 beta_l)} on every qubit. Qubit i is spin i, so measured bitstrings score directly
 * with {@link IsingModel#energy(String)}. Zero fields produce no {@code rz}.
 */
public final class QaoaCircuitBuilder {
    private QaoaCircuitBuilder() {}

    public static Circuit build(IsingModel model, int layers, boolean measure) {
        requireNonNull(model, "model is null");
        if (layers < 1) {
            throw new IllegalArgumentException("QAOA needs at least one layer, got " + layers);
        }
        int n = model.numSpins();
        CircuitBuilder circuit = Circuit.builder(n);
        for (int q = 0; q < n; q++) {
            circuit.h(q);
        }
        for (int layer = 0; layer < layers; layer++) {
            String gamma = gammaName(layer);
            for (int q = 0; q < n; q++) {
                if (model.h(q) != 0.0) {
                    circuit.rz(q, Angle.parameter(gamma, 2 * model.h(q)));
                }
            }
            for (int k = 0; k < model.couplingCount(); k++) {
                circuit.rzz(model.couplingI(k), model.couplingJ(k), Angle.parameter(gamma, 2 * model.couplingWeight(k)));
            }
            Angle mixer = Angle.parameter(betaName(layer), 2.0);
            for (int q = 0; q < n; q++) {
                circuit.rx(q, mixer);
            }
        }
        if (measure) {
            circuit.measureAll();
        }
        return circuit.build();
    }

    public static Circuit build(Qubo qubo, int layers, boolean measure) {
        requireNonNull(qubo, "qubo is null");
        return build(qubo.toIsing(), layers, measure);
    }

    public static String gammaName(int layer) {
        return "gamma" + layer;
    }

    public static String betaName(int layer) {
        return "beta" + layer;
    }

    /** The binding {@code gamma_l -> gammas[l]}, {@code beta_l -> betas[l]} for {@link Circuit#bind}. */
    public static Map<String, Double> parameters(double[] gammas, double[] betas) {
        requireNonNull(gammas, "gammas is null");
        requireNonNull(betas, "betas is null");
        if (gammas.length != betas.length) {
            throw new IllegalArgumentException("need as many gammas as betas, got " + gammas.length
                    + " and " + betas.length);
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (int l = 0; l < gammas.length; l++) {
            values.put(gammaName(l), gammas[l]);
            values.put(betaName(l), betas[l]);
        }
        return values;
    }
}
