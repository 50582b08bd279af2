package io.jisr.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentReportTest {

    private static IncidentReport withActorsAndSources(List<String> actors, List<String> sources) {
        IncidentReport r = Reports.ied();
        return new IncidentReport(
                r.date(),
                r.location(),
                r.subType(),
                actors,
                r.casualties(),
                r.narrative(),
                sources,
                r.grading(),
                r.sourceNation(),
                r.releasability(),
                r.handlingNote());
    }

    @Test
    void create_namesAreTrimmedCollapsedAndDeduplicated() {
        IncidentReport r =
                withActorsAndSources(List.of("  JNIM ", "JNIM", "Military \t Forces  of Mali", " "), List.of("Radio"));

        assertThat(r.actors()).containsExactly("JNIM", "Military Forces of Mali");
        assertThat(r.type()).isEqualTo(EventType.EXPLOSION_REMOTE_VIOLENCE);
    }

    @Test
    void create_badActorsOrSources_sayWhatWasWrong() {
        assertThatThrownBy(() -> withActorsAndSources(List.of("JNIM; ISSP"), List.of("Radio")))
                .hasMessage("actor must not contain ';' (it separates names), was \"JNIM; ISSP\"");
        assertThatThrownBy(() -> withActorsAndSources(List.of(), List.of(" ")))
                .hasMessage("report needs at least one source");
        List<String> eleven = java.util.stream.IntStream.range(0, 11)
                .mapToObj(i -> "actor " + i)
                .toList();
        assertThatThrownBy(() -> withActorsAndSources(eleven, List.of("Radio")))
                .hasMessage("a report has at most 10 actors, was 11");
        assertThatThrownBy(() -> withActorsAndSources(List.of("x".repeat(301)), List.of("Radio")))
                .hasMessage("actor must be at most 300 characters, was 301");
        assertThatThrownBy(() -> withActorsAndSources(Collections.singletonList(null), List.of()))
                .hasMessage("report needs at least one source");
    }

    @Test
    void changedFields_namesWhatACorrectionChanged() {
        IncidentReport original = Reports.ied();
        IncidentReport corrected = withActorsAndSources(List.of("JNIM"), List.of("Radio"));

        assertThat(original.changedFields(corrected)).containsExactly("actors", "sources");
        assertThat(original.changedFields(Reports.ied())).isEmpty();
    }

    @Test
    void location_badCoordinates_areRefusedWithTheValue() {
        assertThatThrownBy(() ->
                        new IncidentLocation("Kidal", "", "", Reports.MLI, Double.NaN, 1.4, GeoPrecision.EXACT_PLACE))
                .hasMessage("latitude must be between -90 and 90, was NaN");
        assertThatThrownBy(
                        () -> new IncidentLocation("Kidal", "", "", Reports.MLI, 18.4, 181, GeoPrecision.EXACT_PLACE))
                .hasMessage("longitude must be between -180 and 180, was 181.0");
        assertThatThrownBy(() -> new IncidentLocation(" ", "", "", Reports.MLI, 18.4, 1.4, GeoPrecision.EXACT_PLACE))
                .hasMessage("place must not be blank");
        assertThat(new IncidentLocation("Kidal", "", "", Reports.MLI, -0.0, -0.0, GeoPrecision.EXACT_PLACE))
                .isEqualTo(new IncidentLocation("Kidal", "", "", Reports.MLI, 0.0, 0.0, GeoPrecision.EXACT_PLACE));
    }

    @Test
    void date_afterTheLastFourDigitYear_isRefused() {
        assertThatThrownBy(() -> EventDate.onDay(LocalDate.of(10_000, 1, 1)))
                .hasMessage("event date must not be after 9999-12-31, was +10000-01-01");
    }

    @Test
    void count_unknownIsNotZero() {
        assertThat(Count.UNKNOWN).isNotEqualTo(Count.of(0));
        assertThat(Count.UNKNOWN.known()).isEmpty();
        assertThat(Count.UNKNOWN.orElse(0)).isZero();
        assertThatThrownBy(() -> Count.of(-1)).hasMessage("a count of people must not be negative, was -1");
    }

    @Test
    void text_quote_escapesControlCharactersAndTruncates() {
        assertThat(Text.quote("a\nb")).isEqualTo("\"a\\u000ab\"");
        assertThat(Text.quote("x".repeat(70))).isEqualTo("\"" + "x".repeat(60) + "…\"");
    }
}
