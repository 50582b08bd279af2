package io.jisr.app.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jisr.exchange.DataCategory;
import io.jisr.exchange.GeoPoint;
import io.jisr.exchange.Nation;
import io.jisr.exchange.NodeId;
import io.jisr.exchange.Partner;
import io.jisr.exchange.ReleasabilityMarking;
import io.jisr.exchange.agreement.AgreementId;
import io.jisr.exchange.record.HandlingTerms;
import io.jisr.exchange.record.Origin;
import io.jisr.exchange.record.ReleaseGrant;
import io.jisr.exchange.record.ShareableRecord;
import io.jisr.exchange.record.Subject;
import io.jisr.incident.Casualties;
import io.jisr.incident.Count;
import io.jisr.incident.CountryCode;
import io.jisr.incident.EventDate;
import io.jisr.incident.GeoPrecision;
import io.jisr.incident.Grading;
import io.jisr.incident.IncidentLocation;
import io.jisr.incident.IncidentReport;
import io.jisr.incident.Releasability;
import io.jisr.incident.SubEventType;
import io.jisr.incident.workflow.IncidentRecord;
import io.jisr.incident.workflow.Transition;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** An incident report's published version to an {@code incident-reports} record and back, and what is refused. */
class IncidentRecordsTest {
    static final Partner DZA = new Partner(Nation.of("DZA"), NodeId.of("dza-1"));
    static final Partner USA = new Partner(Nation.of("USA"), NodeId.of("usa-1"));
    static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    static final Instant RECEIVED = Instant.parse("2026-11-20T10:05:00Z");

    static IncidentReport tinzaouaten() {
        return new IncidentReport(
                EventDate.onDay(LocalDate.of(2026, 11, 20)),
                new IncidentLocation(
                        "Tin Zaouatine", "In Guezzam", "", CountryCode.of("DZA"), 19.966, 2.985, GeoPrecision.NEAR),
                SubEventType.BORDER_INCURSION,
                List.of("JNIM", "Algerian Army"),
                new Casualties(Count.of(2), Count.UNKNOWN, Count.of(0)),
                "An armed group crossed from Mali near the border post and withdrew.",
                List.of("Border post report", "Regional command"),
                Grading.parse("B2"),
                CountryCode.of("DZA"),
                Releasability.relTo(CountryCode.of("DZA"), CountryCode.of("USA")),
                "Not for public release.");
    }

    static IncidentRecord published(IncidentReport report) {
        IncidentRecord r = IncidentRecord.create("JSR-1", report, "amina", T0);
        r = done(r.submit("amina", T0));
        r = done(r.confirm("bilal", T0.plusSeconds(60)));
        return done(r.publish("bilal", T0.plusSeconds(120)));
    }

    static IncidentRecord done(Transition t) {
        return ((Transition.Done) t).record();
    }

    /** The record as USA receives it: released under DZA's annex, received from DZA. */
    static ShareableRecord asReceived(ShareableRecord r) {
        return r.releasedUnder(new HandlingTerms(
                        ReleasabilityMarking.of(Nation.of("DZA"), Nation.of("USA")),
                        Duration.ofDays(30),
                        Set.of(),
                        new ReleaseGrant(AgreementId.of("dza-usa-maritime"), 1, "I1")))
                .receivedFrom(DZA);
    }

    @Test
    void publishedVersion_travelsWithPositionSubjectAndContent_andReadsBackTheSameReport() {
        IncidentRecord record = published(tinzaouaten());

        ShareableRecord shared = IncidentRecords.record(record, DZA).orElseThrow();

        assertThat(shared.key()).isEqualTo("inc/JSR-1/v1");
        assertThat(shared.category()).isEqualTo(DataCategory.INCIDENT_REPORTS);
        assertThat(shared.origin()).isEqualTo(new Origin(Nation.of("DZA"), NodeId.of("dza-1"), "incidents"));
        assertThat(shared.observedAt()).isEqualTo(T0.plusSeconds(120));
        assertThat(shared.position()).contains(GeoPoint.of(19.966, 2.985));
        assertThat(shared.subject())
                .isEqualTo(new Subject.Incident("border-incident", io.jisr.exchange.agreement.Grading.parse("B2")));
        assertThat(shared.content()).doesNotContainKeys("latitude", "longitude");
        assertThat(shared.content()).containsKeys(IncidentRecords.FIELDS.toArray(String[]::new));

        IncidentRecords.Received back = IncidentRecords.read(asReceived(shared), DZA, USA, RECEIVED);

        assertThat(back.report()).isEqualTo(tinzaouaten());
        assertThat(back.localId()).isEqualTo("DZA:dza-1:JSR-1");
        assertThat(back.reason()).isEqualTo("created");
        assertThat(back.source().nation()).isEqualTo(CountryCode.of("DZA"));
        assertThat(back.source().node()).isEqualTo("dza-1");
        assertThat(back.source().originId()).isEqualTo("JSR-1");
        assertThat(back.source().originVersion()).isEqualTo(1);
        assertThat(back.source().marking()).isEqualTo("REL TO DZA, USA");
        assertThat(back.source().receivedAt()).isEqualTo(RECEIVED);
    }

