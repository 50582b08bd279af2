package io.jisr.sar.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.jisr.sar.SarInputException;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PointSeriesFieldTest {
    static final String SERIES = """
            # wind observed by the lifeboat
            time,east,north
            2026-03-01T00:00:00Z,4.0,-2.0
            2026-03-01T06:00:00Z,8.0,0.0
            2026-03-01T12:00+01:00,0.5,1.5
            """;

    @Test
    void at_interpolatesLinearlyInTimeAndIsTheSameEverywhere() {
        PointSeriesField wind = PointSeriesField.parse(SERIES, "wind.csv");
        assertThat(wind.coverage().start()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(wind.coverage().end()).isEqualTo(Instant.parse("2026-03-01T11:00:00Z"));
        Vector v = wind.at(36.9, 3.1, Instant.parse("2026-03-01T01:30:00Z"));
        assertThat(v.east()).isCloseTo(5.0, within(1e-12));
        assertThat(v.north()).isCloseTo(-1.5, within(1e-12));
        assertThat(wind.at(-50, 170, Instant.parse("2026-03-01T06:00:00Z"))).isEqualTo(new Vector(8, 0));
        assertThat(wind.at(0, 0, Instant.parse("2026-03-01T11:00:00Z"))).isEqualTo(new Vector(0.5, 1.5));
    }

    @Test
    void at_outsideTheSeries_isAClearError() {
        PointSeriesField wind = PointSeriesField.parse(SERIES, "wind.csv");
        assertThatThrownBy(() -> wind.at(0, 0, Instant.parse("2026-03-01T11:00:01Z")))
                .isInstanceOf(SarInputException.class)
                .hasMessage("wind.csv covers 2026-03-01T00:00:00Z to 2026-03-01T11:00:00Z; the case runs from"
                        + " 2026-03-01T11:00:01Z to 2026-03-01T11:00:01Z, outside it");
    }

    @Test
    void parse_badLines_nameTheLineNumber() {
        assertThatThrownBy(() -> PointSeriesField.parse("time,u,v\n", "w.csv"))
                .hasMessage(
                        "w.csv line 1: header must be time,east,north (m/s toward east and north), was \"time,u,v\"");
        assertThatThrownBy(() -> PointSeriesField.parse("time,east,north\n", "w.csv"))
                .hasMessage("w.csv: no rows after the header");
        assertThatThrownBy(() -> PointSeriesField.parse("time,east,north\n\n2026-03-01T00:00Z,1\n", "w.csv"))
                .hasMessage("w.csv line 3: expected 3 fields (time,east,north), found 2 in \"2026-03-01T00:00Z,1\"");
        assertThatThrownBy(() -> PointSeriesField.parse("time,east,north\n2026-03-01 00:00,1,2\n", "w.csv"))
                .hasMessage("w.csv line 2: time must be ISO-8601 with an offset, such as 2026-03-01T06:00:00Z, was"
                        + " \"2026-03-01 00:00\"");
        assertThatThrownBy(() -> PointSeriesField.parse("time,east,north\n2026-03-01T00:00Z,1,abc\n", "w.csv"))
                .hasMessage("w.csv line 2: north must be a speed in m/s between -100 and 100, was \"abc\"");
        assertThatThrownBy(() -> PointSeriesField.parse("time,east,north\n2026-03-01T00:00Z,101,0\n", "w.csv"))
                .hasMessage("w.csv line 2: east must be a speed in m/s between -100 and 100, was \"101\"");
        assertThatThrownBy(() -> PointSeriesField.parse(
                        "time,east,north\n2026-03-01T01:00Z,1,0\n2026-03-01T01:00Z,1,0\n", "w.csv"))
                .hasMessage(
                        "w.csv line 3: time 2026-03-01T01:00Z is not after the previous row's 2026-03-01T01:00:00Z");
    }

    @Property(tries = 400)
    void parse_hostileText_readsOrRejectsWithTheSource(@ForAll("hostile") String text) {
        try {
            PointSeriesField field = PointSeriesField.parse(text, "h.csv");
            assertThat(field.coverage().start())
                    .isBeforeOrEqualTo(field.coverage().end());
        } catch (SarInputException e) {
            assertThat(e.getMessage()).startsWith("h.csv");
        }
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> cell = Arbitraries.oneOf(
                Arbitraries.strings()
                        .withChars("0123456789-+.eE:TZ, NaInfity\"#")
                        .ofMaxLength(25),
                Arbitraries.of("2026-03-01T00:00:00Z", "2026-03-01T06:00Z", "1e308", "-0", "NaN", "Infinity", ""));
        Arbitrary<String> line = cell.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(",", l));
        return line.list().ofMaxSize(8).map(lines -> "time,east,north\n" + String.join("\n", lines));
    }
}
