package io.jisr.ais.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MmsiKindTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "371798000 | SHIP              | 371",
                "201000000 | SHIP              | 201",
                "775999999 | SHIP              | 775",
                "23212345  | GROUP             | 232",
                "2320001   | COAST_STATION     | 232",
                "3669702   | COAST_STATION     | 366",
                "111232501 | SAR_AIRCRAFT      | 232",
                "992351234 | AID_TO_NAVIGATION | 235",
                "982320123 | AUXILIARY_CRAFT   | 232",
                "970123456 | SART              | -1",
                "972123456 | MAN_OVERBOARD     | -1",
                "974123456 | EPIRB_AIS         | -1",
                "823212345 | HANDHELD_VHF      | 232"
            })
    void of_leadingDigits_giveKindAndMid(int value, MmsiKind kind, int mid) {
        Mmsi mmsi = Mmsi.of(value);

        assertThat(mmsi.kind()).isEqualTo(kind);
        assertThat(mmsi.mid()).isEqualTo(mid);
        assertThat(mmsi.isValid()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        // Too few digits to be even a coast station.
        "0",
        "12345",
        "999999",
        // Leading 1 without 111, leading 0 of a group with a MID below 200, leading 9 of no kind.
        "199999999",
        "1000000",
        "900000000",
        "971123456",
        // SAR aircraft and aids to navigation whose MID is outside 200..799.
        "111100123",
        "991001234",
        // A 30-bit value past nine digits.
        "1073741823"
    })
    void of_numberOfNoKind_isInvalidWithoutMid(int value) {
        Mmsi mmsi = Mmsi.of(value);

        assertThat(mmsi.kind()).isEqualTo(MmsiKind.INVALID);
        assertThat(mmsi.isValid()).isFalse();
        assertThat(mmsi.mid()).isEqualTo(-1);
    }
}