    @Test
    void correction_isANewRecordOfTheSameReport_withItsVersionAndReason() {
        IncidentRecord record = published(tinzaouaten());
        IncidentReport before = tinzaouaten();
        IncidentReport corrected = new IncidentReport(
                before.date(),
                before.location(),
                before.subType(),
                before.actors(),
                new Casualties(Count.of(3), Count.of(1), Count.of(0)),
                before.narrative(),
                before.sources(),
                before.grading(),
                before.sourceNation(),
                before.releasability(),
                before.handlingNote());
        record = done(record.revise(corrected, "amina", "a third soldier died", T0.plusSeconds(300)));
        record = done(record.submit("amina", T0.plusSeconds(300)));
        record = done(record.confirm("bilal", T0.plusSeconds(360)));
        record = done(record.publish("bilal", T0.plusSeconds(420)));

        ShareableRecord shared = IncidentRecords.record(record, DZA).orElseThrow();
        IncidentRecords.Received back = IncidentRecords.read(asReceived(shared), DZA, USA, RECEIVED);

        assertThat(shared.key()).isEqualTo("inc/JSR-1/v2");
        assertThat(shared.observedAt()).isEqualTo(T0.plusSeconds(420));
        assertThat(back.localId()).isEqualTo("DZA:dza-1:JSR-1");
        assertThat(back.source().originVersion()).isEqualTo(2);
        assertThat(back.reason()).isEqualTo("a third soldier died");
        assertThat(back.report()).isEqualTo(corrected);
    }

    @Test
    void reportNeverPublished_isNotShared() {
        IncidentRecord draft = IncidentRecord.create("JSR-1", tinzaouaten(), "amina", T0);

        assertThat(IncidentRecords.record(draft, DZA)).isEmpty();
    }

    @Test
    void unknownCountsAndEmptyLists_roundTrip() {
        IncidentReport r = tinzaouaten();
        IncidentReport sparse = new IncidentReport(
                r.date(),
                r.location(),
                r.subType(),
                List.of(),
                Casualties.UNKNOWN,
                "",
                r.sources(),
                Grading.UNJUDGED,
                r.sourceNation(),
                r.releasability(),
                "");
        ShareableRecord shared = IncidentRecords.record(published(sparse), DZA).orElseThrow();

        assertThat(IncidentRecords.read(asReceived(shared), DZA, USA, RECEIVED).report())
                .isEqualTo(sparse);
    }

    @Test
    void longOrUnusualPartnerIds_getAHashedLocalId_safeInAUrl() {
        assertThat(IncidentRecords.localId(DZA, "JSR-1")).isEqualTo("DZA:dza-1:JSR-1");
        String odd = IncidentRecords.localId(DZA, "a/b?c");
        assertThat(odd).startsWith("DZA:sha256:").matches("[A-Za-z0-9:._-]{1,64}");
        assertThat(IncidentRecords.localId(DZA, "x".repeat(64))).startsWith("DZA:sha256:");
        assertThat(IncidentRecords.localId(DZA, "a/b?c")).isEqualTo(odd);
    }

