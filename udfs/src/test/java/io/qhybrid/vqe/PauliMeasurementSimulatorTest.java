package io.qhybrid.vqe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import io.qhybrid.backend.CircuitRunner;
import io.qhybrid.backend.NoiseParameters;
import io.qhybrid.circuit.Circuit;
import io.qhybrid.circuit.CircuitBuilder;
import io.qhybrid.circuit.qasm.QasmReader;
import io.qhybrid.circuit.qasm.QasmWriter;
import io.qhybrid.encode.PauliSumReader;
import io.qhybrid.model.Bitstrings;
import io.qhybrid.model.Pauli;
import io.qhybrid.model.PauliSum;
import io.qhybrid.model.PauliWord;
import io.qhybrid.simulator.PauliObservables;
import io.qhybrid.simulator.QuantumState;
import io.qhybrid.simulator.SimulatorRunner;
import io.qhybrid.simulator.StateVectorSimulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Energies estimated from the counts of {@link PauliMeasurement}'s circuits against the exact
 * expectation {@code <psi|H|psi>} of the simulator, which never rotates or samples.
 */
class PauliMeasurementSimulatorTest {
    /** Virtual shots for counts taken from exact probabilities: rounding then costs about 1e-12. */
    private static final double VIRTUAL_SHOTS = 1e12;
    private static final int SHOTS = 200_000;
    private static final CircuitRunner RUNNER = SimulatorRunner.exact();
    private static final StateVectorSimulator SIMULATOR = new StateVectorSimulator();

