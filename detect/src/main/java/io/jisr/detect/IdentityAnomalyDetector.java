package io.jisr.detect;

import io.jisr.ais.identity.ImoNumber;
import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.identity.MmsiKind;
import io.jisr.ais.message.Position;
import io.jisr.detect.IdentityAnomaly.Anomaly;
import io.jisr.picture.PictureEvent;
import io.jisr.picture.PositionFix;
import io.jisr.picture.SphericalEarth;
import io.jisr.picture.StaticData;
import io.jisr.picture.Vessel;
import io.jisr.picture.VesselKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Identity and kinematic anomalies, each a one-moment {@link IdentityAnomaly}:
 *
 * <ul>
 *   <li>impossible speed: the picture marked a report suspect (it implies more than the picture's
 *       speed limit from the current position);
 *   <li>shared MMSI: within the window, reports keep alternating between the accepted track and
 *       suspect positions far from it, the mark of two transmitters with one number;
 *   <li>invalid MMSI or IMO number (ITU-R M.585 kinds; IMO check digit);
 *   <li>static data changed: a known name, ship type or dimension replaced by another;
 *   <li>fixed station moved: a base station, coast station or aid to navigation reported a position
 *       farther than the allowed distance from where it was first heard.
 * </ul>
 *
 * A repeated anomaly of one kind for one station is reported at most once per repeat interval, so a
 * broken transponder does not flood the watch; the alert book merges the rest.
 */
public final class IdentityAnomalyDetector implements Detector {

    /**
     * Thresholds.
     *
     * @param sharedWindow how far back reports are counted for a shared MMSI
     * @param sharedMinimumEach how many suspect and how many current reports that window must hold
     * @param fixedStationMetres how far a fixed station may appear from its first position
     * @param repeatInterval the least time between two reports of the same anomaly for one station
     */
    public record Settings(
            Duration sharedWindow, int sharedMinimumEach, double fixedStationMetres, Duration repeatInterval) {
        /** One hour, three of each, 1 km (beyond any buoy's swing circle and GNSS error), one hour. */
        public static final Settings DEFAULTS = new Settings(Duration.ofHours(1), 3, 1_000, Duration.ofHours(1));
    }

    private final Settings settings;
    private final long windowMillis;
    private final long repeatMillis;
    private final VesselTable<Station> stations;
    private Position pendingPosition;

    /** Builds the detector. */
    public IdentityAnomalyDetector(Settings settings) {
        this(settings, new VesselIndex());
    }

    /** Builds the detector with its stations in a slot of {@code vessels}, shared with the other detectors. */
    IdentityAnomalyDetector(Settings settings, VesselIndex vessels) {
        this.stations = new VesselTable<>(vessels);
        this.settings = settings;
        this.windowMillis = settings.sharedWindow().toMillis();
        this.repeatMillis = settings.repeatInterval().toMillis();
    }

    private static final class Station {
        final long[] lastReported = new long[Anomaly.values().length];
        final long[] suspectTimes;
        final long[] currentTimes;
        int suspects;
        int currents;
        Position firstPosition;
        java.util.List<Runnable> waitingForPosition = java.util.List.of();

        Station(int n) {
            suspectTimes = new long[n];
            currentTimes = new long[n];
            java.util.Arrays.fill(lastReported, Long.MIN_VALUE / 2);
        }
    }

    @Override
    public String name() {
        return "identity";
    }

    @Override
    public void accept(PictureEvent event, DetectionSink sink) {
        switch (event) {
            case PictureEvent.VesselAppeared appeared -> appeared(appeared.vessel(), sink);
            case PictureEvent.StaticDataChanged changed ->
                staticChanged(changed.vessel(), changed.previous(), changed.time(), sink);
            case PictureEvent.PositionReported reported -> reported(reported, sink);
            case PictureEvent.VesselWentStale stale ->
                stations.remove(stale.vessel().mmsi().value());
        }
    }

    private Station station(Mmsi mmsi) {
        return stations.computeIfAbsent(mmsi.value(), k -> new Station(settings.sharedMinimumEach()));
    }

