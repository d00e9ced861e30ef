package io.qhybrid.vqe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.qhybrid.circuit.Angle;
import io.qhybrid.circuit.Circuit;
import io.qhybrid.circuit.qasm.QasmReader;
import io.qhybrid.circuit.qasm.QasmWriter;
import io.qhybrid.encode.PauliSumReader;
import io.qhybrid.model.Pauli;
import io.qhybrid.model.PauliSum;
import io.qhybrid.model.PauliWord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Grouping, measurement circuits and the estimator on hand-computed counts. The agreement of
 * estimates with exact expectations on simulated states is in the udfs module, beside the simulator.
 */
class PauliMeasurementTest {
    private static PauliWord word(String text) {
        return PauliWord.parse(text);
    }

    @Test
    void groupsTheParityMappedH2Hamiltonian() {
        PauliSum h2 = PauliSumReader.read(Path.of("..", "sample-data", "molecules", "h2-0.735.txt"));
        PauliMeasurement plan = PauliMeasurement.of(h2);

        // |Z0| = |Z1| > |X0 X1| > |Z0 Z1|; Z0 and Z1 tie and go by text
        assertThat(plan.groups()).containsExactly(
                new MeasurementGroup(word("Z0 Z1"), List.of(word("Z0"), word("Z1"), word("Z0 Z1"))),
                new MeasurementGroup(word("X0 X1"), List.of(word("X0 X1"))));
        assertThat(plan.identityCoefficient()).isEqualTo(-1.0523732538300625);
        assertThat(plan.numQubits()).isEqualTo(2);
        assertThat(plan.groups().get(1).basisOn(0)).isEqualTo(Pauli.X);
        assertThat(plan.groups().get(0).basisOn(5)).isNull();
    }

