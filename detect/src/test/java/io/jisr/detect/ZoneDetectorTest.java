package io.jisr.detect;

import static io.jisr.detect.Events.minutes;
import static io.jisr.detect.Events.report;
import static io.jisr.detect.Events.ship;
import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.detect.zone.GeoJsonZones;
import io.jisr.detect.zone.ZoneImport;
import io.jisr.detect.zone.ZoneKind;
import io.jisr.detect.zone.ZoneSet;
import io.jisr.picture.PictureEvent;
import io.jisr.picture.StaticData;
import io.jisr.picture.Vessel;
import io.jisr.picture.VesselKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZoneDetectorTest {
    private static final String BOX = """
            {"type": "Feature", "properties": {"id": "box", "name": "Box", "dwellMinutes": 30},
             "geometry": {"type": "Polygon", "coordinates": [[[5,38],[6,38],[6,39],[5,39],[5,38]]]}}""";
    private final Vessel v = ship(224_000_001);

    private static ZoneSet box() {
        return ZoneSet.of(((ZoneImport.Imported) GeoJsonZones.read(BOX, ZoneKind.OPERATOR)).zones());
    }

    @Test
    void zone_enterDwellLeave_opensUpdatesOnceAndCloses() {
        List<PictureEvent> events = List.of(
                report(v, minutes(0), 37.9, 5.5, 10),
                report(v, minutes(10), 38.1, 5.5, 10),
                report(v, minutes(30), 38.5, 5.5, 10),
                report(v, minutes(40), 38.6, 5.5, 10),
                report(v, minutes(50), 38.7, 5.5, 10),
                report(v, minutes(60), 39.1, 5.5, 10));

        DetectionLedger ledger = Events.run(List.of(new ZoneDetector(box())), events, minutes(60));

        assertThat(ledger.changes())
                .extracting(c -> c.getClass().getSimpleName())
                .containsExactly("Opened", "Updated", "Closed");
        ZoneVisit visit = (ZoneVisit) ledger.detections().getFirst();
        assertThat(visit.zoneId()).isEqualTo("box");
        assertThat(visit.start()).isEqualTo(minutes(10));
        assertThat(visit.end()).contains(minutes(60));
        assertThat(visit.dwelling()).isTrue();
        assertThat(visit.exitPosition().orElseThrow().latitude()).isEqualTo(39.1);
    }

    @Test
    void zone_fixedStationsInside_visitNothing() {
        // Found scoring against the simulator: the base stations and harbour lights standing inside a
        // zone off a port each raised a zone visit that never ended.
        Vessel baseStation = Events.vessel(6_050_008, VesselKind.BASE_STATION, StaticData.NONE);
        Vessel light = Events.vessel(996_051_001, VesselKind.AID_TO_NAVIGATION, StaticData.NONE);
        List<PictureEvent> events =
                List.of(report(baseStation, minutes(0), 38.5, 5.5, 0), report(light, minutes(1), 38.6, 5.6, 0));

        assertThat(Events.run(List.of(new ZoneDetector(box())), events, minutes(10))
                        .changes())
                .isEmpty();
    }

    @Test
    void zone_lateReportInside_doesNotEnter() {
        List<PictureEvent> events = List.of(
                report(v, minutes(10), 37.9, 5.5, 10),
                report(v, minutes(5), 38.5, 5.5, 10, PictureEvent.Disposition.LATE));

        assertThat(Events.run(List.of(new ZoneDetector(box())), events, minutes(10))
                        .changes())
                .isEmpty();
    }
}
