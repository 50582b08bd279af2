package io.jisr.detect;

import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.Position;
import io.jisr.detect.geo.Geography;
import io.jisr.picture.PictureEvent;
import io.jisr.picture.PositionFix;
import io.jisr.picture.SphericalEarth;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.PriorityQueue;

/**
 * AIS gaps ("going dark"): a vessel that was reporting regularly falls silent for longer than the
 * minimum gap while inside receiver coverage.
 *
 * <p>The gap opens when the watermark passes the last report plus the minimum gap, provided the last
 * position and the position dead-reckoned over the gap both lie in covered cells (so a vessel that
 * sails out of range raises nothing); it closes with the first report after it. A gap that timers did
 * not open (the predicted path left coverage, but the vessel came back inside it) opens and closes at
 * the reappearance when both ends are covered. A late report that falls inside a closed gap shortens
 * it, or withdraws it when no silence of the minimum length is left.
 */
public final class AisGapDetector implements Detector {
    /*
     * Implementation note: one deadline per vessel sits in a priority queue at a time. A report does
     * not touch the queue; when a deadline comes due and the vessel has reported since, it goes back
     * with the new deadline. So the queue costs one re-insertion per vessel per minimum-gap period,
     * not one per report.
     */
    private static final String ID_PREFIX = "gap";
    /** Faster than any ship reporting AIS class A positions keeps up; see {@link #plausibleStep}. */
    private static final double PLAUSIBLE_KNOTS = 50;
    /**
     * A vessel teaches the footprints at most once a minute: a footprint needs where receivers hear, not
     * every report, and a minute is a third of a mile at 20 knots.
     */
    private static final long CREDIT_EVERY_MILLIS = 60_000;
    /** The longest stretch of a gap's path not judged for reception: a few miles, under a tenth of a range. */
    private static final double PATH_STEP_NAUTICAL_MILES = 4;
    /** At most this many stretches are judged (a gap path of 160 NM or more is judged every 1/40). */
    private static final int MAX_PATH_STEPS = 40;

    private static final long SWEEP_EVERY_MILLIS = 3_600_000L;
    /** Longer than any gap worth reporting as one and than late data is kept for. */
    private static final long FORGET_AFTER_MILLIS = 7 * 24 * 3_600_000L;

    private final AisGapSettings settings;
    private final Geography geography;
    private final ReceptionCoverage coverage;
    private final ReceiverFootprints footprints;
    private final long minimumGapMillis;
    private final long disablingGapMillis;
    private final long regularityMillis;
    private final VesselTable<Track> tracks;
    private final PriorityQueue<Track> deadlines = new PriorityQueue<>(
            Comparator.comparingLong((Track t) -> t.deadlineMillis).thenComparingInt(t -> t.mmsi.value()));
    private final List<Track> open = new ArrayList<>();
    private final double[] scratch = new double[2];
    private long lastSweepMillis = Long.MIN_VALUE / 2;

    /** Builds the detector; it learns coverage from the reports it sees. */
    public AisGapDetector(AisGapSettings settings, Geography geography) {
        this(settings, geography, new VesselIndex());
    }

    /** Builds the detector with its vessels in a slot of {@code vessels}, shared with the other detectors. */
    AisGapDetector(AisGapSettings settings, Geography geography, VesselIndex vessels) {
        this.tracks = new VesselTable<>(vessels);
        this.settings = settings;
        this.geography = geography;
        this.coverage = new ReceptionCoverage(settings.coverageWindowHours(), settings.coverageMinimumHours());
        this.footprints = new ReceiverFootprints(
                settings.coverageWindowHours(),
                settings.coverageMinimumHours(),
                settings.footprintMaximumDiameterNauticalMiles(),
                settings.declaredReceivers());
        this.minimumGapMillis = settings.minimumGap().toMillis();
        this.disablingGapMillis = settings.disablingGap().toMillis();
        this.regularityMillis = settings.regularityWindow().toMillis();
    }

    /** Per-vessel state. */
    private static final class Track {
        final Mmsi mmsi;
        final long[] recent;
        int recentCount;
        long lastMillis = Long.MIN_VALUE;
        long lastCreditMillis = Long.MIN_VALUE / 2;
        double latitude;
        double longitude;
        double speedKnots = Double.NaN;
        double courseDegrees = Double.NaN;
        long deadlineMillis;
        boolean queued;
        AisGap openGap;
        AisGap closedGap;