    /**
     * Random Hamiltonians with X, Y and Z letters, checked by a second implementation that works on
     * letter arrays: the groups partition the non-identity words, each group is pairwise qubit-wise
     * commuting with the basis its words imply, words are in descending |coefficient| order, and no
     * group's first word could have joined an earlier group (the greedy rule).
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void groupsArePartitionsIntoQubitWiseCommutingSets(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 2 + random.nextInt(5);
        Map<PauliWord, char[]> letters = new HashMap<>();
        PauliSum.Builder builder = PauliSum.builder().numQubits(n).add(random.nextDouble(-1, 1), "I");
        int terms = 1 + random.nextInt(3 * n);
        for (int t = 0; t < terms; t++) {
            char[] word = randomLetters(random, n);
            PauliWord parsed = word(text(word));
            letters.put(parsed, word);
            // a few repeated magnitudes exercise the tie-break
            double c = random.nextInt(4) == 0 ? 0.5 : random.nextDouble(-2, 2);
            builder.add(c, parsed);
        }
        PauliSum h = builder.build();
        PauliMeasurement plan = PauliMeasurement.of(h, n);

        List<PauliWord> seen = new ArrayList<>();
        List<char[]> bases = new ArrayList<>();
        for (MeasurementGroup group : plan.groups()) {
            char[] basis = new char[n];
            java.util.Arrays.fill(basis, 'I');
            double previous = Double.POSITIVE_INFINITY;
            for (PauliWord w : group.words()) {
                char[] a = letters.get(w);
                for (PauliWord v : group.words()) {
                    char[] b = letters.get(v);
                    for (int q = 0; q < n; q++) {
                        assertThat(a[q] == 'I' || b[q] == 'I' || a[q] == b[q])
                                .as("%s and %s commute qubit-wise on qubit %d", w, v, q).isTrue();
                    }
                }
                for (int q = 0; q < n; q++) {
                    basis[q] = a[q] == 'I' ? basis[q] : a[q];
                }
                double magnitude = Math.abs(h.coefficientOf(w));
                assertThat(magnitude).isLessThanOrEqualTo(previous);
                previous = magnitude;
                seen.add(w);
            }
            assertThat(group.basis()).isEqualTo(word(text(basis)));
            char[] first = letters.get(group.words().get(0));
            for (char[] earlier : bases) {
                boolean conflict = false;
                for (int q = 0; q < n; q++) {
                    conflict |= first[q] != 'I' && earlier[q] != 'I' && first[q] != earlier[q];
                }
                assertThat(conflict).as("%s opened a group though an earlier one accepts it", group).isTrue();
            }
            bases.add(basis);
        }
        List<PauliWord> expected = h.words().stream().filter(w -> !w.isIdentity()).toList();
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        assertThat(PauliMeasurement.of(h, n).groups()).isEqualTo(plan.groups());
    }

    private static char[] randomLetters(SplittableRandom random, int n) {
        char[] word = new char[n];
        for (int q = 0; q < n; q++) {
            word[q] = "IIXYZ".charAt(random.nextInt(5));
        }
        return word;
    }

    private static String text(char[] letters) {
        StringBuilder out = new StringBuilder();
        for (int q = 0; q < letters.length; q++) {
            if (letters[q] != 'I') {
                out.append(letters[q]).append(q).append(' ');
            }
        }
        return out.toString();
    }

    @Test
    void measurementCircuitsRotateEachQubitIntoItsGroupsBasis() {
        PauliSum h = PauliSum.builder().add(0.5, "X0 Y1").add(0.3, "Z0 Z2").add(0.1, "Y1 X2").add(-2, "I").build();
        Circuit preparation = Circuit.builder(3).h(0).cx(0, 1).ry(2, Angle.parameter("t")).build();
        List<Circuit> circuits = PauliMeasurement.of(h).circuits(preparation);

        // groups: {X0 Y1, Y1 X2} in basis X0 Y1 X2, then {Z0 Z2}
        assertThat(circuits).containsExactly(
                Circuit.builder(3).h(0).cx(0, 1).ry(2, Angle.parameter("t"))
                        .h(0).sdg(1).h(1).h(2).measureAll().build(),
                Circuit.builder(3).h(0).cx(0, 1).ry(2, Angle.parameter("t")).measureAll().build());
        for (Circuit circuit : circuits) {
            assertThat(QasmReader.read(QasmWriter.write(circuit), "group.qasm")).isEqualTo(circuit);
        }
        assertThat(QasmWriter.write(circuits.get(0))).contains("sdg q[1];\nh q[1];\n");
        assertThat(circuits.get(0).bind(Map.of("t", 0.25)).isBound()).isTrue();
    }

    /**
     * H = 1 + 2 Z0 + 3 Z0 Z1 (one group), counts {00: 3, 01: 1}: the shot "01" has qubit 0 set, so
     * its value is 2(-1) + 3(-1) = -5 against +5 for "00". Mean 2.5, unbiased sample variance
     * (3 * 2.5^2 + 7.5^2) / 3 = 25, standard error sqrt(25 / 4) = 2.5.
     */
    @Test
    void estimatesFromHandComputedCounts() {
        PauliSum h = PauliSum.builder().add(1, "I").add(2, "Z0").add(3, "Z0 Z1").build();
        EnergyEstimate estimate = PauliMeasurement.of(h).estimate(List.of(Map.of("00", 3L, "01", 1L)));
        assertThat(estimate.energy()).isCloseTo(3.5, within(1e-12));
        assertThat(estimate.standardError()).isCloseTo(2.5, within(1e-12));
        assertThat(estimate.shots()).isEqualTo(4);
    }

    @Test
    void readsQubitZeroAsTheRightmostCharacter() {
        PauliSum h = PauliSum.builder().add(1, "Z0").add(-2, "Z1").build();
        EnergyEstimate estimate = PauliMeasurement.of(h).estimate(List.of(Map.of("10", 4L)));
        // qubit 1 reads 1 (Z1 = -1), qubit 0 reads 0 (Z0 = +1): 1 + 2
        assertThat(estimate.energy()).isEqualTo(3.0);
        assertThat(estimate.standardError()).isZero();
    }

