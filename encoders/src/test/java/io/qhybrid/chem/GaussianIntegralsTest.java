package io.qhybrid.chem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Reference values: Szabo and Ostlund, Modern Quantum Chemistry, section 3.5.2 (H2, STO-3G, R = 1.4 bohr). */
class GaussianIntegralsTest {
    private static final double TABLE = 1e-4;
    private final ContractedGaussian a = ContractedGaussian.hydrogen1s(Vec3.ORIGIN);
    private final ContractedGaussian b = ContractedGaussian.hydrogen1s(new Vec3(0, 0, 1.4));

    @Test
    void basisFunctionIsNormalised() {
        assertThat(GaussianIntegrals.overlap(a, a)).isCloseTo(1.0, within(1e-8));
    }

    @Test
    void oneElectronIntegralsMatchTextbookTable() {
        assertThat(GaussianIntegrals.overlap(a, b)).isCloseTo(0.6593, within(TABLE));
        assertThat(GaussianIntegrals.kinetic(a, a)).isCloseTo(0.7600, within(TABLE));
        assertThat(GaussianIntegrals.kinetic(a, b)).isCloseTo(0.2365, within(TABLE));
        assertThat(GaussianIntegrals.nuclearAttraction(a, a, a.center(), 1)).isCloseTo(-1.2266, within(TABLE));
        assertThat(GaussianIntegrals.nuclearAttraction(a, b, a.center(), 1)).isCloseTo(-0.5974, within(TABLE));
        assertThat(GaussianIntegrals.nuclearAttraction(b, b, a.center(), 1)).isCloseTo(-0.6538, within(TABLE));
    }

    @Test
    void twoElectronIntegralsMatchTextbookTable() {
        assertThat(GaussianIntegrals.electronRepulsion(a, a, a, a)).isCloseTo(0.7746, within(TABLE));
        assertThat(GaussianIntegrals.electronRepulsion(a, a, b, b)).isCloseTo(0.5697, within(TABLE));
        assertThat(GaussianIntegrals.electronRepulsion(b, a, a, a)).isCloseTo(0.4441, within(TABLE));
        assertThat(GaussianIntegrals.electronRepulsion(b, a, b, a)).isCloseTo(0.2970, within(TABLE));
    }

    @Test
    void twoElectronIntegralsHaveEightfoldSymmetry() {
        double abab = GaussianIntegrals.electronRepulsion(a, b, a, b);
        assertThat(GaussianIntegrals.electronRepulsion(b, a, a, b)).isCloseTo(abab, within(1e-14));
        assertThat(GaussianIntegrals.electronRepulsion(a, b, b, a)).isCloseTo(abab, within(1e-14));
        assertThat(GaussianIntegrals.electronRepulsion(a, a, b, b))
                .isCloseTo(GaussianIntegrals.electronRepulsion(b, b, a, a), within(1e-14));
    }

    @Test
    void boysFunctionMatchesKnownValuesAndIsContinuousAtTheSeriesSwitch() {
        // F0(1) = sqrt(pi)/2 erf(1); F0(0) = 1.
        assertThat(GaussianIntegrals.boysF0(0)).isEqualTo(1.0);
        assertThat(GaussianIntegrals.boysF0(1)).isCloseTo(0.7468241328124270, within(1e-14));
        assertThat(GaussianIntegrals.boysF0(0.999999e-6)).isCloseTo(GaussianIntegrals.boysF0(1.000001e-6), within(1e-12));
        // Large t: F0(t) -> sqrt(pi/t)/2.
        assertThat(GaussianIntegrals.boysF0(400)).isCloseTo(0.5 * Math.sqrt(Math.PI / 400), within(1e-15));
    }
}
