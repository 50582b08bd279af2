package io.jisr.ais.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaritimeIdentificationDigitsTest {
    private final MaritimeIdentificationDigits table = MaritimeIdentificationDigits.itu();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "371798000 | PAN | Panama",
                "351759000 | PAN | Panama",
                "605123456 | DZA | Algeria",
                "338123456 | USA | United States",
                "366999707 | USA | United States",
                "367611060 | USA | United States",
                "368000001 | USA | United States",
                "369000001 | USA | United States",
                "232026631 | GBR | United Kingdom",
                "233000001 | GBR | United Kingdom",
                "234000001 | GBR | United Kingdom",
                "235000001 | GBR | United Kingdom",
                "244030549 | NLD | Netherlands",
                "245000001 | NLD | Netherlands",
                "246000001 | NLD | Netherlands",
                "257066000 | NOR | Norway",
                "258000001 | NOR | Norway",
                "259000001 | NOR | Norway",
                "503123600 | AUS | Australia",
                "231000001 | FRO | Faroe Islands (Denmark)",
                "477056600 | HKG | Hong Kong (China)",
                "775000001 | VEN | Venezuela",
                "201000001 | ALB | Albania"
            })
    void flagOf_shipStation_isTheMidsCountry(int mmsi, String alpha3, String name) {
        assertThat(table.flagOf(Mmsi.of(mmsi))).contains(new Flag(alpha3, name));
    }

    @Test
    void flagOf_coastStation_readsTheMidAfterTwoZeros() {
        assertThat(table.flagOf(Mmsi.of(2_320_001))).contains(new Flag("GBR", "United Kingdom"));
    }

    @Test
    void flagOf_sarAircraft_readsTheMidAfter111() {
        assertThat(table.flagOf(Mmsi.of(111_232_501))).contains(new Flag("GBR", "United Kingdom"));
    }

    @Test
    void flagOf_aidToNavigationAndAuxiliaryCraft_readTheMidAfterTheirPrefix() {
        assertThat(table.flagOf(Mmsi.of(992_351_234))).contains(new Flag("GBR", "United Kingdom"));
        assertThat(table.flagOf(Mmsi.of(982_440_123))).contains(new Flag("NLD", "Netherlands"));
    }

    @Test
    void flagOf_invalidNumber_isEmpty() {
        assertThat(table.flagOf(Mmsi.of(12_345))).isEmpty();
        assertThat(table.flagOf(Mmsi.of(199_999_999))).isEmpty();
    }

    @Test
    void flagOf_sartCarriesNoMid_isEmpty() {
        assertThat(table.flagOf(Mmsi.of(970_123_456))).isEmpty();
    }

    @Test
    void flagOf_unallocatedMid_isEmpty() {
        assertThat(table.flagOf(217)).isEmpty();
        assertThat(table.flagOf(Mmsi.of(299_000_001))).isEmpty();
        assertThat(table.flagOf(776)).isEmpty();
        assertThat(table.flagOf(-1)).isEmpty();
        assertThat(table.flagOf(1_000)).isEmpty();
    }

    @Test
    void itu_everyAllocatedMid_isLoaded() {
        assertThat(table.size()).isEqualTo(292);
    }

    @Test
    void resource_midsAreUniqueAndInRange() throws IOException {
        List<String[]> rows = rows();
        Set<Integer> seen = new HashSet<>();
        for (String[] row : rows) {
            int mid = Integer.parseInt(row[0]);
            assertThat(seen.add(mid)).as("MID %d listed once", mid).isTrue();
            assertThat(mid).isBetween(201, 775);
        }
        assertThat(seen).hasSize(292);
    }

    @Test
    void resource_everyCodeIsAnIso3166Alpha3Code() throws IOException {
        Set<String> iso = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
        for (String[] row : rows()) {
            assertThat(row[1]).as("code of MID %s", row[0]).matches("[A-Z]{3}").isIn(iso);
            assertThat(row[2]).as("name of MID %s", row[0]).isNotBlank();
        }
    }

    @Test
    void read_midListedTwice_isRejected() {
        String text = "# test\n232\tGBR\tUnited Kingdom\n232\tGBR\tUnited Kingdom\n";

        assertThatThrownBy(() -> MaritimeIdentificationDigits.read(stream(text)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("MID table line 3 lists MID 232 again");
    }

    @Test
    void read_lowerCaseCode_isRejected() {
        assertThatThrownBy(() -> MaritimeIdentificationDigits.read(stream("232\tgbr\tUnited Kingdom\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ISO 3166-1 alpha-3 code must be three letters A-Z, was \"gbr\"");
    }

    @Test
    void read_missingField_isRejected() {
        assertThatThrownBy(() -> MaritimeIdentificationDigits.read(stream("232\tGBR\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("MID table line 1 must have 3 tab-separated fields, has 2");
    }

    @Test
    void read_midOutOfRange_isRejected() {
        assertThatThrownBy(() -> MaritimeIdentificationDigits.read(stream("800\tGBR\tUnited Kingdom\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("MID table line 1 has MID 800, outside 200..799");
    }

    /** The data rows of the shipped resource, read independently of the class under test. */
    private static List<String[]> rows() throws IOException {
        try (InputStream in = MaritimeIdentificationDigits.class.getResourceAsStream("mid.tsv")) {
            assertThat(in).isNotNull();
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] fields = line.split("\t", -1);
                    assertThat(fields).as("line %s", line).hasSize(3);
                    rows.add(fields);
                }
            }
            return rows;
        }
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
