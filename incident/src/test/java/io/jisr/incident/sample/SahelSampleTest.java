package io.jisr.incident.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.incident.EventType;
import io.jisr.incident.Grading;
import io.jisr.incident.Incident;
import io.jisr.incident.Releasability;
import io.jisr.incident.Reports;
import io.jisr.incident.csv.ImportDefaults;
import io.jisr.incident.csv.ImportResult;
import io.jisr.incident.csv.IncidentCsv;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The committed sample file {@code sahel-sample.csv} is the generator's output for {@link #SEED} and
 * {@link #ROWS}; rewrite it with {@code -Djisr.sample.update=true} after changing the generator.
 */
class SahelSampleTest {
    static final long SEED = 2026;
    static final int ROWS = 1_200;
    private static final String RESOURCE = "/io/jisr/incident/sample/sahel-sample.csv";
    private static final ImportDefaults DEFAULTS =
            new ImportDefaults(Reports.DZA, Releasability.NOT_RELEASABLE, Grading.UNJUDGED, LocalDate.of(2026, 11, 26));

    @Test
    void committedFile_isTheGeneratorsOutput() throws IOException {
        SahelSample.SampleFile sample = SahelSample.csvWithErrors(SEED, ROWS);
        if (Boolean.getBoolean("jisr.sample.update")) {
            Files.writeString(Path.of("src/test/resources" + RESOURCE), sample.text(), StandardCharsets.UTF_8);
        }

        try (InputStream in = getClass().getResourceAsStream(RESOURCE)) {
            assertThat(in).as("the sample file " + RESOURCE).isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(sample.text());
        }
    }

    @Test
    void importSampleFile_goodRowsImported_eachBadRowReportedWithItsLine() throws IOException {
        SahelSample.SampleFile sample = SahelSample.csvWithErrors(SEED, ROWS);
        ImportResult result;
        try (InputStream in = getClass().getResourceAsStream(RESOURCE)) {
            result = IncidentCsv.read(new InputStreamReader(in, StandardCharsets.UTF_8), DEFAULTS);
        }

        assertThat(result.imported()).hasSize(ROWS);
        assertThat(result.incidents()).isEqualTo(sample.good());
        assertThat(result.errors()).hasSize(sample.bad().size()).hasSizeGreaterThanOrEqualTo(10);
        for (int i = 0; i < sample.bad().size(); i++) {
            SahelSample.BadRow expected = sample.bad().get(i);
            ImportResult.RowError actual = result.errors().get(i);
            assertThat(actual.line()).as(actual.toString()).isEqualTo(expected.line());
            assertThat(actual.reason()).contains(expected.expectedReason());
        }
    }

    @Test
    void incidents_sameSeed_sameReports_otherSeed_otherReports() {
        assertThat(SahelSample.incidents(5, 50)).isEqualTo(SahelSample.incidents(5, 50));
        assertThat(SahelSample.incidents(6, 50)).isNotEqualTo(SahelSample.incidents(5, 50));
    }

    @Test
    void incidents_mixLooksLikeTheDesksWork() {
        var incidents = SahelSample.incidents(SEED, 5_000);
        Map<EventType, Long> byType =
                incidents.stream().collect(Collectors.groupingBy(i -> i.report().type(), Collectors.counting()));
        long withUnknownToll = incidents.stream()
                .filter(i -> i.report().casualties().killed().known().isEmpty())
                .count();
        Map<String, Long> byCountry = incidents.stream()
                .collect(Collectors.groupingBy(
                        i -> i.report().location().country().alpha3(), Collectors.counting()));

        assertThat(byType).containsKeys(EventType.values());
        assertThat(byType.get(EventType.ARMED_CLASH)).isGreaterThan(byType.get(EventType.DEMONSTRATION));
        assertThat(withUnknownToll).isBetween(500L, 1_000L);
        assertThat(byCountry).containsKeys("DZA", "MLI", "NER", "BFA");
        assertThat(incidents.stream().map(Incident::id).distinct().count()).isEqualTo(5_000);
        assertThat(incidents.stream().collect(Collectors.toMap(Incident::id, Function.identity())))
                .hasSize(5_000);
    }
}
