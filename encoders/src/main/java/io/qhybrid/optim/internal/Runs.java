package io.qhybrid.optim.internal;

import io.qhybrid.optim.Bounds;
import io.qhybrid.optim.OptimizationResult;
import java.util.function.IntSupplier;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.exception.TooManyIterationsException;

/** Runs a commons-math3 optimisation and turns budget stops into a best-seen result. */
public final class Runs {
    private Runs() {}

    public static OptimizationResult run(CountingObjective counted, Runnable optimisation, IntSupplier iterations) {
        boolean exhausted = false;
        try {
            optimisation.run();
        } catch (TooManyEvaluationsException | TooManyIterationsException | CountingObjective.BudgetExhausted e) {
            exhausted = true;
        } catch (org.apache.commons.math3.exception.MathIllegalStateException e) {
            // BOBYQA's "trust region step has failed to reduce Q": its quadratic model broke down
            // (rounding near a flat optimum); the best point seen so far is the answer it had
            if (counted.bestPoint() == null) {
                throw e;
            }
        }
        // some optimisers stop quietly on their own budget check, so look at the count too
        exhausted |= counted.exhausted();
        if (counted.bestPoint() == null) {
            throw new IllegalStateException("the optimiser never evaluated the objective");
        }
        return new OptimizationResult(counted.bestPoint(), counted.bestValue(), counted.evaluations(),
                iterations.getAsInt(), exhausted);
    }

    public static void checkDimensions(double[] initial, Bounds bounds) {
        if (initial.length == 0) {
            throw new IllegalArgumentException("the initial point is empty");
        }
        if (bounds != null && bounds.dimension() != initial.length) {
            throw new IllegalArgumentException("bounds have dimension " + bounds.dimension()
                    + " but the initial point has " + initial.length);
        }
    }
}
