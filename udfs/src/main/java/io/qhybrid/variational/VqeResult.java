package io.qhybrid.variational;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a {@link VqeSolver} run: the ansatz, its optimised parameters by name (in
 * circuit order), the exact energy there, and the work done.
 *
 * @param ansatz {@code h2-parity} or {@code hardware-efficient(depth=d)}
 * @param parameters parameter name to optimised value, in circuit order
 * @param energy {@code <psi|H|psi>} at the optimised parameters
 * @param evaluations energy evaluations over every start
 * @param optimizer the optimiser's method name
 */
public record VqeResult(String ansatz, Map<String, Double> parameters, double energy, int evaluations,
        String optimizer) {
    public VqeResult {
        requireNonNull(ansatz, "ansatz is null");
        requireNonNull(optimizer, "optimizer is null");
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    static VqeResult of(String ansatz, List<String> names, double[] values, double energy, int evaluations,
            String optimizer) {
        Map<String, Double> parameters = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            parameters.put(names.get(i), values[i]);
        }
        return new VqeResult(ansatz, parameters, energy, evaluations, optimizer);
    }
}
