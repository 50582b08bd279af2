package io.jisr.sar.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class CoverageFactorTest {

    @Test
    void probabilityOfDetection_handComputedValues() {
        // 1 − e^(−C): e^(−0.5) = 0.6065306597, e^(−1) = 0.3678794412, e^(−2) = 0.1353352832.
        assertThat(new CoverageFactor(0.5).probabilityOfDetection()).isCloseTo(0.3934693403, within(1e-10));
        assertThat(new CoverageFactor(1).probabilityOfDetection()).isCloseTo(0.6321205588, within(1e-10));
        assertThat(new CoverageFactor(2).probabilityOfDetection()).isCloseTo(0.8646647168, within(1e-10));
    }

    @Test
    void trackSpacingAndCoverage_areEachOthersInverse() {
        // W = 2 NM, C = 0.5: S = 4 NM; 2 NM over 4 NM: C = 0.5.
        assertThat(new CoverageFactor(0.5).trackSpacing(2)).isEqualTo(4);
        assertThat(CoverageFactor.ofSpacing(2, 4).value()).isEqualTo(0.5);
        // Effort Z = V·T·W = 10 kn × 4 h × 2 NM = 80 NM² over 100 NM²: C = 0.8.
        assertThat(CoverageFactor.ofEffort(10 * 4 * 2, 100).value()).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void probabilityOfSuccess_isContainmentTimesDetection() {
        // POC 0.6, C = 1: 0.6 × 0.6321205588 = 0.3792723353.
        assertThat(new CoverageFactor(1).probabilityOfSuccess(0.6)).isCloseTo(0.3792723353, within(1e-10));
        assertThatThrownBy(() -> new CoverageFactor(1).probabilityOfSuccess(1.2))
                .hasMessage("POC must be between 0 and 1, was 1.2");
    }

    @Test
    void coverage_outOfRange_isRefused() {
        assertThatThrownBy(() -> new CoverageFactor(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("coverage factor must be more than 0 and at most 100, was 0.0");
        assertThatThrownBy(() -> CoverageFactor.ofSpacing(2, 0))
                .hasMessage("sweep width and track spacing must be more than 0, were 2.0 and 0.0");
    }

    @Property
    void probabilityOfDetection_risesWithCoverage_andStaysBelowOne(
            @ForAll @DoubleRange(min = 0.01, max = 20) double c,
            @ForAll @DoubleRange(min = 0.01, max = 5) double more) {
        double pod = new CoverageFactor(c).probabilityOfDetection();
        assertThat(pod).isStrictlyBetween(0.0, 1.0);
        assertThat(new CoverageFactor(c + more).probabilityOfDetection()).isGreaterThan(pod);
        // Two independent searches of coverage a and b detect as one of a + b: 1 − (1 − P(a))(1 − P(b)) = P(a + b).
        double combined = 1 - (1 - pod) * (1 - new CoverageFactor(more).probabilityOfDetection());
        assertThat(combined).isCloseTo(new CoverageFactor(c + more).probabilityOfDetection(), within(1e-12));
    }
}