        Track(Mmsi mmsi, int regularity) {
            this.mmsi = mmsi;
            this.recent = new long[regularity];
        }

        Position position() {
            return Position.of(latitude, longitude);
        }
    }

    @Override
    public String name() {
        return "ais-gap";
    }

    /** Returns the coverage map it learns, for inspection and tests. */
    public ReceptionCoverage coverage() {
        return coverage;
    }

    /** Returns the receivers' footprints it learns, for inspection and tests. */
    public ReceiverFootprints footprints() {
        return footprints;
    }

    /**
     * Returns whether a point is inside reception: surrounded by heard cells, or within the learnt
     * footprint of one receiver (which also covers quiet water and the last miles before the edge).
     */
    private boolean inside(double latitude, double longitude, long millis) {
        return coverage.isInside(latitude, longitude, millis) || footprints.isInside(latitude, longitude, millis);
    }

    @Override
    public void accept(PictureEvent event, DetectionSink sink) {
        if (!(event instanceof PictureEvent.PositionReported reported)) {
            return;
        }
        PositionFix fix = reported.fix();
        Position p = fix.position();
        long t = fix.time().toEpochMilli();
        int key = reported.vessel().mmsi().value();
        Track track = tracks.get(key);
        if (reported.disposition() != PictureEvent.Disposition.SUSPECT) {
            coverage.record(p.latitude(), p.longitude(), t);
            if (track != null
                    && t - track.lastCreditMillis >= CREDIT_EVERY_MILLIS
                    && t > track.lastMillis
                    && plausibleStep(track, p, t)) {
                track.lastCreditMillis = t;
                footprints.record(key, reported.vessel().heardBy(), p.latitude(), p.longitude(), t);
            }
        }
        if (track == null) {
            track = new Track(reported.vessel().mmsi(), settings.minimumReportsBefore());
            tracks.put(key, track);
        }
        if (t > track.lastMillis) {
            if (track.lastMillis != Long.MIN_VALUE) {
                reappeared(track, t, p, fix.time(), sink);
            }
            track.recent[track.recentCount++ % track.recent.length] = t;
            track.lastMillis = t;
            track.latitude = p.latitude();
            track.longitude = p.longitude();
            track.speedKnots = fix.speedKnots().orElse(Double.NaN);
            track.courseDegrees = fix.courseDegrees().orElse(Double.NaN);
            if (!track.queued) {
                track.deadlineMillis = t + minimumGapMillis;
                track.queued = true;
                deadlines.add(track);
            }
        } else if (t < track.lastMillis) {
            late(track, t, p, fix.time(), sink);
        }
    }

    /**
     * Returns whether a report follows the vessel's previous one at a speed a ship can make (50 knots, plus
     * half a mile for position noise). Only such reports teach the footprints: a hull is spoilt by one
     * outlier, and a spoofed position or a second ship using the same MMSI puts the receiver's credit tens of
     * miles from where it really heard.
     */
    private static boolean plausibleStep(Track track, Position p, long t) {
        // Plate carree distance: a haversine per report cost more than the rest of the detector's work, and
        // at the scale of one report interval the flat approximation is exact to well under a percent.
        double hours = (t - track.lastMillis) / 3_600_000.0;
        double north = (p.latitude() - track.latitude) * 60;
        double east = (p.longitude() - track.longitude) * 60 * Math.cos(Math.toRadians(track.latitude));
        double limit = 0.5 + PLAUSIBLE_KNOTS * hours;
        // Across the antimeridian the difference looks like 360 degrees: implausible, hence not credited.
        return north * north + east * east <= limit * limit;
    }

