package io.jisr.ais.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImoNumberTest {

    @ParameterizedTest
    // EVER DIADEM (ais-edge-cases.md section 3), and numbers from the corpus's type 5 messages.
    @ValueSource(ints = {9134270, 9372004, 9581095, 9461192, 1234567})
    void isValid_correctCheckDigit_isTrue(int value) {
        assertThat(ImoNumber.isValid(value)).isTrue();
        assertThat(ImoNumber.of(value).isValid()).isTrue();
    }

    @ParameterizedTest
    // Every other last digit of 9134270, and numbers without seven digits.
    @ValueSource(ints = {9134271, 9134272, 9134279, 913427, 99999999, 0, -9134270})
    void isValid_wrongCheckDigitOrLength_isFalse(int value) {
        assertThat(ImoNumber.isValid(value)).isFalse();
    }

    @Test
    void of_zero_isRejectedBecauseZeroMeansNotAvailable() {
        assertThatThrownBy(() -> ImoNumber.of(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("IMO number must be within 1..1073741823, was 0");
    }

    @Test
    void toString_isTheWrittenForm() {
        assertThat(ImoNumber.of(9134270)).hasToString("IMO 9134270");
    }
}
