package io.jisr.app.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jisr.exchange.DataCategory;
import io.jisr.exchange.GeoPoint;
import io.jisr.exchange.Nation;
import io.jisr.exchange.NodeId;
import io.jisr.exchange.Partner;
import io.jisr.exchange.record.ShareableRecord;
import io.jisr.sar.cases.CaseCustody;
import io.jisr.sar.cases.CaseLogEntry;
import io.jisr.sar.cases.LastKnownPosition;
import io.jisr.sar.cases.RescueCentre;
import io.jisr.sar.cases.SarCase;
import io.jisr.sar.drift.Position;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A SAR case as a sar-cases record and back: custody made absolute and relative again, actors qualified. */
class SarCaseRecordsTest {
    static final Partner DZA = new Partner(Nation.of("DZA"), NodeId.of("dza-1"));
    static final Partner USA = new Partner(Nation.of("USA"), NodeId.of("usa-1"));
    static final RescueCentre ALGIERS = new RescueCentre("DZA", "dza-1");
    static final RescueCentre NORFOLK = new RescueCentre("USA", "usa-1");
    static final Instant T0 = Instant.parse("2026-03-10T06:00:00Z");

    static SarCase opened() {
        return SarCase.open(
                "SAR-2026-001",
                "CROSS Alger, VHF 16",
                44,
                new LastKnownPosition.PointLkp(new Position(36.85, 3.1), T0, 300),
                6,
                "sara",
                T0.plusSeconds(600));
    }

    @Test
    void aSharedCase_travelsWhole_atItsDatum_andArrivesAsARreadOnlyCopyUnderTheOriginsNation() {
        SarCase shared = opened().sharedWith(NORFOLK, "sara", T0.plusSeconds(700));
        ShareableRecord record = SarCaseRecords.record(shared, DZA);
        assertThat(record.key()).isEqualTo("sar/DZA/dza-1/SAR-2026-001/v2");
        assertThat(record.category()).isEqualTo(DataCategory.SAR_CASES);
        assertThat(record.position()).contains(GeoPoint.of(36.85, 3.1));
        assertThat(record.observedAt()).isEqualTo(T0.plusSeconds(700));
        assertThat(record.content()).containsEntry("version", "2").containsKey("case");

        SarCase copy = SarCaseRecords.sarCase(record.receivedFrom(DZA), USA);
        assertThat(copy.reference()).isEqualTo("DZA-SAR-2026-001");
        assertThat(copy.custody())
                .isEqualTo(
                        new CaseCustody(Optional.of(ALGIERS), "SAR-2026-001", Optional.of(ALGIERS), List.of(NORFOLK)));
        assertThat(copy.custody().heldHere()).isFalse();
        assertThat(copy.log()).extracting(CaseLogEntry::by).containsOnly("sara@DZA/dza-1");
        assertThat(copy.version()).isEqualTo(2);
        assertThat(copy.lastKnown()).isEqualTo(shared.lastKnown());
    }

    @Test
    void aHandOver_givesThePartnerTheCase_andThePartnersUpdateComesBackToTheOrigin_withEachSidesActors() {
        SarCase handed = opened().sharedWith(NORFOLK, "sara", T0.plusSeconds(700))
                .handedOver(NORFOLK, ALGIERS, "sara", T0.plusSeconds(800));
        SarCase theirs = SarCaseRecords.sarCase(SarCaseRecords.record(handed, DZA), USA);
        assertThat(theirs.custody().heldHere()).isTrue();
        assertThat(theirs.custody().origin()).contains(ALGIERS);
        assertThat(theirs.custody().followers()).containsExactly(ALGIERS);

        SarCase updated = theirs.withPersonsOnBoard(5, "pat", T0.plusSeconds(900));
        SarCase back = SarCaseRecords.sarCase(SarCaseRecords.record(updated, USA), DZA);
        assertThat(back.reference()).isEqualTo("SAR-2026-001");
        assertThat(back.custody())
                .isEqualTo(new CaseCustody(Optional.empty(), "SAR-2026-001", Optional.of(NORFOLK), List.of(ALGIERS)));
        assertThat(back.personsOnBoard()).isEqualTo(5);
        assertThat(back.log()).extracting(CaseLogEntry::by).containsExactly("sara", "sara", "sara", "pat@USA/usa-1");
        assertThat(back.version()).isEqualTo(4);
    }

