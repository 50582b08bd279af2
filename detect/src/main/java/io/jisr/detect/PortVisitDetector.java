package io.jisr.detect;

import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.Position;
import io.jisr.detect.geo.Geography;
import io.jisr.detect.geo.Port;
import io.jisr.picture.PictureEvent;
import io.jisr.picture.PositionFix;
import io.jisr.picture.SphericalEarth;
import java.time.Instant;
import java.util.Optional;

/**
 * Port visits as context events: a current report within the entry distance of a port opens a visit,
 * the first report below the stopped speed and the first one above the moving speed after it update
 * it, and a report beyond the exit distance closes it. The gap between entry and exit distances (and
 * between the two speeds) keeps a vessel at the edge from flapping in and out.
 */
public final class PortVisitDetector implements Detector {
    private final PortVisitSettings settings;
    private final Geography geography;
    private final VesselTable<PortVisit> visits;

    /** Builds the detector over a geography's ports. */
    public PortVisitDetector(PortVisitSettings settings, Geography geography) {
        this(settings, geography, new VesselIndex());
    }

    /** Builds the detector with its visits in a slot of {@code vessels}, shared with the other detectors. */
    PortVisitDetector(PortVisitSettings settings, Geography geography, VesselIndex vessels) {
        this.visits = new VesselTable<>(vessels);
        this.settings = settings;
        this.geography = geography;
    }

    @Override
    public String name() {
        return "port-visit";
    }

    @Override
    public void accept(PictureEvent event, DetectionSink sink) {
        if (!(event instanceof PictureEvent.PositionReported reported)
                || reported.disposition() != PictureEvent.Disposition.CURRENT) {
            return;
        }
        PositionFix fix = reported.fix();
        Position p = fix.position();
        Mmsi mmsi = reported.vessel().mmsi();
        Instant time = fix.time();
        PortVisit visit = visits.get(mmsi.value());
        if (visit == null) {
            Optional<Port> port = geography.nearestPort(p.latitude(), p.longitude(), settings.entryMetres());
            if (port.isPresent()) {
                PortVisit opened = new PortVisit(
                        "port/" + port.get().locode() + ':' + mmsi.value() + ':' + time.getEpochSecond(),
                        mmsi,
                        port.get(),
                        time,
                        Optional.empty(),
                        p,
                        Optional.empty(),
                        Optional.empty());
                visits.put(mmsi.value(), opened);
                sink.accept(new DetectionChange.Opened(opened, time));
                stopOrMove(opened, fix, sink);
            }
            return;
        }
        if (SphericalEarth.distanceMetres(p, visit.port().position()) > settings.exitMetres()) {
            visits.remove(mmsi.value());
            sink.accept(new DetectionChange.Closed(
                    new PortVisit(
                            visit.id(),
                            mmsi,
                            visit.port(),
                            visit.start(),
                            Optional.of(time),
                            visit.position(),
                            visit.stoppedAt(),
                            visit.movingAgainAt()),
                    time));
            return;
        }
        stopOrMove(visit, fix, sink);
    }

    private void stopOrMove(PortVisit visit, PositionFix fix, DetectionSink sink) {
        if (fix.speedKnots().isEmpty()) {
            return;
        }
        double speed = fix.speedKnots().getAsDouble();
        PortVisit changed = null;
        if (visit.stoppedAt().isEmpty() && speed < settings.stoppedKnots()) {
            changed = new PortVisit(
                    visit.id(),
                    visit.mmsi(),
                    visit.port(),
                    visit.start(),
                    visit.end(),
                    visit.position(),
                    Optional.of(fix.time()),
                    Optional.empty());
        } else if (visit.stoppedAt().isPresent() && visit.movingAgainAt().isEmpty() && speed > settings.movingKnots()) {
            changed = new PortVisit(
                    visit.id(),
                    visit.mmsi(),
                    visit.port(),
                    visit.start(),
                    visit.end(),
                    visit.position(),
                    visit.stoppedAt(),
                    Optional.of(fix.time()));
        }
        if (changed != null) {
            visits.put(visit.mmsi().value(), changed);
            sink.accept(new DetectionChange.Updated(changed, fix.time()));
        }
    }

    @Override
    public void advance(Instant watermark, DetectionSink sink) {
        // A visit ends with the vessel's own report beyond the exit distance.
    }
}
