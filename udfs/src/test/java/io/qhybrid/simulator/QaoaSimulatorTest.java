package io.qhybrid.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.qhybrid.circuit.Circuit;
import io.qhybrid.circuit.CircuitBuilder;
import io.qhybrid.model.IsingModel;
import io.qhybrid.simulator.internal.CostVector;
import io.qhybrid.simulator.internal.Parallel;
import io.qhybrid.simulator.internal.QaoaEvolution;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QaoaSimulatorTest {

    /** The QAOA circuit written gate by gate, as the fast path claims to equal. */
    static Circuit gateByGate(IsingModel model, double[] gammas, double[] betas) {
        int n = model.numSpins();
        CircuitBuilder b = Circuit.builder(n);
        for (int q = 0; q < n; q++) {
            b.h(q);
        }
        for (int l = 0; l < gammas.length; l++) {
            for (int k = 0; k < model.couplingCount(); k++) {
                b.rzz(model.couplingI(k), model.couplingJ(k), 2 * gammas[l] * model.couplingWeight(k));
            }
            for (int q = 0; q < n; q++) {
                if (model.h(q) != 0) {
                    b.rz(q, 2 * gammas[l] * model.h(q));
                }
            }
            for (int q = 0; q < n; q++) {
                b.rx(q, 2 * betas[l]);
            }
        }
        return b.build();
    }

    static IsingModel randomModel(int n, boolean integer, long seed) {
        return randomModel(n, integer, true, seed);
    }

    /** Without fields the model is parity symmetric (E(z) = E(~z)) and takes the half-state path. */
    static IsingModel randomModel(int n, boolean integer, boolean fields, long seed) {
        Random random = new Random(seed);
        IsingModel.Builder b = IsingModel.builder(n).addOffset(0.25);
        for (int q = 0; q < n && fields; q++) {
            b.addField(q, integer ? random.nextInt(3) - 1 : random.nextGaussian());
        }
        for (int k = 0; k < 2 * n; k++) {
            int i = random.nextInt(n), j = random.nextInt(n);
            if (i != j) {
                b.addCoupling(i, j, integer ? 0.5 * (1 + random.nextInt(2)) : random.nextGaussian());
            }
        }
        return b.build();
    }

    static IsingModel maxCut(int n, int[][] edges) {
        // cut(s) = sum (1 - s_i s_j) / 2, so E = -cut has J = 1/2 and offset -|E|/2
        IsingModel.Builder b = IsingModel.builder(n);
        for (int[] e : edges) {
            b.addCoupling(e[0], e[1], 0.5).addOffset(-0.5);
        }
        return b.build();
    }

    @ParameterizedTest
    @CsvSource({"true, true", "false, true", "true, false", "false, false"})
    void fastPathEqualsGateByGateCircuit(boolean integerWeights, boolean fields) {
        for (int n : new int[] {2, 3, 7, 10}) {
            IsingModel model = randomModel(n, integerWeights, fields, n);
            assertThat(CostVector.of(model).isCompact()).isEqualTo(integerWeights);
            assertThat(CostVector.of(model).isSymmetric()).isEqualTo(!fields);
            double[] gammas = {0.3, -0.7, 1.1}, betas = {0.4, 1.3, -0.2};
            QuantumState fast = new QaoaSimulator(model).state(gammas, betas);
            DenseReference ref = DenseReference.run(gateByGate(model, gammas, betas));
            for (int i = 0; i < 1 << n; i++) {
                assertThat(fast.real(i)).isCloseTo(ref.re[i], within(1e-10));
                assertThat(fast.imaginary(i)).isCloseTo(ref.im[i], within(1e-10));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void cacheBlockingWithManyGroupsEqualsGateByGate(boolean fields) {
        // tiny blocks, groups and lines so one 11-qubit state exercises every pass shape; a block
        // as large as a symmetric state's half (10 bits) makes the top qubit pair within one block
        IsingModel model = randomModel(11, true, fields, 3);
        // integer weights: the cost phase runs 8 amplitudes at a time where the JVM has 8-lane vectors
        assertThat(CostVector.of(model).hasLanePatterns()).isTrue();
        double[] gammas = {0.5, 0.2, 0.9}, betas = {0.3, 1.4, 0.8};
        var layout = io.qhybrid.simulator.internal.StateLayout.of(11);
        int full = layout.length(), imag = layout.imaginaryOffset();
        double[] amp = layout.allocate();
        // {block, group, tile, superblock} bits: superblocks of one block (none), of several, and a
        // single block holding the whole state; tiles whose lines are one amplitude up to many vectors
        int[][] blockings = {{4, 2, 3, 4}, {4, 2, 7, 7}, {5, 3, 6, 8}, {6, 2, 9, 6}, {7, 4, 8, 9}, {5, 2, 5, 11},
            {10, 4, 7, 10}};
        QuantumState reference = new StateVectorSimulator().run(gateByGate(model, gammas, betas));
        double expected = 0;
        for (int i = 0; i < full; i++) {
            double p = reference.real(i) * reference.real(i) + reference.imaginary(i) * reference.imaginary(i);
            expected += p * model.energy(i);
        }
        for (int k = 0; k < 2 * blockings.length; k++) {
            int[] b = blockings[k / 2];
            QaoaEvolution evolution = new QaoaEvolution(CostVector.of(model), Parallel.of(1 + k % 2), b[0], b[1], b[2], b[3]);
            java.util.Arrays.fill(amp, Double.NaN);
            evolution.evolve(amp, imag, io.qhybrid.simulator.internal.StateLayout.ORIGIN, gammas, betas);
            evolution.unfold(amp, layout);
            for (int i = 0; i < full; i++) {
                assertThat(amp[layout.index(i)]).isCloseTo(reference.real(i), within(1e-10));
                assertThat(amp[imag + layout.index(i)]).isCloseTo(reference.imaginary(i), within(1e-10));
            }
            // the same state held from an origin inside a longer array, its imaginary parts an odd
            // distance after the real ones: nothing outside the two parts is written
            int origin = 1 + 2 * k, length = evolution.stateLength(), odd = length + 2 * k + 1;
            double[] shifted = new double[origin + odd + length + 3];
            java.util.Arrays.fill(shifted, Double.NaN);
            evolution.evolve(shifted, odd, origin, gammas, betas);
            for (int i = 0; i < shifted.length; i++) {
                int real = i - origin, imaginary = i - origin - odd;
                if (real >= 0 && real < length) {
                    assertThat(shifted[i]).isCloseTo(reference.real(real), within(1e-10));
                } else if (imaginary >= 0 && imaginary < length) {
                    assertThat(shifted[i]).isCloseTo(reference.imaginary(imaginary), within(1e-10));
                } else {
                    assertThat(shifted[i]).as("element %d outside the state", i).isNaN();
                }
            }
            assertThat(evolution.expectation(shifted, odd, origin)).isCloseTo(expected, within(1e-9));
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void expectationMatchesEnumerationOfTheState(boolean fields) {
        IsingModel model = randomModel(9, false, fields, 4);
        double[] gammas = {0.2, 0.4}, betas = {0.6, 0.1};
        QaoaSimulator qaoa = new QaoaSimulator(model);
        DenseReference ref = DenseReference.run(gateByGate(model, gammas, betas));
        double expected = 0;
        for (int i = 0; i < 1 << 9; i++) {
            expected += (ref.re[i] * ref.re[i] + ref.im[i] * ref.im[i]) * model.energy(i);
        }
        assertThat(qaoa.expectation(gammas, betas)).isCloseTo(expected, within(1e-10));
        assertThat(new QaoaSimulator(model, 2).expectation(gammas, betas)).isCloseTo(expected, within(1e-10));
    }

    /**
     * Integer weights whose energies span more than 128 units, so the byte levels behind the
     * expectation run past 127 (the SIMD sum widens them as unsigned).
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void expectationOverWideByteLevelsMatchesEnumerationOfTheState(boolean fields) {
        Random random = new Random(11);
        int n = 10;
        IsingModel.Builder b = IsingModel.builder(n).addOffset(-3);
        for (int q = 0; q < n && fields; q++) {
            b.addField(q, 1 + random.nextInt(3));
        }
        for (int k = 0; k < 4 * n; k++) {
            int i = random.nextInt(n), j = random.nextInt(n);
            if (i != j) {
                b.addCoupling(i, j, 1 + random.nextInt(4));
            }
        }
        IsingModel model = b.build();
        double[] gammas = {0.05, 0.11}, betas = {0.5, 0.2};
        DenseReference ref = DenseReference.run(gateByGate(model, gammas, betas));
        double expected = 0, lowest = Double.MAX_VALUE, highest = -Double.MAX_VALUE;
        for (int i = 0; i < 1 << n; i++) {
            double energy = model.energy(i);
            expected += (ref.re[i] * ref.re[i] + ref.im[i] * ref.im[i]) * energy;
            lowest = Math.min(lowest, energy);
            highest = Math.max(highest, energy);
        }
        assertThat(highest - lowest).as("energy range in units of 1").isGreaterThan(128);
        assertThat(new QaoaSimulator(model).compactCost()).isTrue();
        assertThat(new QaoaSimulator(model).expectation(gammas, betas)).isCloseTo(expected, within(1e-9));
        assertThat(new QaoaSimulator(model, 2).expectation(gammas, betas)).isCloseTo(expected, within(1e-9));
    }

    @ParameterizedTest
    @CsvSource({"true, true", "false, true", "true, false", "false, false"})
    void costVectorHoldsEveryStatesEnergy(boolean integerWeights, boolean fields) {
        for (int n : new int[] {1, 2, 5, 9}) {
            IsingModel model = randomModel(n, integerWeights, fields, 7 * n);
            CostVector cost = CostVector.of(model);
            assertThat(cost.stateLength()).isEqualTo(cost.isSymmetric() ? 1 << (n - 1) : 1 << n);
            for (int z = 0; z < 1 << n; z++) {
                assertThat(cost.energy(z) + cost.offset()).isCloseTo(model.energy(z), within(1e-12));
            }
        }
    }

    @Test
    void evenRingAtDepthOneReachesThreeQuartersOfTheEdges() {
        // Farhi, Goldstone, Gutmann (2014): p = 1 QAOA on a 2-regular ring cuts 3/4 of the edges at best
        int n = 8;
        int[][] edges = new int[n][];
        for (int i = 0; i < n; i++) {
            edges[i] = new int[] {i, (i + 1) % n};
        }
        QaoaSimulator qaoa = new QaoaSimulator(maxCut(n, edges));
        double best = Double.NEGATIVE_INFINITY, bestG = 0, bestB = 0;
        for (int a = 0; a <= 40; a++) {
            for (int c = 0; c <= 40; c++) {
                double g = Math.PI * a / 40, b = Math.PI / 2 * c / 40;
                double cut = -qaoa.expectation(new double[] {g}, new double[] {b});
                if (cut > best) {
                    best = cut;
                    bestG = g;
                    bestB = b;
                }
            }
        }
        double step = Math.PI / 80;
        while (step > 1e-7) {
            boolean moved = false;
            for (double[] d : new double[][] {{step, 0}, {-step, 0}, {0, step}, {0, -step}}) {
                double cut = -qaoa.expectation(new double[] {bestG + d[0]}, new double[] {bestB + d[1]});
                if (cut > best) {
                    best = cut;
                    bestG += d[0];
                    bestB += d[1];
                    moved = true;
                }
            }
            if (!moved) {
                step /= 2;
            }
        }
        assertThat(best).isCloseTo(3.0 * n / 4, within(1e-6));
    }
}