    @Test
    void theDatum_isTheLaterEndOfALine_andTheMeanOfAnArea() {
        SarCase line = SarCase.open(
                "SAR-2026-002",
                "AIS",
                44,
                new LastKnownPosition.LineLkp(
                        new Position(36.8, 3.0), T0, new Position(36.9, 3.2), T0.plusSeconds(3600), 500),
                4,
                "sara",
                T0.plusSeconds(3700));
        assertThat(SarCaseRecords.record(line, DZA).position()).contains(GeoPoint.of(36.9, 3.2));
        SarCase area = SarCase.open(
                "SAR-2026-003",
                "relative",
                44,
                new LastKnownPosition.AreaLkp(
                        List.of(new Position(37, 4), new Position(37, 5), new Position(38, 4.5)), T0),
                1,
                "sara",
                T0.plusSeconds(60));
        GeoPoint mean = SarCaseRecords.record(area, DZA).position().orElseThrow();
        assertThat(mean.latitude()).isCloseTo(37.3333, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(mean.longitude()).isCloseTo(4.5, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void malformedRecords_areRefusedWithTheReason() {
        ShareableRecord good = SarCaseRecords.record(opened().sharedWith(NORFOLK, "sara", T0.plusSeconds(700)), DZA);
        String document = good.content().get("case");

        assertThatThrownBy(() -> SarCaseRecords.sarCase(with(good, Map.of("version", "2")), USA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SAR case record sar/DZA/dza-1/SAR-2026-001/v2 has no content field \"case\"");
        assertThatThrownBy(() -> SarCaseRecords.sarCase(with(good, Map.of("case", document)), USA))
                .hasMessage("SAR case record sar/DZA/dza-1/SAR-2026-001/v2 has no content field \"version\"");
        assertThatThrownBy(() -> SarCaseRecords.sarCase(with(good, Map.of("case", document, "version", "two")), USA))
                .hasMessage("SAR case record sar/DZA/dza-1/SAR-2026-001/v2 has a version that is not a number: two");
        assertThatThrownBy(() -> SarCaseRecords.sarCase(with(good, Map.of("case", document, "version", "9")), USA))
                .hasMessage("SAR case record sar/DZA/dza-1/SAR-2026-001/v2 says version 9 but its log has 2 entries");
        assertThatThrownBy(() -> SarCaseRecords.sarCase(with(good, Map.of("case", "{not json", "version", "2")), USA))
                .hasMessageStartingWith("SAR case record sar/DZA/dza-1/SAR-2026-001/v2 cannot be read: not JSON");
        assertThatThrownBy(() -> SarCaseRecords.sarCase(
                        with(
                                good,
                                Map.of(
                                        "case",
                                        document.replace("\"personsOnBoard\":6", "\"personsOnBoard\":-1"),
                                        "version",
                                        "2")),
                        USA))
                .hasMessageContaining("cannot be read: persons on board must be within 0..10000, was -1");
        assertThatThrownBy(() -> SarCaseRecords.sarCase(
                        with(good, Map.of("case", document.replace("\"OPENED\"", "\"EXPLODED\""), "version", "2")),
                        USA))
                .hasMessageContaining("cannot be read");
        assertThatThrownBy(() -> SarCaseRecords.sarCase(
                        with(good, Map.of("case", document.replace("\"holder\":\"DZA/dza-1\",", ""), "version", "2")),
                        USA))
                .hasMessage("SAR case record sar/DZA/dza-1/SAR-2026-001/v2 does not name the case's origin and holder");
        assertThatThrownBy(() -> SarCaseRecords.sarCase(
                        with(
                                good,
                                Map.of(
                                        "case",
                                        document.replace("\"holder\":\"DZA/dza-1\"", "\"holder\":\"DZA\""),
                                        "version",
                                        "2")),
                        USA))
                .hasMessageContaining("a rescue centre is written NATION/node");
        ShareableRecord other = new ShareableRecord(
                good.key(),
                DataCategory.PROGRAMME_RECORDS,
                good.origin(),
                good.observedAt(),
                Optional.empty(),
                good.subject(),
                good.content(),
                Optional.empty(),
                Optional.empty());
        assertThatThrownBy(() -> SarCaseRecords.sarCase(other, USA))
                .hasMessage("record sar/DZA/dza-1/SAR-2026-001/v2 is programme-records, not sar-cases");
    }

    private static ShareableRecord with(ShareableRecord r, Map<String, String> content) {
        SortedMap<String, String> c = new TreeMap<>(content);
        return new ShareableRecord(
                r.key(),
                r.category(),
                r.origin(),
                r.observedAt(),
                r.position(),
                r.subject(),
                c,
                r.handling(),
                r.receivedFrom());
    }
}
