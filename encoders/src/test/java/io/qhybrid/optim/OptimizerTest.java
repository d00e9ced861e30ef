package io.qhybrid.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OptimizerTest {
    static Stream<Optimizer> optimizers() {
        Budget budget = new Budget(20000, 20000);
        return Stream.of(new BobyqaOptimizer(budget), new CmaesOptimizer(budget, 0.5, 42L), new NelderMeadOptimizer(budget));
    }

    static double rosenbrock(double[] x) {
        return 100 * Math.pow(x[1] - x[0] * x[0], 2) + Math.pow(1 - x[0], 2);
    }

    @ParameterizedTest
    @MethodSource("optimizers")
    void findsRosenbrockMinimum(Optimizer optimizer) {
        OptimizationResult result = optimizer.minimize(OptimizerTest::rosenbrock, new double[] {-1.2, 1.0});
        assertThat(result.point()[0]).as(optimizer.method()).isCloseTo(1.0, within(1e-3));
        assertThat(result.point()[1]).as(optimizer.method()).isCloseTo(1.0, within(2e-3));
        assertThat(result.value()).isLessThan(1e-6);
    }

    @ParameterizedTest
    @MethodSource("optimizers")
    void findsShiftedQuadraticMinimumInsideBounds(Optimizer optimizer) {
        double[] centre = {0.3, -0.7, 1.1};
        Objective quadratic = x -> {
            double sum = 0;
            for (int i = 0; i < x.length; i++) {
                sum += (i + 1) * (x[i] - centre[i]) * (x[i] - centre[i]);
            }
            return sum + 2.0;
        };
        OptimizationResult result = optimizer.minimize(quadratic, new double[3], Bounds.uniform(3, -2, 2));
        assertThat(result.value()).as(optimizer.method()).isCloseTo(2.0, within(1e-6));
        for (int i = 0; i < 3; i++) {
            assertThat(result.point()[i]).isCloseTo(centre[i], within(1e-3));
        }
    }

    @ParameterizedTest
    @MethodSource("optimizers")
    void activeBoundHoldsTheMinimum(Optimizer optimizer) {
        // unconstrained minimum at 3, bound at 1: the answer is the bound
        OptimizationResult result = optimizer.minimize(x -> Math.pow(x[0] - 3, 2) + Math.pow(x[1], 2),
                new double[] {0, 0.5}, Bounds.uniform(2, -1, 1));
        assertThat(result.point()[0]).as(optimizer.method()).isCloseTo(1.0, within(1e-4));
        assertThat(result.value()).isCloseTo(4.0, within(1e-3));
    }

    @ParameterizedTest
    @MethodSource("budgetLimited")
    void respectsTheEvaluationBudget(Optimizer optimizer) {
        AtomicInteger calls = new AtomicInteger();
        OptimizationResult result = optimizer.minimize(x -> {
            calls.incrementAndGet();
            return rosenbrock(x);
        }, new double[] {-1.2, 1.0});
        assertThat(calls.get()).as(optimizer.method()).isLessThanOrEqualTo(25);
        assertThat(result.evaluations()).isEqualTo(calls.get());
        assertThat(result.budgetExhausted()).as("exhausted after %d", result.evaluations()).isTrue();
        // the best point seen is returned, never worse than the start
        assertThat(result.value()).isLessThanOrEqualTo(rosenbrock(new double[] {-1.2, 1.0}));
    }

    static Stream<Optimizer> budgetLimited() {
        Budget budget = new Budget(25, 1000);
        return Stream.of(new BobyqaOptimizer(budget), new CmaesOptimizer(budget, 7L), new NelderMeadOptimizer(budget));
    }

    @ParameterizedTest
    @MethodSource("optimizers")
    void handlesOneVariable(Optimizer optimizer) {
        OptimizationResult result = optimizer.minimize(x -> Math.cos(x[0]), new double[] {2.5}, Bounds.uniform(1, 0, 6));
        assertThat(result.point()).hasSize(1);
        assertThat(result.point()[0]).as(optimizer.method()).isCloseTo(Math.PI, within(1e-3));
    }

    @ParameterizedTest
    @MethodSource("optimizers")
    void findsTheMinimumOfAOneAngleEnergyUnbounded(Optimizer optimizer) {
        // a + b cos t + c sin t, the shape of a one-parameter VQE energy: minimum a - sqrt(b^2 + c^2)
        OptimizationResult result = optimizer.minimize(x -> -1.0 + 0.5 * Math.cos(x[0]) - 0.9 * Math.sin(x[0]),
                new double[] {0.1}, null);
        assertThat(result.value()).as(optimizer.method()).isCloseTo(-1.0 - Math.sqrt(0.25 + 0.81), within(1e-6));
    }

    @ParameterizedTest
    @MethodSource("optimizers")
    void cmaesIsReproducibleForASeed(Optimizer ignored) {
        Budget budget = new Budget(500, 500);
        OptimizationResult a = new CmaesOptimizer(budget, 3L).minimize(OptimizerTest::rosenbrock, new double[] {0, 0});
        OptimizationResult b = new CmaesOptimizer(budget, 3L).minimize(OptimizerTest::rosenbrock, new double[] {0, 0});
        assertThat(a.point()).containsExactly(b.point());
    }
}