    /**
     * H = X0 + Z0: two groups, X0 first (equal magnitudes, by text). X0 shots +1, -1: mean 0,
     * variance 2, error^2 1; Z0 shots -1, -1: mean -1, variance 0. Energy -1, error 1.
     */
    @Test
    void addsTheVariancesOfIndependentGroups() {
        PauliMeasurement plan = PauliMeasurement.of(PauliSum.builder().add(1, "X0").add(1, "Z0").build());
        assertThat(plan.groups()).extracting(MeasurementGroup::basis).containsExactly(word("X0"), word("Z0"));
        EnergyEstimate estimate = plan.estimate(List.of(Map.of("0", 1L, "1", 1L), Map.of("1", 2L)));
        assertThat(estimate.energy()).isEqualTo(-1.0);
        assertThat(estimate.standardError()).isCloseTo(1.0, within(1e-12));
        assertThat(estimate.shots()).isEqualTo(4);
    }

    @Test
    void aSingleShotGroupHasAnUnknownError() {
        PauliMeasurement plan = PauliMeasurement.of(PauliSum.builder().add(1, "X0").build());
        assertThat(plan.estimate(List.of(Map.of("1", 1L))).standardError()).isInfinite();
    }

    @Test
    void anIdentityOnlyHamiltonianNeedsNoMeasurement() {
        PauliMeasurement plan = PauliMeasurement.of(PauliSum.builder().add(2.5, "I").build(), 3);
        assertThat(plan.groups()).isEmpty();
        assertThat(plan.circuits(Circuit.builder(3).h(0).build())).isEmpty();
        assertThat(plan.estimate(List.of())).isEqualTo(new EnergyEstimate(2.5, 0, 0));
    }

    @Test
    void rejectsCountsThatDoNotMatchThePlan() {
        PauliMeasurement plan = PauliMeasurement.of(PauliSum.builder().add(1, "X0 X1").add(1, "Z0").build());
        Map<String, Long> good = Map.of("01", 5L);
        assertThatThrownBy(() -> plan.estimate(List.of(good)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one counts map per measurement group, 2");
        assertThatThrownBy(() -> plan.estimate(List.of(good, Map.of("1", 5L))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("group 1").hasMessageContaining("2 bits");
        assertThatThrownBy(() -> plan.estimate(List.of(good, Map.of("0x", 5L))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only 0 and 1");
        assertThatThrownBy(() -> plan.estimate(List.of(Map.of("01", -1L, "00", 3L), good)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative count");
        assertThatThrownBy(() -> plan.estimate(List.of(good, Map.of("00", 0L))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("group 1 has no shots");
    }

    @Test
    void rejectsPreparationsItCannotExtend() {
        PauliMeasurement plan = PauliMeasurement.of(PauliSum.builder().add(1, "X0 X1").build());
        assertThatThrownBy(() -> plan.circuits(Circuit.builder(3).h(0).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PauliMeasurement.of(hamiltonian, 3)");
        assertThatThrownBy(() -> plan.circuits(Circuit.builder(2).h(0).measureAll().build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without measurement");
        assertThatThrownBy(() -> PauliMeasurement.of(PauliSum.builder().add(1, "Z4").build(), 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 5 and 63");
    }

    @Test
    void groupsRefuseInconsistentBases() {
        assertThatThrownBy(() -> new MeasurementGroup(word("X0 Z1"), List.of(word("Z0"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not diagonal");
        assertThatThrownBy(() -> new MeasurementGroup(word("X0 Z1"), List.of(word("X0"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differs from X0");
        assertThatThrownBy(() -> new MeasurementGroup(word("I"), List.of(word("I"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("identity");
    }

    @Test
    void survivesJavaSerialisation() throws Exception {
        PauliMeasurement plan = PauliMeasurement.of(
                PauliSum.builder().add(0.5, "X0 Y1").add(0.3, "Z0 Z2").add(-1, "I").build(), 4);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(plan);
        }
        PauliMeasurement copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (PauliMeasurement) in.readObject();
        }
        assertThat(copy).isEqualTo(plan).hasSameHashCodeAs(plan);
        assertThat(copy.groups()).isEqualTo(plan.groups());
        Map<String, Long> counts = Map.of("0101", 3L, "0010", 2L);
        assertThat(copy.estimate(List.of(counts, counts))).isEqualTo(plan.estimate(List.of(counts, counts)));
    }
}
