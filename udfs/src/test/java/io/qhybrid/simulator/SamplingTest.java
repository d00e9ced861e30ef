package io.qhybrid.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.qhybrid.circuit.Circuit;
import io.qhybrid.model.Bitstrings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SamplingTest {

    @Test
    void frequenciesPassChiSquareAgainstExactProbabilities() {
        Circuit circuit = Circuit.builder(3).ry(0, 0.7).ry(1, 2.1).cx(1, 2).rx(2, 0.4).build();
        QuantumState state = new StateVectorSimulator().run(circuit);
        DenseReference ref = DenseReference.run(circuit);
        int shots = 20_000;
        Map<String, Long> counts = state.sample(shots, 12345);
        double chi2 = 0;
        int bins = 0;
        for (int i = 0; i < 8; i++) {
            double p = ref.re[i] * ref.re[i] + ref.im[i] * ref.im[i];
            long observed = counts.getOrDefault(Bitstrings.of(i, 3), 0L);
            if (p < 1e-12) {
                assertThat(observed).isZero();
                continue;
            }
            double expected = p * shots;
            chi2 += (observed - expected) * (observed - expected) / expected;
            bins++;
        }
        // 99.9th percentile of chi-square with at most 7 degrees of freedom is 24.3
        assertThat(bins).isGreaterThan(4);
        assertThat(chi2).isLessThan(24.3);
        assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(shots);
    }

    @Test
    void sameSeedSameCountsAcrossRunsAndThreadCounts() {
        Circuit circuit = RandomCircuits.circuit(18, 2, 77);
        Map<String, Long> one = new StateVectorSimulator(1).run(circuit).sample(5000, 42);
        Map<String, Long> again = new StateVectorSimulator(1).run(circuit).sample(5000, 42);
        Map<String, Long> two = new StateVectorSimulator(2).run(circuit).sample(5000, 42);
        assertThat(again).isEqualTo(one);
        assertThat(two).isEqualTo(one);
        assertThat(new StateVectorSimulator(1).run(circuit).sample(5000, 43)).isNotEqualTo(one);
    }
}