    /**
     * Counts proportional to the exact probabilities of the measurement circuits reproduce the
     * exact energy, and the reported error matches the variance of each group's operator
     * {@code F_g = sum_w c_w P_w}, computed as {@code <F_g^2> - <F_g>^2} from the state.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void exactProbabilitiesGiveTheExactEnergy(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 2 + (int) (seed % 3);
        Circuit preparation = randomPreparation(n, random);
        PauliSum h = randomHamiltonian(n, random);
        PauliMeasurement plan = PauliMeasurement.of(h, n);
        QuantumState state = SIMULATOR.run(preparation);

        List<Map<String, Long>> counts = new ArrayList<>();
        for (Circuit circuit : plan.circuits(preparation)) {
            // through OpenQASM and back, as a circuit bound for a QPU would go
            Circuit shipped = QasmReader.read(QasmWriter.write(circuit), "group.qasm");
            counts.add(virtualCounts(SIMULATOR.run(shipped), n));
        }
        EnergyEstimate estimate = plan.estimate(counts);

        assertThat(estimate.energy()).isCloseTo(state.expectation(PauliObservables.of(h, n)), within(1e-9));
        double perShotVariance = estimate.standardError() * estimate.standardError() * VIRTUAL_SHOTS;
        assertThat(perShotVariance).isCloseTo(groupVarianceSum(plan, state), within(1e-6));
    }

    /** 200,000 sampled shots a group, run through the circuit runner as a backend would. */
    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24, 25, 26, 27, 28})
    void sampledShotsLandWithinFiveStandardErrors(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 2 + (int) (seed % 3);
        Circuit preparation = randomPreparation(n, random);
        PauliSum h = randomHamiltonian(n, random);
        PauliMeasurement plan = PauliMeasurement.of(h, n);
        QuantumState state = SIMULATOR.run(preparation);

        EnergyEstimate estimate = plan.estimate(sample(plan.circuits(preparation), seed));

        double exact = state.expectation(PauliObservables.of(h, n));
        double expectedError = Math.sqrt(groupVarianceSum(plan, state) / SHOTS);
        assertThat(estimate.shots()).isEqualTo((long) SHOTS * plan.groups().size());
        assertThat(estimate.standardError()).isCloseTo(expectedError, withinPercentage(5));
        assertThat(Math.abs(estimate.energy() - exact)).isLessThanOrEqualTo(5 * estimate.standardError());
    }

    /** The sign convention of the Y rotation: |+i> = S H |0> reads Y = +1, |-i> = S^dagger H |0> reads -1. */
    @Test
    void yEigenstatesReadTheirEigenvalues() {
        PauliMeasurement plan = PauliMeasurement.of(PauliSum.builder().add(1, "Y0").build());
        Circuit plusI = Circuit.builder(1).h(0).s(0).build();
        Circuit minusI = Circuit.builder(1).h(0).sdg(0).build();
        assertThat(sample(plan.circuits(plusI), 1)).containsExactly(Map.of("0", (long) SHOTS));
        assertThat(plan.estimate(sample(plan.circuits(plusI), 1))).isEqualTo(new EnergyEstimate(1, 0, SHOTS));
        assertThat(plan.estimate(sample(plan.circuits(minusI), 1))).isEqualTo(new EnergyEstimate(-1, 0, SHOTS));
    }

    /**
     * The parity-mapped H2 Hamiltonians of the sample data: at the angle of the one-parameter
     * ansatz that minimises the exact energy, the sampled estimate lies within five standard
     * errors of the exact ground energy recorded in the file's header.
     */
    @ParameterizedTest
    @ValueSource(strings = {"h2-0.450.txt", "h2-0.735.txt", "h2-1.500.txt", "h2-2.400.txt"})
    void sampledH2EnergyMatchesTheRecordedGroundEnergy(String file) throws IOException {
        Path path = Path.of("..", "sample-data", "molecules", file);
        PauliSum h2 = PauliSumReader.read(path);
        double ground = header(path, "exact_ground_electronic_ha");
        PauliMeasurement plan = PauliMeasurement.of(h2);
        assertThat(plan.groups()).hasSize(2);

        Circuit best = null;
        double lowest = Double.POSITIVE_INFINITY;
        for (int step = 0; step < 4000; step++) {
            Circuit bound = H2ParityAnsatz.build().bind(Map.of(H2ParityAnsatz.PARAMETER, 2 * Math.PI * step / 4000));
            double energy = SIMULATOR.run(bound).expectation(PauliObservables.of(h2));
            if (energy < lowest) {
                lowest = energy;
                best = bound;
            }
        }
        assertThat(lowest).isCloseTo(ground, within(1e-5));

        List<Map<String, Long>> exactCounts = new ArrayList<>();
        for (Circuit circuit : plan.circuits(best)) {
            exactCounts.add(virtualCounts(SIMULATOR.run(circuit), 2));
        }
        assertThat(plan.estimate(exactCounts).energy()).isCloseTo(lowest, within(1e-9));
        EnergyEstimate sampled = plan.estimate(sample(plan.circuits(best), file.hashCode()));
        assertThat(Math.abs(sampled.energy() - ground)).isLessThanOrEqualTo(5 * sampled.standardError());
    }

    private static List<Map<String, Long>> sample(List<Circuit> circuits, long seed) {
        List<Map<String, Long>> counts = new ArrayList<>();
        for (int g = 0; g < circuits.size(); g++) {
            counts.add(RUNNER.run(circuits.get(g), SHOTS, seed * 1000 + g, NoiseParameters.NONE));
        }
        return counts;
    }

    private static Map<String, Long> virtualCounts(QuantumState state, int n) {
        Map<String, Long> counts = new TreeMap<>();
        double[] p = state.probabilities();
        for (int i = 0; i < p.length; i++) {
            long count = Math.round(p[i] * VIRTUAL_SHOTS);
            if (count > 0) {
                counts.put(Bitstrings.of(i, n), count);
            }
        }
        return counts;
    }

    /**
     * {@code sum_g Var(F_g)} from the state alone. Qubit-wise commuting words multiply letter by
     * letter: on each qubit equal letters cancel to I, and a letter against I survives.
     */
    private static double groupVarianceSum(PauliMeasurement plan, QuantumState state) {
        int n = plan.numQubits();
        double sum = 0;
        for (MeasurementGroup group : plan.groups()) {
            PauliSum.Builder f = PauliSum.builder().numQubits(n);
            PauliSum.Builder fSquared = PauliSum.builder().numQubits(n);
            for (PauliWord a : group.words()) {
                double ca = plan.hamiltonian().coefficientOf(a);
                f.add(ca, a);
                for (PauliWord b : group.words()) {
                    fSquared.add(ca * plan.hamiltonian().coefficientOf(b), product(a, b, n));
                }
            }
            double mean = state.expectation(PauliObservables.of(f.build(), n));
            sum += state.expectation(PauliObservables.of(fSquared.build(), n)) - mean * mean;
        }
        return sum;
    }

    private static PauliWord product(PauliWord a, PauliWord b, int n) {
        Map<Integer, Pauli> letters = new TreeMap<>();
        for (int q = 0; q < n; q++) {
            Pauli x = a.opOn(q);
            Pauli y = b.opOn(q);
            assertThat(x == null || y == null || x == y).as("%s and %s commute qubit-wise", a, b).isTrue();
            if (x != y) {
                letters.put(q, x == null ? y : x);
            }
        }
        return PauliWord.of(letters);
    }

    /** Random ry and rz on every qubit between cx ladders: complex amplitudes, entangled. */
    private static Circuit randomPreparation(int n, SplittableRandom random) {
        CircuitBuilder circuit = Circuit.builder(n);
        for (int layer = 0; layer < 3; layer++) {
            for (int q = 0; q < n; q++) {
                circuit.ry(q, random.nextDouble(-Math.PI, Math.PI)).rz(q, random.nextDouble(-Math.PI, Math.PI));
            }
            for (int q = 0; q + 1 < n; q++) {
                circuit.cx(q, q + 1);
            }
        }
        return circuit.build();
    }

    /** An identity term and up to 3n random words, at least one of them with a Y. */
    private static PauliSum randomHamiltonian(int n, SplittableRandom random) {
        PauliSum.Builder h = PauliSum.builder().numQubits(n).add(random.nextDouble(-2, 2), "I");
        h.add(random.nextDouble(0.1, 1), PauliWord.of(Map.of(random.nextInt(n), Pauli.Y)));
        int terms = 2 + random.nextInt(3 * n - 1);
        for (int t = 0; t < terms; t++) {
            Map<Integer, Pauli> letters = new TreeMap<>();
            for (int q = 0; q < n; q++) {
                int letter = random.nextInt(4);
                if (letter > 0) {
                    letters.put(q, Pauli.values()[letter - 1]);
                }
            }
            h.add(random.nextDouble(-1, 1), PauliWord.of(letters));
        }
        return h.build();
    }

    private static double header(Path path, String key) throws IOException {
        String prefix = "# " + key + ":";
        return Files.readAllLines(path).stream().filter(line -> line.startsWith(prefix))
                .map(line -> Double.parseDouble(line.substring(prefix.length()).trim()))
                .findFirst().orElseThrow();
    }
}
