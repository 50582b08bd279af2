package io.jisr.detect;

import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.Position;
import io.jisr.detect.geo.Geography;
import io.jisr.picture.PictureEvent;
import io.jisr.picture.PositionFix;
import io.jisr.picture.SphericalEarth;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Encounters after one {@link EncounterRule}: two vessels whose reports find them within the rule's
 * distance, at low speed, away from anchorages, for the rule's duration.
 *
 * <p>Only current reports count (late ones are history, suspect ones may be another transmitter). A
 * vessel is a candidate while its speed is under twice the rule's median limit and it is not near an
 * anchorage; candidates sit in a grid of 0.01° cells, and each report of a candidate is compared with
 * the candidates in the cells around it whose last report is recent enough. The encounter opens once
 * the pair has been close for the minimum duration with a median speed under the limit, updates at
 * most every half hour, and closes when no report has found the pair close for the rule's interruption
 * time (decided by reports or by the engine's timers, in message time).
 */
public final class EncounterDetector implements Detector {
    private static final int CELLS_PER_DEGREE = 100;
    private static final int ROW_STRIDE = 360 * CELLS_PER_DEGREE + 1;
    private static final long UPDATE_EVERY_MILLIS = 30 * 60_000L;
    private static final int NO_CELL = -1;
    private static final long SWEEP_EVERY_MILLIS = 3_600_000L;
    private static final double METRES_PER_DEGREE = SphericalEarth.RADIUS_METRES * Math.PI / 180;
    /**
     * How long a closed encounter can still be withdrawn by an anchorage learnt later: longer than the
     * stay that makes a ship stationary (12 h) plus a long meeting.
     */
    private static final long RECONSIDER_CLOSED_MILLIS = 48 * 3_600_000L;

    private final EncounterRule rule;
    private final Geography geography;
    private final String name;
    private final long minDurationMillis;
    private final long maxFixAgeMillis;
    private final long maxInterruptionMillis;
    private final double candidateSpeedKnots;
    private final LearntAnchorages anchorages;
    private int anchorageGeneration;
    /** Encounters closed within {@link #RECONSIDER_CLOSED_MILLIS}, which a newly learnt anchorage may withdraw. */
    private final ArrayDeque<Encounter> recentlyClosed = new ArrayDeque<>();

    private final VesselTable<Candidate> vessels;
    /**
     * In front of {@link #vessels}: the report of a vessel under way, most traffic, costs a bit test
     * (DetectionCpuCost encounter: 1,153 to 938 ns per event, means of runs 3-5, same session).
     */
    private final IntKeyFilter candidates = new IntKeyFilter();

    /** The first candidate filed in each cell; the others follow by {@link Candidate#nextInCell}. */
    private final IntKeyMap<Candidate> grid = new IntKeyMap<>();

    private final Map<Long, Pair> pairs = new HashMap<>();
    private long lastSweepMillis = Long.MIN_VALUE / 2;

    /** Builds a detector for one rule that excludes only the ports of the geography. */
    public EncounterDetector(EncounterRule rule, Geography geography) {
        // Never fed, so it learns nothing: only the geography's ports are excluded.
        this(rule, geography, new LearntAnchorages(LearntAnchorages.Settings.DEFAULTS));
    }

    /**
     * Builds a detector for one rule that excludes the geography's ports and the anchorages learnt by
     * {@code anchorages} (which the engine must feed before this detector).
     */
    public EncounterDetector(EncounterRule rule, Geography geography, LearntAnchorages anchorages) {
        this(rule, geography, anchorages, new VesselIndex());
    }

    /** As above, with the candidates in a slot of {@code index}, shared with the other detectors. */
    EncounterDetector(EncounterRule rule, Geography geography, LearntAnchorages anchorages, VesselIndex index) {
        this.vessels = new VesselTable<>(index);
        this.rule = rule;
        this.anchorages = anchorages;
        this.anchorageGeneration = anchorages.generation();
        this.geography = geography;
        this.name = "encounter/" + rule.name();
        this.minDurationMillis = rule.minDuration().toMillis();
        this.maxFixAgeMillis = rule.maxFixAgeDifference().toMillis();
        this.maxInterruptionMillis = rule.maxInterruption().toMillis();
        this.candidateSpeedKnots = 2 * rule.maxMedianSpeedKnots();
    }

    private static final class Candidate {
        final Mmsi mmsi;
        double latitude;
        double longitude;
        long millis;
        double speedKnots;
        int cell = NO_CELL;
        /** The next candidate filed in the same cell, in filing order; null for the last. */
        Candidate nextInCell;
        /** The previous candidate in the cell; for the first, the last (so appending needs no walk). */
        Candidate previousInCell;

        List<Pair> pairs = List.of();

        Candidate(Mmsi mmsi) {
            this.mmsi = mmsi;
        }
    }

    private static final class Pair {
        static final int BINS = 64;
        static final double BIN_KNOTS = 0.1;
        final long key;
        final Candidate first;
        final Candidate second;
        final long startMillis;
        final Position start;
        long lastCloseMillis;
        double closestMetres = Double.MAX_VALUE;
        /**
         * Counts of speed samples per bin of {@link #BIN_KNOTS}, from bin {@link #binLow} on, grown to the
         * bins seen: the speeds of one pair span a few bins, so this holds a handful of counts instead of
         * {@code BINS + 1} (DetectionCpuCost encounter: docs/performance.md).
         */
        int[] speedBins;

        int binLow;
        int samples;
        int samplesBelowLimit;
        Encounter opened;
        long lastEmittedMillis;

        Pair(long key, Candidate first, Candidate second, long startMillis, Position start) {
            this.key = key;
            this.first = first;
            this.second = second;
            this.startMillis = startMillis;
            this.start = start;
        }

        void addSpeed(double knots, double limit) {
            int bin = (int) Math.min(BINS, Math.max(0, knots / BIN_KNOTS));
            if (speedBins == null) {
                speedBins = new int[1];
                binLow = bin;
            } else if (bin < binLow) {
                int[] grown = new int[speedBins.length + binLow - bin];
                System.arraycopy(speedBins, 0, grown, binLow - bin, speedBins.length);
                speedBins = grown;
                binLow = bin;
            } else if (bin - binLow >= speedBins.length) {
                speedBins = java.util.Arrays.copyOf(speedBins, bin - binLow + 1);
            }
            speedBins[bin - binLow]++;
            samples++;
            if (knots < limit) {
                samplesBelowLimit++;
            }
        }

        double medianKnots() {
            int half = (samples + 1) / 2;
            if (speedBins == null) {
                // No sample: every bin is empty and the first one holds the median, as in a full array.
                return 0.5 * BIN_KNOTS;
            }
            // The bins below binLow are empty, so they cannot hold the median.
            int seen = 0;
            for (int i = 0; i < speedBins.length; i++) {
                seen += speedBins[i];
                if (seen >= half) {
                    return (binLow + i + 0.5) * BIN_KNOTS;
                }
            }
            return BINS * BIN_KNOTS;
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void accept(PictureEvent event, DetectionSink sink) {
        if (!(event instanceof PictureEvent.PositionReported reported)
                || reported.disposition() != PictureEvent.Disposition.CURRENT) {
            return;
        }
        PositionFix fix = reported.fix();
        double lat = fix.position().latitude();
        double lon = fix.position().longitude();
        long t = fix.time().toEpochMilli();
        double speed = fix.speedKnots().orElse(Double.NaN);
        Mmsi mmsi = reported.vessel().mmsi();
        if (anchorages.generation() != anchorageGeneration) {
            reconsiderNearAnchorages(fix.time(), sink);
        }
        boolean eligible = speed < candidateSpeedKnots
                && geography
                        .nearestPort(lat, lon, rule.minAnchorageDistanceMetres())
                        .isEmpty()
                && !anchorages.isNear(lat, lon, rule.minAnchorageDistanceMetres());
        // With no candidate at all (no slow vessel offshore), not even the filter's bit is read.
        if (!eligible && (vessels.size() == 0 || !candidates.mayContain(mmsi.value()))) {
            return;
        }
        Candidate v = vessels.get(mmsi.value());
        if (v == null) {
            if (!eligible) {
                return;
            }
            v = new Candidate(mmsi);
            vessels.put(mmsi.value(), v);
            candidates.mark(mmsi.value());
        }
        v.latitude = lat;
        v.longitude = lon;
        v.millis = t;
        v.speedKnots = speed;
        if (eligible) {
            file(v, cellOf(lat, lon));
            compareWithNeighbours(v, fix.time(), sink);
        } else {
            unfile(v);
        }
        endInterrupted(v.pairs, t, fix.time(), sink);
        if (!eligible && v.pairs.isEmpty()) {
            vessels.remove(mmsi.value());
        }
    }

    private void compareWithNeighbours(Candidate v, Instant time, DetectionSink sink) {
        int row = (int) Math.floor((v.latitude + 90) * CELLS_PER_DEGREE);
        int column = (int) Math.floor((v.longitude + 180) * CELLS_PER_DEGREE);
        double cellWidthMetres = METRES_PER_DEGREE / CELLS_PER_DEGREE * Math.cos(Math.toRadians(v.latitude));
        int columnsAround = (int) Math.min(50, Math.ceil(rule.maxDistanceMetres() / Math.max(1, cellWidthMetres)));
        int rowsAround = (int) Math.ceil(rule.maxDistanceMetres() / (METRES_PER_DEGREE / CELLS_PER_DEGREE));
        double latBand = rule.maxDistanceMetres() / METRES_PER_DEGREE;
        double lonBand =
                latBand / Math.max(0.01, Math.cos(Math.toRadians(Math.min(89, Math.abs(v.latitude) + latBand)))) * 1.01;
        for (int r = row - rowsAround; r <= row + rowsAround; r++) {
            for (int c = column - columnsAround; c <= column + columnsAround; c++) {
                Candidate first = grid.get(r * ROW_STRIDE + Math.floorMod(c, 360 * CELLS_PER_DEGREE));
                for (Candidate w = first; w != null; w = w.nextInCell) {
                    if (w == v
                            || Math.abs(v.millis - w.millis) > maxFixAgeMillis
                            || Math.abs(w.latitude - v.latitude) > latBand
                            || Math.min(Math.abs(w.longitude - v.longitude), 360 - Math.abs(w.longitude - v.longitude))
                                    > lonBand) {
                        // The box test spares the haversine for neighbours in the cells but out of range.
                        continue;
                    }
                    double d = SphericalEarth.distanceMetres(v.latitude, v.longitude, w.latitude, w.longitude);
                    if (d <= rule.maxDistanceMetres()) {
                        close(v, w, d, time, sink);
                    }
                }
            }
        }
    }

    private void close(Candidate v, Candidate w, double metres, Instant time, DetectionSink sink) {
        Candidate first = v.mmsi.value() < w.mmsi.value() ? v : w;
        Candidate second = first == v ? w : v;
        long key = ((long) first.mmsi.value() << 32) | second.mmsi.value();
        Pair pair = pairOf(v, key);
        if (pair == null) {
            // The earlier of the two reports starts the pair, so the start does not depend on which of
            // two nearly simultaneous reports arrived first.
            pair = new Pair(
                    key, first, second, Math.min(v.millis, w.millis), Position.of(first.latitude, first.longitude));
            pairs.put(key, pair);
            first.pairs = with(first.pairs, pair);
            second.pairs = with(second.pairs, pair);
        }
        // Both were known to be close only from the older of the two reports on.
        pair.lastCloseMillis = Math.max(pair.lastCloseMillis, Math.min(v.millis, w.millis));
        pair.closestMetres = Math.min(pair.closestMetres, metres);
        pair.addSpeed(Double.isNaN(v.speedKnots) ? 0 : v.speedKnots, rule.maxMedianSpeedKnots());
        boolean slowEnough = 2 * pair.samplesBelowLimit > pair.samples;
        if (pair.opened == null) {
            if (pair.lastCloseMillis - pair.startMillis >= minDurationMillis && slowEnough) {
                pair.opened = encounter(pair, Optional.empty());
                pair.lastEmittedMillis = pair.lastCloseMillis;
                sink.accept(new DetectionChange.Opened(pair.opened, time));
            }
        } else if (pair.lastCloseMillis - pair.lastEmittedMillis >= UPDATE_EVERY_MILLIS) {
            pair.opened = encounter(pair, Optional.empty());
            pair.lastEmittedMillis = pair.lastCloseMillis;
            sink.accept(new DetectionChange.Updated(pair.opened, time));
        }
    }

    /**
     * Returns the pair with this key among the candidate's own (a pair is in {@link #pairs} exactly when
     * it is in both its candidates' lists), or null: a scan of a list of a few, where a lookup in {@link
     * #pairs} boxed a {@code Long} per close report and missed the cache.
     */
    private static Pair pairOf(Candidate v, long key) {
        List<Pair> list = v.pairs;
        for (int i = 0, n = list.size(); i < n; i++) {
            Pair p = list.get(i);
            if (p.key == key) {
                return p;
            }
        }
        return null;
    }

    private static List<Pair> with(List<Pair> list, Pair pair) {
        List<Pair> copy = new ArrayList<>(list.size() + 1);
        copy.addAll(list);
        copy.add(pair);
        return copy;
    }

    private void endInterrupted(List<Pair> list, long now, Instant time, DetectionSink sink) {
        if (list.isEmpty()) {
            return;
        }
        // No copy needed: end() gives the candidates new lists (see with and without) and leaves this one as it is.
        for (int i = 0, n = list.size(); i < n; i++) {
            Pair pair = list.get(i);
            if (now - pair.lastCloseMillis > maxInterruptionMillis) {
                end(pair, time, sink);
            }
        }
    }

    private void end(Pair pair, Instant time, DetectionSink sink) {
        forget(pair);
        if (pair.opened != null) {
            Encounter closed = encounter(pair, Optional.of(Instant.ofEpochMilli(pair.lastCloseMillis)));
            recentlyClosed.addLast(closed);
            sink.accept(new DetectionChange.Closed(closed, time));
        }
    }

    private void forget(Pair pair) {
        pairs.remove(pair.key);
        pair.first.pairs = without(pair.first.pairs, pair);
        pair.second.pairs = without(pair.second.pairs, pair);
    }

    /**
     * An anchorage was learnt: withdraws the encounters, open or recently closed, that lie within the
     * rule's distance of it, and drops pairs there that had not yet become encounters. They met the
     * rule only because the place was not yet known to be an anchorage.
     */
    private void reconsiderNearAnchorages(Instant time, DetectionSink sink) {
        anchorageGeneration = anchorages.generation();
        double metres = rule.minAnchorageDistanceMetres();
        List<Pair> near = new ArrayList<>();
        for (Pair pair : pairs.values()) {
            if (anchorages.isNear(pair.start.latitude(), pair.start.longitude(), metres)) {
                near.add(pair);
            }
        }
        // HashMap order is not message order; withdraw in a fixed order so output is reproducible.
        near.sort((a, b) -> Long.compare(a.key, b.key));
        for (Pair pair : near) {
            forget(pair);
            if (pair.opened != null) {
                sink.accept(new DetectionChange.Withdrawn(pair.opened, time, withdrawalReason(pair.opened)));
            }
        }
        long oldest = time.toEpochMilli() - RECONSIDER_CLOSED_MILLIS;
        while (!recentlyClosed.isEmpty()
                && recentlyClosed.peekFirst().end().orElseThrow().toEpochMilli() < oldest) {
            recentlyClosed.pollFirst();
        }
        for (Iterator<Encounter> it = recentlyClosed.iterator(); it.hasNext(); ) {
            Encounter e = it.next();
            if (anchorages.isNear(e.position().latitude(), e.position().longitude(), metres)) {
                it.remove();
                sink.accept(new DetectionChange.Withdrawn(e, time, withdrawalReason(e)));
            }
        }
    }

    private String withdrawalReason(Encounter e) {
        Position anchorage = anchorages
                .nearest(e.position().latitude(), e.position().longitude(), rule.minAnchorageDistanceMetres())
                .orElseThrow();
        LearntAnchorages.Settings s = anchorages.settings();
        return String.format(
                Locale.ROOT,
                "the meeting lies %.1f km from an anchorage learnt since (%d or more ships stationary for %s within"
                        + " %.0f m of one another, at %.4f %.4f), under the %.0f km the %s rule requires",
                SphericalEarth.distanceMetres(e.position(), anchorage) / 1000,
                s.minVessels(),
                s.stationaryDuration(),
                s.clusterRadiusMetres(),
                anchorage.latitude(),
                anchorage.longitude(),
                rule.minAnchorageDistanceMetres() / 1000,
                rule.name());
    }

    private static List<Pair> without(List<Pair> list, Pair pair) {
        List<Pair> copy = new ArrayList<>(list);
        copy.remove(pair);
        return copy.isEmpty() ? List.of() : copy;
    }

    @Override
    public void advance(Instant watermark, DetectionSink sink) {
        long now = watermark.toEpochMilli();
        if (anchorages.generation() != anchorageGeneration) {
            reconsiderNearAnchorages(watermark, sink);
        }
        while (!recentlyClosed.isEmpty()
                && recentlyClosed.peekFirst().end().orElseThrow().toEpochMilli() < now - RECONSIDER_CLOSED_MILLIS) {
            recentlyClosed.pollFirst();
        }
        if (now - lastSweepMillis >= SWEEP_EVERY_MILLIS) {
            lastSweepMillis = now;
            forgetSilent(now);
        }
        List<Pair> due = new ArrayList<>();
        for (Iterator<Pair> it = pairs.values().iterator(); it.hasNext(); ) {
            Pair pair = it.next();
            if (now - pair.lastCloseMillis > maxInterruptionMillis) {
                due.add(pair);
            }
        }
        // HashMap order is not message order; end pairs in a fixed order so output is reproducible.
        due.sort((a, b) -> Long.compare(a.key, b.key));
        for (Pair pair : due) {
            end(pair, watermark, sink);
        }
    }

    /** Drops candidates silent for longer than an interruption and in no pair, so memory follows live traffic. */
    private void forgetSilent(long now) {
        List<Candidate> silent = new ArrayList<>();
        vessels.forEachValue(v -> {
            if (v.pairs.isEmpty() && now - v.millis > maxInterruptionMillis) {
                silent.add(v);
            }
        });
        for (Candidate v : silent) {
            unfile(v);
            vessels.remove(v.mmsi.value());
        }
        // Rebuilt from the candidates left, so that the filter does not fill up with ships long gone.
        candidates.clear();
        vessels.forEachValue(v -> candidates.mark(v.mmsi.value()));
    }

    private Encounter encounter(Pair pair, Optional<Instant> end) {
        Instant start = Instant.ofEpochMilli(pair.startMillis);
        return new Encounter(
                "encounter/" + rule.name() + ':' + pair.first.mmsi.value() + ':' + pair.second.mmsi.value() + ':'
                        + start.getEpochSecond(),
                rule.name(),
                pair.first.mmsi,
                pair.second.mmsi,
                start,
                end,
                pair.start,
                pair.medianKnots(),
                pair.closestMetres);
    }

    private static int cellOf(double latitude, double longitude) {
        int row = (int) Math.floor((latitude + 90) * CELLS_PER_DEGREE);
        int column = Math.floorMod((int) Math.floor((longitude + 180) * CELLS_PER_DEGREE), 360 * CELLS_PER_DEGREE);
        return row * ROW_STRIDE + column;
    }

    private void file(Candidate v, int cell) {
        if (v.cell == cell) {
            return;
        }
        unfile(v);
        // Appended, so a cell lists its candidates in filing order, as the list per cell did.
        Candidate first = grid.get(cell);
        if (first == null) {
            grid.put(cell, v);
            v.previousInCell = v;
        } else {
            Candidate last = first.previousInCell;
            last.nextInCell = v;
            v.previousInCell = last;
            first.previousInCell = v;
        }
        v.nextInCell = null;
        v.cell = cell;
    }

    private void unfile(Candidate v) {
        if (v.cell == NO_CELL) {
            return;
        }
        Candidate first = grid.get(v.cell);
        Candidate next = v.nextInCell;
        if (v == first) {
            if (next == null) {
                grid.remove(v.cell);
            } else {
                next.previousInCell = v.previousInCell;
                grid.put(v.cell, next);
            }
        } else {
            v.previousInCell.nextInCell = next;
            if (next == null) {
                first.previousInCell = v.previousInCell;
            } else {
                next.previousInCell = v.previousInCell;
            }
        }
        v.nextInCell = null;
        v.previousInCell = null;
        v.cell = NO_CELL;
    }
}
