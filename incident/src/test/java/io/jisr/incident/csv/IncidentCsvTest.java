package io.jisr.incident.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.incident.Count;
import io.jisr.incident.EventDate;
import io.jisr.incident.GeoPrecision;
import io.jisr.incident.Grading;
import io.jisr.incident.Incident;
import io.jisr.incident.IncidentReport;
import io.jisr.incident.Releasability;
import io.jisr.incident.Reports;
import io.jisr.incident.SubEventType;
import io.jisr.incident.TimePrecision;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class IncidentCsvTest {
    static final ImportDefaults DEFAULTS = new ImportDefaults(
            Reports.DZA, Releasability.relTo(Reports.DZA), Grading.UNJUDGED, LocalDate.of(2030, 12, 31));

    private static ImportResult read(String text) {
        return IncidentCsv.read(new StringReader(text), DEFAULTS);
    }

    @Test
    void write_thenRead_givesTheSameIncident() {
        Incident incident = new Incident("JSR-DZA-7", 3, Reports.ied());
        StringBuilder out = new StringBuilder();

        IncidentCsv.write(List.of(incident), out);
        ImportResult result = read(out.toString());

        assertThat(result.errors()).isEmpty();
        assertThat(result.incidents()).containsExactly(incident);
        assertThat(out.toString())
                .startsWith("event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,")
                .contains(
                        ",Explosions/Remote violence,Remote explosive/landmine/IED,JNIM,,Military Forces of Mali,,MLI,Mali,")
                .contains(",3,explosion_remote_violence,ied,B,2,,0,DZA,\"REL TO DZA, USA\",,3\r\n");
    }

    @Test
    void read_openDatasetLayout_mapsTheCodebookTypes_andFillsTheDefaults() {
        String acled = """
                event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp
                MLI30001,14 March 2025,2025,1,Political violence,Violence against civilians,Abduction/forced disappearance,JNIM,,2,Civilians (Mali),,7,27,Civilian targeting,466,Western Africa,Mali,Kidal,Tessalit,Aguelhok,Aguelhok,19.461,0.858,2,Local source; Radio,Subnational,"Two men taken, one released.",0,,1741996800
                """;

        ImportResult result = read(acled);

        assertThat(result.errors()).isEmpty();
        assertThat(result.ignoredColumns())
                .contains("disorder_type", "inter1", "iso", "region", "admin3", "tags", "timestamp");
        IncidentReport r = result.incidents().getFirst().report();
        assertThat(r.subType()).isEqualTo(SubEventType.ABDUCTION);
        assertThat(r.date()).isEqualTo(EventDate.onDay(LocalDate.of(2025, 3, 14)));
        assertThat(r.location().country()).isEqualTo(Reports.MLI);
        assertThat(r.location().precision()).isEqualTo(GeoPrecision.NEAR);
        assertThat(r.actors()).containsExactly("JNIM", "Civilians (Mali)");
        assertThat(r.sources()).containsExactly("Local source", "Radio");
        assertThat(r.casualties().killed()).isEqualTo(Count.of(0));
        assertThat(r.casualties().wounded()).isEqualTo(Count.UNKNOWN);
        assertThat(r.grading()).isEqualTo(Grading.UNJUDGED);
        assertThat(r.sourceNation()).isEqualTo(Reports.DZA);
        assertThat(r.releasability()).isEqualTo(Releasability.relTo(Reports.DZA));
    }

    @Test
    void read_countryNameWithoutIso3_andWeekPrecision_areUnderstood() {
        ImportResult result = read(
                "event_id_cnty,event_date,time_precision,sub_event_type,country,location,latitude,longitude,source\n"
                        + "NER1,2024-06-12,2,Armed clash,Niger,Ayorou,14.73,0.92,Army\n");

        assertThat(result.errors()).isEmpty();
        IncidentReport r = result.incidents().getFirst().report();
        assertThat(r.location().country()).isEqualTo(Reports.NER);
        assertThat(r.date().precision()).isEqualTo(TimePrecision.WEEK);
        assertThat(r.location().admin1()).isEmpty();
    }

    @Test
    void read_badRows_areReportedWithLineAndReason_andGoodRowsStillImport() {
        String text = "event_id_cnty,event_date,sub_event_type,iso3,location,latitude,longitude,source,fatalities\r\n"
                + "A1,2024-01-05,Armed clash,MLI,Kidal,18.44,1.41,Army,3\r\n"
                + "A2,2024-01-06,Armed clash,MLI,\"Kidal,\r\nnorth\",95,1.41,Army,3\r\n"
                + "A3,2031-01-01,Armed clash,MLI,Kidal,18.44,1.41,Army,\r\n"
                + "A4,2024-01-05,Armed clash,MLI,Kidal,18.44,1.41,,2\r\n"
                + "A5,2024-01-05,Armed clash,MLI,Kidal,1e3,1.41,Army,2\r\n"
                + "A6,2024-01-05,Armed clash,MLI,Kidal,18.44,1.41,Army,two\r\n"
                + "A1,2024-01-07,Armed clash,MLI,Kidal,18.44,1.41,Army,1\r\n"
                + "A8 x,2024-01-05,Armed clash,MLI,Kidal,18.44,1.41,Army,2\r\n"
                + "A9,2024-01-09,Armed clash,MLI,Kidal,18.44,1.41,Army,\r\n";

        ImportResult result = read(text);

        assertThat(result.imported())
                .extracting(ImportResult.ImportedRow::line, r -> r.incident().id())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "A1"), org.assertj.core.groups.Tuple.tuple(11, "A9"));
        assertThat(result.errors())
                .extracting(ImportResult.RowError::toString)
                .containsExactly(
                        "line 3: latitude must be between -90 and 90, was 95.0",
                        "line 5: event_date \"2031-01-01\" is after 2030-12-31",
                        "line 6: event A4: report needs at least one source",
                        "line 7: latitude \"1e3\" is not a decimal number of degrees such as 19.4561 or -0.2",
                        "line 8: fatalities \"two\" is not a count of people (a whole number from 0, or empty for unknown)",
                        "line 9: event_id_cnty \"A1\" repeats the row on line 2",
                        "line 10: event_id_cnty \"A8 x\" must be 1–64 printable characters without spaces, quotes, commas or semicolons");
        assertThat(result.incidents().getLast().report().casualties().killed()).isEqualTo(Count.UNKNOWN);
    }

    @Test
    void read_headerProblems_areOneErrorOnTheHeaderLine() {
        assertThat(read("").errors())
                .extracting(ImportResult.RowError::toString)
                .containsExactly("line 1: the file is empty: no header row");
        assertThat(read("event_id_cnty,event_date\nA,2024-01-01\n").errors())
                .extracting(ImportResult.RowError::toString)
                .containsExactly(
                        "line 1: header row: missing column(s) location, latitude, longitude, source, sub_event_type or jisr_sub_type, iso3 or country");
        assertThat(read("event_id_cnty,EVENT_ID_CNTY\n").errors())
                .extracting(ImportResult.RowError::toString)
                .containsExactly("line 1: header row: column event_id_cnty appears twice");
    }

    @Property(tries = 200)
    void writeThenRead_anyIncidents_giveThemBack(@ForAll("incidents") List<Incident> incidents) {
        StringBuilder out = new StringBuilder();
        IncidentCsv.write(incidents, out);

        ImportResult result = IncidentCsv.read(new StringReader(out.toString()), DEFAULTS);

        assertThat(result.errors()).isEmpty();
        assertThat(result.incidents()).isEqualTo(incidents);
    }

    @Property(tries = 300)
    void read_anyMangledExport_neverThrows_andAccountsForEveryRow(
            @ForAll("incidents") List<Incident> incidents, @ForAll long cut) {
        StringBuilder out = new StringBuilder();
        IncidentCsv.write(incidents, out);
        String text = out.toString();
        // Cut, duplicate and splice the text somewhere: whatever comes out must be results, not exceptions.
        int at = (int) Math.floorMod(cut, (long) text.length() + 1);
        String mangled = text.substring(0, at) + "\",\n" + text.substring(at / 2);

        ImportResult result = IncidentCsv.read(new StringReader(mangled), DEFAULTS);

        // Every record after the header is accounted for, as an incident or an error, unless the header
        // itself was refused (then that is the one error); and every outcome names a line of the text.
        int records = CsvReader.readAll(new StringReader(mangled)).size();
        int outcomes = result.imported().size() + result.errors().size();
        boolean headerRefused = result.imported().isEmpty() && result.errors().size() == 1;
        assertThat(outcomes == records - 1 || headerRefused)
                .as("%d outcomes for %d records", outcomes, records)
                .isTrue();
        List<Integer> lines = new ArrayList<>();
        result.imported().forEach(r -> lines.add(r.line()));
        result.errors().forEach(r -> lines.add(r.line()));
        // The reader ends a line at CRLF, LF or a lone CR (hostile narratives hold lone CRs).
        long lineCount = mangled.replace("\r\n", "\n")
                        .chars()
                        .filter(c -> c == '\n' || c == '\r')
                        .count()
                + 1;
        assertThat(lines).allMatch(l -> l >= 1 && l <= lineCount);
    }

    @Provide
    Arbitrary<List<Incident>> incidents() {
        return Reports.any().list().ofMaxSize(5).map(reports -> {
            List<Incident> out = new ArrayList<>();
            for (int i = 0; i < reports.size(); i++) {
                out.add(new Incident("T-" + i, 1 + i, reports.get(i)));
            }
            return out;
        });
    }
}