    private void reappeared(Track track, long t, Position next, Instant time, DetectionSink sink) {
        long silence = t - track.lastMillis;
        if (track.openGap != null && silence < minimumGapMillis) {
            // The timer opened the gap before this report, older than the timer's time, arrived.
            AisGap gap = track.openGap;
            track.openGap = null;
            open.remove(track);
            sink.accept(new DetectionChange.Withdrawn(
                    gap,
                    time,
                    "a report at " + time + " arrived after the gap was raised and shows " + track.mmsi
                            + " silent for only " + Duration.ofMillis(silence)));
        } else if (track.openGap != null) {
            AisGap closed = ended(track.openGap, time, next);
            track.openGap = null;
            track.closedGap = closed;
            open.remove(track);
            sink.accept(new DetectionChange.Closed(closed, time));
        } else if (silence >= minimumGapMillis
                && wasRegular(track)
                && sailedStraight(track, next, silence)
                && pathInside(track.latitude, track.longitude, next.latitude(), next.longitude(), track.lastMillis)) {
            AisGap opened = started(track);
            AisGap closed = ended(opened, time, next);
            track.closedGap = closed;
            sink.accept(new DetectionChange.Opened(opened, time));
            sink.accept(new DetectionChange.Closed(closed, time));
        }
    }

    private void late(Track track, long t, Position p, Instant time, DetectionSink sink) {
        AisGap gap = track.closedGap;
        if (gap == null
                || !gap.start().isBefore(time)
                || !time.isBefore(gap.end().orElseThrow())) {
            return;
        }
        long start = gap.start().toEpochMilli();
        long end = gap.end().orElseThrow().toEpochMilli();
        AisGap changed;
        if (end - t >= minimumGapMillis) {
            changed = measured(
                    gap, time, p, gap.end().orElseThrow(), gap.nextPosition().orElseThrow());
        } else if (t - start >= minimumGapMillis) {
            changed = measured(gap, gap.start(), gap.lastPosition(), time, p);
        } else {
            track.closedGap = null;
            sink.accept(new DetectionChange.Withdrawn(
                    gap,
                    time,
                    "a late report at " + time + " shows " + track.mmsi + " was heard during the gap; the longest"
                            + " silence left is " + Duration.ofMillis(Math.max(t - start, end - t))
                            + ", under the " + settings.minimumGap() + " threshold"));
            return;
        }
        track.closedGap = changed;
        sink.accept(new DetectionChange.Updated(changed, time));
    }

    @Override
    public void advance(Instant watermark, DetectionSink sink) {
        long now = watermark.toEpochMilli();
        Track track;
        while ((track = deadlines.peek()) != null && track.deadlineMillis <= now) {
            deadlines.poll();
            long due = track.lastMillis + minimumGapMillis;
            if (due > now) {
                track.deadlineMillis = due;
                deadlines.add(track);
                continue;
            }
            track.queued = false;
            if (track.openGap == null && wasRegular(track) && predictedPathCovered(track)) {
                track.openGap = started(track);
                open.add(track);
                sink.accept(new DetectionChange.Opened(track.openGap, watermark));
            }
        }
        if (now - lastSweepMillis >= SWEEP_EVERY_MILLIS) {
            lastSweepMillis = now;
            forgetLongSilent(now);
        }
        for (Track t : open) {
            AisGap gap = t.openGap;
            if (!gap.possibleDisabling()
                    && now - t.lastMillis >= disablingGapMillis
                    && farFromShore(gap.lastPosition())) {
                t.openGap = new AisGap(
                        gap.id(),
                        gap.mmsi(),
                        gap.start(),
                        gap.end(),
                        gap.lastPosition(),
                        gap.nextPosition(),
                        gap.impliedSpeedKnots(),
                        true);
                sink.accept(new DetectionChange.Updated(t.openGap, watermark));
            }
        }
    }

    /**
     * Forgets vessels silent for longer than {@link #FORGET_AFTER_MILLIS} with no open gap, so memory
     * follows the live traffic rather than every MMSI ever heard; one that returns starts afresh
     * (and needs regular reports again before a new gap counts).
     */
    private void forgetLongSilent(long now) {
        List<Track> gone = new ArrayList<>();
        tracks.forEachValue(t -> {
            if (t.openGap == null && !t.queued && now - t.lastMillis > FORGET_AFTER_MILLIS) {
                gone.add(t);
            }
        });
        for (Track t : gone) {
            tracks.remove(t.mmsi.value());
        }
    }

    private boolean wasRegular(Track track) {
        int n = track.recent.length;
        if (track.recentCount < n) {
            return false;
        }
        long oldest = track.recent[track.recentCount % n];
        return track.lastMillis - oldest <= regularityMillis;
    }

