package io.qhybrid.pool;

import io.qhybrid.model.IsingModel;
import io.qhybrid.solve.SimulatedAnnealingSolver;
import io.qhybrid.solve.Solution;
import java.util.Map;

/**
 * The last tier of the default chain: when no quantum tier can serve, the request's classical
 * model is solved by simulated annealing seeded with the request's seed, and the best state comes
 * back as one bitstring holding every shot. Spin i is qubit i, so the bitstring reads like the
 * circuit's samples would. A request without a model (or with one whose size differs from the
 * circuit) is refused as {@link FallbackReason#NO_MODEL}: there is nothing classical to solve.
 */
final class HeuristicTier implements FallbackTier {
    @Override
    public String name() {
        return HEURISTIC;
    }

    @Override
    public Refusal refusal(PoolRequest request) {
        IsingModel model = request.model();
        if (model == null) {
            return new Refusal(FallbackReason.NO_MODEL, "heuristic tier: the request carries no Ising model; "
                    + "attach the subproblem's model (PoolRequest.withModel) to allow a classical answer");
        }
        if (model.numSpins() != request.circuit().numQubits()) {
            return new Refusal(FallbackReason.NO_MODEL, "heuristic tier: the model has " + model.numSpins()
                    + " spins but the circuit " + request.circuit().numQubits() + " qubits");
        }
        return null;
    }

    @Override
    public Map<String, Long> run(PoolRequest request) {
        Solution best = SimulatedAnnealingSolver.builder().seed(request.seed()).build().solve(request.model());
        return Map.of(best.bitstring(), (long) request.shots());
    }
}