    @Test
    void malformedRecords_areRefusedWithAReasonNamingTheField() {
        ShareableRecord good =
                asReceived(IncidentRecords.record(published(tinzaouaten()), DZA).orElseThrow());

        refused(good, c -> c.remove("grading"), "has no content field \"grading\"");
        refused(good, c -> c.put("grading", "Z9"), "content field \"grading\" is not valid (\"Z9\")");
        refused(good, c -> c.put("version", "0"), "content field \"version\" is not valid");
        refused(good, c -> c.put("version", "ninety"), "content field \"version\" is not valid");
        refused(good, c -> c.put("id", "JSR 1, or so"), "content field \"id\" is not valid");
        refused(good, c -> c.put("date", "20/11/2026"), "content field \"date\" is not valid");
        refused(good, c -> c.put("timePrecision", "9"), "content field \"timePrecision\" is not valid");
        refused(good, c -> c.put("subType", "PICNIC"), "content field \"subType\" is not valid (\"PICNIC\")");
        refused(good, c -> c.put("country", "XXX"), "content field \"country\" is not valid");
        refused(good, c -> c.put("killed", "-4"), "content field \"killed\" is not valid");
        refused(good, c -> c.put("releasability", "SECRET"), "content field \"releasability\" is not valid");
        refused(good, c -> c.put("place", " "), "is not a valid report: place must not be blank");
        refused(good, c -> c.put("sources", ""), "is not a valid report: report needs at least one source");
        refused(good, c -> c.put("narrative", "x".repeat(20_001)), "is not a valid report: narrative");
        // The subject is what the annex filtered on: it must agree with the content.
        refused(good, c -> c.put("grading", "A1"), "its subject's grading B2 is not its content's grading A1");
        refused(good, c -> c.put("subType", "ATTACK"), "its subject's event type \"border-incident\"");
    }

    @Test
    void recordsWithoutPositionMarkingOrFromAnotherNode_areRefused() {
        ShareableRecord good =
                asReceived(IncidentRecords.record(published(tinzaouaten()), DZA).orElseThrow());

        assertThatThrownBy(() -> IncidentRecords.read(good.withPosition(Optional.empty()), DZA, USA, RECEIVED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no position");
        ShareableRecord unmarked = IncidentRecords.record(published(tinzaouaten()), DZA)
                .orElseThrow()
                .receivedFrom(DZA);
        assertThatThrownBy(() -> IncidentRecords.read(unmarked, DZA, USA, RECEIVED))
                .hasMessageContaining("has no handling terms");
        ShareableRecord notForUsa = IncidentRecords.record(published(tinzaouaten()), DZA)
                .orElseThrow()
                .releasedUnder(new HandlingTerms(
                        ReleasabilityMarking.of(Nation.of("DZA"), Nation.of("FRA")),
                        Duration.ofDays(1),
                        Set.of(),
                        new ReleaseGrant(AgreementId.of("dza-usa-maritime"), 1, "I1")));
        assertThatThrownBy(() -> IncidentRecords.read(notForUsa, DZA, USA, RECEIVED))
                .hasMessageContaining("is marked \"REL TO DZA, FRA\", which does not name USA");
        Partner other = new Partner(Nation.of("DZA"), NodeId.of("dza-2"));
        assertThatThrownBy(() -> IncidentRecords.read(good, other, USA, RECEIVED))
                .hasMessageContaining("not by the sending node DZA dza-2");
        ShareableRecord programme = new ShareableRecord(
                "prog/x",
                DataCategory.PROGRAMME_RECORDS,
                good.origin(),
                T0,
                Optional.empty(),
                new Subject.None(),
                new TreeMap<>(),
                good.handling(),
                good.receivedFrom());
        assertThatThrownBy(() -> IncidentRecords.read(programme, DZA, USA, RECEIVED))
                .hasMessageContaining("is programme-records, not incident-reports");
    }

    private static void refused(ShareableRecord good, Consumer<SortedMap<String, String>> change, String reason) {
        SortedMap<String, String> content = new TreeMap<>(good.content());
        change.accept(content);
        ShareableRecord bad = new ShareableRecord(
                good.key(),
                good.category(),
                good.origin(),
                good.observedAt(),
                good.position(),
                good.subject(),
                content,
                good.handling(),
                good.receivedFrom());
        assertThatThrownBy(() -> IncidentRecords.read(bad, DZA, USA, RECEIVED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("incident record inc/JSR-1/v1")
                .hasMessageContaining(reason);
    }
}
