package io.qhybrid.sampledata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qhybrid.error.QHybridException;
import org.junit.jupiter.api.Test;

class BondLengthsTest {
    @Test
    void rangesIncludeTheStartAndEveryExactStep() {
        assertThat(BondLengths.parse("0.3:2.5:0.15")).hasSize(15).startsWith(0.3).endsWith(2.4).contains(0.75, 1.5);
        assertThat(BondLengths.parse("0.3:2.5:0.15,0.735,0.3")).hasSize(16).contains(0.735);
        assertThat(BondLengths.parse("0.5:1.0:0.25")).containsExactly(0.5, 0.75, 1.0);
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> BondLengths.parse("0.3:2.5")).isInstanceOf(QHybridException.class);
        assertThatThrownBy(() -> BondLengths.parse("0.3:2.5:0")).isInstanceOf(QHybridException.class);
        assertThatThrownBy(() -> BondLengths.parse("-1")).isInstanceOf(QHybridException.class);
        assertThatThrownBy(() -> BondLengths.parse("abc")).isInstanceOf(QHybridException.class);
    }
}