    private void appeared(Vessel vessel, DetectionSink sink) {
        Mmsi mmsi = vessel.mmsi();
        Optional<Position> where = vessel.lastFix().map(PositionFix::position);
        if (!mmsi.isValid()) {
            raise(
                    vessel,
                    Anomaly.INVALID_MMSI,
                    vessel.firstSeen(),
                    where,
                    "MMSI " + mmsi + " is not a nine-digit number of any ITU-R M.585 kind",
                    sink);
        }
        vessel.staticData()
                .imo()
                .filter(IdentityAnomalyDetector::isSetButInvalid)
                .ifPresent(imo -> raise(vessel, Anomaly.INVALID_IMO, vessel.firstSeen(), where, invalidImo(imo), sink));
    }

    /**
     * The 30-bit IMO field with every bit set: transponders send it when the number was never entered,
     * as they send 0 (the standard's "not available"); on the recorded real data it is the most common
     * invalid value by far (37 of 67), and it says nothing about the ship.
     */
    private static final int IMO_ALL_BITS_SET = (1 << 30) - 1;

    private static boolean isSetButInvalid(ImoNumber imo) {
        return imo.value() != IMO_ALL_BITS_SET && !imo.isValid();
    }

    private static String invalidImo(ImoNumber imo) {
        return "IMO number " + imo.value() + " fails the seven-digit check-digit rule";
    }

    private void staticChanged(Vessel vessel, StaticData previous, Instant time, DetectionSink sink) {
        StaticData now = vessel.staticData();
        Optional<Position> where = vessel.lastFix().map(PositionFix::position);
        if (now.imo().isPresent()
                && !now.imo().equals(previous.imo())
                && isSetButInvalid(now.imo().get())) {
            raise(vessel, Anomaly.INVALID_IMO, time, where, invalidImo(now.imo().get()), sink);
        }
        StringBuilder changes = new StringBuilder();
        changed(changes, "name", previous.name(), now.name());
        changed(
                changes,
                "ship type",
                previous.shipType().map(t -> t.code()),
                now.shipType().map(t -> t.code()));
        // Length and beam, not the four distances to the GNSS antenna: a ship whose two transponders
        // (or whose type 5 and type 24 reports) give different antenna positions has not changed size.
        changed(
                changes,
                "size",
                previous.dimensions().map(IdentityAnomalyDetector::size),
                now.dimensions().map(IdentityAnomalyDetector::size));
        changed(changes, "IMO", previous.imo().map(ImoNumber::value), now.imo().map(ImoNumber::value));
        if (!changes.isEmpty()) {
            raise(vessel, Anomaly.STATIC_DATA_CHANGED, time, where, changes.toString(), sink);
        }
    }

    private static String size(io.jisr.ais.message.Dimensions d) {
        return (d.toBow() + d.toStern()) + " x " + (d.toPort() + d.toStarboard()) + " m";
    }

    /** Appends "field a → b" when a known value was replaced by a different known one. */
    private static <T> void changed(StringBuilder sb, String field, Optional<T> before, Optional<T> after) {
        if (before.isPresent() && after.isPresent() && !before.get().equals(after.get())) {
            if (!sb.isEmpty()) {
                sb.append("; ");
            }
            sb.append(field).append(' ').append(before.get()).append(" → ").append(after.get());
        }
    }

