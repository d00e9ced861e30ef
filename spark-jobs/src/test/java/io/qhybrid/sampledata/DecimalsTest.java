package io.qhybrid.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecimalsTest {
    @Test
    void writesFourDecimals() {
        assertThat(Decimals.fixed4(12.5)).isEqualTo("12.5000");
        assertThat(Decimals.fixed4(0.00004)).isEqualTo("0.0000");
        assertThat(Decimals.fixed4(0.00005)).isEqualTo("0.0001");
        assertThat(Decimals.fixed4(1.99999)).isEqualTo("2.0000");
        assertThat(Decimals.fixed4(-3.14159)).isEqualTo("-3.1416");
        assertThat(Decimals.fixed4(-0.00001)).isEqualTo("0.0000");
        assertThat(Decimals.fixed4(1234567.0891)).isEqualTo("1234567.0891");
    }
}