    private boolean predictedPathCovered(Track track) {
        if (Double.isNaN(track.speedKnots) || Double.isNaN(track.courseDegrees) || track.speedKnots < 0.5) {
            return inside(track.latitude, track.longitude, track.lastMillis);
        }
        double metres = track.speedKnots * SphericalEarth.METRES_PER_NAUTICAL_MILE * (minimumGapMillis / 3_600_000.0);
        DeadReckoning.destination(track.latitude, track.longitude, track.courseDegrees, metres, scratch);
        return pathInside(track.latitude, track.longitude, scratch[0], scratch[1], track.lastMillis);
    }

    /**
     * Returns whether the vessel's reappearance fits a straight passage from its last report: the speed
     * the straight path implies is at least half the speed it last reported. The timer did not raise
     * this gap because the vessel was heading out of coverage; one that comes back slower than that
     * (a ferry back on the return leg at the point where it left, after a round trip out of range) went
     * somewhere else, and its silence is explained by range, not by its transponder.
     */
    private static boolean sailedStraight(Track track, Position next, long silenceMillis) {
        if (Double.isNaN(track.speedKnots) || track.speedKnots < 0.5) {
            return true;
        }
        double knots = DeadReckoning.knots(
                SphericalEarth.distanceMetres(track.latitude, track.longitude, next.latitude(), next.longitude()),
                silenceMillis);
        return knots >= 0.5 * track.speedKnots;
    }

    /**
     * Returns whether a straight path lies inside reception along its whole length, judged at both ends and
     * at points no more than {@value #PATH_STEP_NAUTICAL_MILES} nautical miles apart between them: a ship
     * that sailed between two receivers' ranges through the unheard water between them, or along the edge
     * of range where a lane runs just outside it, is not dark, and the points between show it.
     */
    private boolean pathInside(double lat1, double lon1, double lat2, double lon2, long millis) {
        if (!inside(lat1, lon1, millis) || !inside(lat2, lon2, millis)) {
            return false;
        }
        double nauticalMiles =
                SphericalEarth.distanceMetres(lat1, lon1, lat2, lon2) / SphericalEarth.METRES_PER_NAUTICAL_MILE;
        int steps = (int) Math.min(MAX_PATH_STEPS, Math.ceil(nauticalMiles / PATH_STEP_NAUTICAL_MILES));
        double dLon = longitudeDifference(lon1, lon2);
        for (int i = 1; i < steps; i++) {
            double f = (double) i / steps;
            if (!inside(lat1 + (lat2 - lat1) * f, normalised(lon1 + dLon * f), millis)) {
                return false;
            }
        }
        return true;
    }

    /** Returns lon2 - lon1 the short way round, -180..180. */
    private static double longitudeDifference(double lon1, double lon2) {
        double d = lon2 - lon1;
        if (d > 180) {
            d -= 360;
        } else if (d < -180) {
            d += 360;
        }
        return d;
    }

    private static double normalised(double longitude) {
        return longitude >= 180 ? longitude - 360 : longitude < -180 ? longitude + 360 : longitude;
    }

    private boolean farFromShore(Position p) {
        return geography.distanceToShoreNauticalMiles(p.latitude(), p.longitude())
                > settings.disablingShoreDistanceNauticalMiles();
    }

    private AisGap started(Track track) {
        Instant start = Instant.ofEpochMilli(track.lastMillis);
        return new AisGap(
                Detection.idOf(ID_PREFIX, track.mmsi, start),
                track.mmsi,
                start,
                Optional.empty(),
                track.position(),
                Optional.empty(),
                OptionalDouble.empty(),
                false);
    }

    private AisGap ended(AisGap gap, Instant end, Position next) {
        return measured(gap, gap.start(), gap.lastPosition(), end, next);
    }

    private AisGap measured(AisGap gap, Instant start, Position last, Instant end, Position next) {
        long millis = end.toEpochMilli() - start.toEpochMilli();
        double knots = DeadReckoning.knots(SphericalEarth.distanceMetres(last, next), millis);
        boolean disabling = millis >= disablingGapMillis && farFromShore(last) && farFromShore(next);
        return new AisGap(
                gap.id(),
                gap.mmsi(),
                start,
                Optional.of(end),
                last,
                Optional.of(next),
                Double.isNaN(knots) ? OptionalDouble.empty() : OptionalDouble.of(knots),
                disabling);
    }
}