    private void reported(PictureEvent.PositionReported reported, DetectionSink sink) {
        Vessel vessel = reported.vessel();
        PositionFix fix = reported.fix();
        long t = fix.time().toEpochMilli();
        Station waiting = stations.get(vessel.mmsi().value());
        if (waiting != null
                && !waiting.waitingForPosition.isEmpty()
                && reported.disposition() == PictureEvent.Disposition.CURRENT) {
            java.util.List<Runnable> raises = waiting.waitingForPosition;
            waiting.waitingForPosition = java.util.List.of();
            pendingPosition = fix.position();
            raises.forEach(Runnable::run);
            pendingPosition = null;
        }
        switch (reported.disposition()) {
            case SUSPECT -> {
                if (isAircraft(vessel)) {
                    // The picture's speed limit is a ship's; a SAR aircraft (type 9) outruns it by design.
                    return;
                }
                Station s = station(vessel.mmsi());
                s.suspectTimes[s.suspects++ % s.suspectTimes.length] = t;
                String detail = vessel.lastFix()
                        .map(current -> {
                            double metres = SphericalEarth.distanceMetres(current.position(), fix.position());
                            long millis = Math.abs(t - current.time().toEpochMilli());
                            return String.format(
                                    java.util.Locale.ROOT,
                                    "%.1f km from the position of %s in %d s (%.0f knots)",
                                    metres / 1000,
                                    current.time(),
                                    millis / 1000,
                                    DeadReckoning.knots(metres, Math.max(millis, 1000)));
                        })
                        .orElse("implies a jump the picture refused");
                raise(vessel, Anomaly.IMPOSSIBLE_SPEED, fix.time(), Optional.of(fix.position()), detail, sink);
                checkShared(vessel, s, fix, sink);
            }
            case CURRENT -> {
                if (isFixedStation(vessel)) {
                    Station s = station(vessel.mmsi());
                    if (s.firstPosition == null) {
                        s.firstPosition = fix.position();
                    } else {
                        double metres = SphericalEarth.distanceMetres(s.firstPosition, fix.position());
                        if (metres > settings.fixedStationMetres()) {
                            raise(
                                    vessel,
                                    Anomaly.FIXED_STATION_MOVED,
                                    fix.time(),
                                    Optional.of(fix.position()),
                                    String.format(
                                            java.util.Locale.ROOT,
                                            "%s %s is %.0f m from where it was first heard",
                                            vessel.kind(),
                                            vessel.mmsi(),
                                            metres),
                                    sink);
                        }
                    }
                }
                Station s = stations.get(vessel.mmsi().value());
                if (s != null && s.suspects > 0) {
                    s.currentTimes[s.currents++ % s.currentTimes.length] = t;
                    checkShared(vessel, s, fix, sink);
                }
            }
            case LATE -> {}
        }
    }

    private static boolean isAircraft(Vessel vessel) {
        return vessel.kind() == VesselKind.SAR_AIRCRAFT || vessel.mmsi().kind() == MmsiKind.SAR_AIRCRAFT;
    }

    /** Returns whether the station is a base station, coast station or aid to navigation, not a vessel. */
    static boolean isFixedStation(Vessel vessel) {
        MmsiKind kind = vessel.mmsi().kind();
        return vessel.kind() == VesselKind.BASE_STATION
                || vessel.kind() == VesselKind.AID_TO_NAVIGATION
                || kind == MmsiKind.COAST_STATION
                || kind == MmsiKind.AID_TO_NAVIGATION;
    }

    private void checkShared(Vessel vessel, Station s, PositionFix fix, DetectionSink sink) {
        int n = s.suspectTimes.length;
        if (s.suspects < n || s.currents < n) {
            return;
        }
        long t = fix.time().toEpochMilli();
        long oldestSuspect = s.suspectTimes[s.suspects % n];
        long oldestCurrent = s.currentTimes[s.currents % n];
        if (t - oldestSuspect <= windowMillis && t - oldestCurrent <= windowMillis) {
            raise(
                    vessel,
                    Anomaly.SHARED_MMSI,
                    fix.time(),
                    Optional.of(fix.position()),
                    n + " or more reports each from two places too far apart within " + settings.sharedWindow()
                            + ": two transmitters may share MMSI " + vessel.mmsi(),
                    sink);
        }
    }

    private void raise(
            Vessel vessel, Anomaly anomaly, Instant time, Optional<Position> where, String detail, DetectionSink sink) {
        Station s = station(vessel.mmsi());
        if (where.isEmpty() && pendingPosition == null) {
            // An anomaly is placed on the map; one found in static data before any position waits for one.
            java.util.List<Runnable> waiting = new java.util.ArrayList<>(s.waitingForPosition);
            waiting.add(() -> raise(vessel, anomaly, time, where, detail, sink));
            s.waitingForPosition = waiting;
            return;
        }
        long t = time.toEpochMilli();
        if (t - s.lastReported[anomaly.ordinal()] < repeatMillis) {
            return;
        }
        s.lastReported[anomaly.ordinal()] = t;
        IdentityAnomaly detection = new IdentityAnomaly(
                "identity/" + anomaly.name().toLowerCase(java.util.Locale.ROOT) + ':'
                        + vessel.mmsi().value() + ':' + time.getEpochSecond(),
                vessel.mmsi(),
                anomaly,
                time,
                where.orElse(pendingPosition),
                detail);
        sink.accept(new DetectionChange.Opened(detection, time));
        sink.accept(new DetectionChange.Closed(detection, time));
    }

    @Override
    public void advance(Instant watermark, DetectionSink sink) {
        // Every anomaly is decided by the report that shows it.
    }
}
