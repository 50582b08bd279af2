package io.jisr.detect;

import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.Position;
import io.jisr.detect.zone.Zone;
import io.jisr.detect.zone.ZoneSet;
import io.jisr.picture.PictureEvent;
import io.jisr.picture.PositionFix;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Zone entry, dwell and exit: each current report is located in the zone set; a zone the vessel was
 * not in opens a {@link ZoneVisit}, a zone it left closes one, and a visit that reaches its zone's dwell
 * time is updated once with {@code dwelling} set. A vessel's first report inside a zone counts as an
 * entry (that is when the picture learnt of it there). The zone set can be replaced while running;
 * visits of zones that disappeared are closed at the next report.
 */
public final class ZoneDetector implements Detector {
    private volatile ZoneSet zones;
    private final VesselTable<List<ZoneVisit>> inside;
    /**
     * In front of {@link #inside}: the report of a vessel outside every zone, visiting none, costs a bit
     * test (DetectionCpuCost zone: 319 to 200 ns per event, means of runs 3-5, same session).
     */
    private final IntKeyFilter visiting = new IntKeyFilter();

    /** Builds a detector over a zone set. */
    public ZoneDetector(ZoneSet zones) {
        this(zones, new VesselIndex());
    }

    /** Builds a detector with its visits in a slot of {@code vessels}, shared with the other detectors. */
    ZoneDetector(ZoneSet zones, VesselIndex vessels) {
        this.inside = new VesselTable<>(vessels);
        this.zones = zones;
    }

    /** Replaces the zone set (operators edit zones while the node runs). */
    public void replaceZones(ZoneSet zones) {
        this.zones = zones;
    }

    @Override
    public String name() {
        return "zone";
    }

    @Override
    public void accept(PictureEvent event, DetectionSink sink) {
        if (!(event instanceof PictureEvent.PositionReported reported)
                || reported.disposition() != PictureEvent.Disposition.CURRENT
                // A base station or aid to navigation inside a zone does not visit it: it stands there.
                || IdentityAnomalyDetector.isFixedStation(reported.vessel())) {
            return;
        }
        PositionFix fix = reported.fix();
        Position p = fix.position();
        List<Zone> now = zones.containing(p.latitude(), p.longitude());
        Mmsi mmsi = reported.vessel().mmsi();
        // An empty map needs no filter: a vessel outside every zone then touches neither.
        if (now.isEmpty() && (inside.size() == 0 || !visiting.mayContain(mmsi.value()))) {
            return;
        }
        List<ZoneVisit> known = inside.get(mmsi.value());
        List<ZoneVisit> before = known == null ? List.of() : known;
        if (now.isEmpty() && before.isEmpty()) {
            return;
        }
        Instant time = fix.time();
        if (sameZones(before, now)) {
            // Still in the same zones, the common case for a vessel inside one: only dwell can change, and
            // the list of visits is replaced only if it does (DetectionCpuCost zone: docs/performance.md).
            List<ZoneVisit> updated = before;
            for (int i = 0, n = before.size(); i < n; i++) {
                ZoneVisit visit = before.get(i);
                ZoneVisit dwelt = dwelt(visit, time, sink);
                if (dwelt != visit) {
                    if (updated == before) {
                        updated = new ArrayList<>(before);
                    }
                    updated.set(i, dwelt);
                }
            }
            if (updated != before) {
                inside.put(mmsi.value(), updated);
            }
            return;
        }
        List<ZoneVisit> after = new ArrayList<>(now.size());
        for (ZoneVisit visit : before) {
            if (contains(now, visit.zoneId())) {
                after.add(dwelt(visit, time, sink));
            } else {
                sink.accept(new DetectionChange.Closed(
                        new ZoneVisit(
                                visit.id(),
                                visit.mmsi(),
                                visit.zoneId(),
                                visit.zoneName(),
                                visit.start(),
                                Optional.of(time),
                                visit.position(),
                                Optional.of(p),
                                visit.dwelling()),
                        time));
            }
        }
        for (Zone zone : now) {
            if (!visiting(before, zone.id())) {
                ZoneVisit visit = new ZoneVisit(
                        "zone/" + zone.id() + ':' + mmsi.value() + ':' + time.getEpochSecond(),
                        mmsi,
                        zone.id(),
                        zone.name(),
                        time,
                        Optional.empty(),
                        p,
                        Optional.empty(),
                        false);
                sink.accept(new DetectionChange.Opened(visit, time));
                after.add(visit);
            }
        }
        if (after.isEmpty()) {
            inside.remove(mmsi.value());
        } else {
            inside.put(mmsi.value(), after);
            visiting.mark(mmsi.value());
        }
    }

    private ZoneVisit dwelt(ZoneVisit visit, Instant time, DetectionSink sink) {
        if (visit.dwelling()) {
            return visit;
        }
        Optional<Zone> zone = zones.zone(visit.zoneId());
        if (zone.isEmpty()
                || zone.get().dwell().isEmpty()
                || visit.duration(time).compareTo(zone.get().dwell().get()) < 0) {
            return visit;
        }
        ZoneVisit dwelling = new ZoneVisit(
                visit.id(),
                visit.mmsi(),
                visit.zoneId(),
                visit.zoneName(),
                visit.start(),
                Optional.empty(),
                visit.position(),
                Optional.empty(),
                true);
        sink.accept(new DetectionChange.Updated(dwelling, time));
        return dwelling;
    }

    /** Returns whether the visits are of exactly these zones, in the same order. */
    private static boolean sameZones(List<ZoneVisit> visits, List<Zone> zones) {
        if (visits.size() != zones.size()) {
            return false;
        }
        for (int i = 0, n = visits.size(); i < n; i++) {
            if (!visits.get(i).zoneId().equals(zones.get(i).id())) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(List<Zone> zones, String id) {
        for (Zone z : zones) {
            if (z.id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    private static boolean visiting(List<ZoneVisit> visits, String id) {
        for (ZoneVisit v : visits) {
            if (v.zoneId().equals(id)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void advance(Instant watermark, DetectionSink sink) {
        // Entry, exit and dwell are decided by the vessel's own reports.
    }
}
