package io.jisr.detect;

import io.jisr.ais.message.Position;
import io.jisr.picture.PictureEvent;
import io.jisr.picture.PositionFix;
import io.jisr.picture.SphericalEarth;
import io.jisr.picture.VesselKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Anchorages learnt from where ships actually stop, after Global Fishing Watch's method: a ship is
 * <em>stationary</em> once it has stayed within {@link Settings#stationaryRadiusMetres} of one point
 * for {@link Settings#stationaryDuration}; a place where at least {@link Settings#minVessels} distinct
 * ships have been stationary within {@link Settings#clusterRadiusMetres} of one another is an
 * anchorage, and every such ship's position becomes one of its points.
 *
 * <p>It raises no detections itself: it is a {@link Detector} so that the engine feeds it every event
 * in order, before the detectors that ask it (the encounter rules exclude meetings near an anchorage).
 * {@link #generation()} changes whenever a point is added, so that they can look again at what they
 * raised before the place was known. Only ships (Class A and B) count: a cluster of buoys or base
 * stations is not an anchorage.
 */
public final class LearntAnchorages implements Detector {
    /*
     * Implementation note: per ship, the point and time where its current stay began; each report
     * within the stationary radius of that point extends the stay, any other starts a new one. A stay
     * that reaches the duration is counted once, at its starting point. Counted stays and anchorage
     * points sit in grids of 0.1-degree cells (lists of points), so the questions "which stays lie
     * within 2 km" and "is there an anchorage point within 10 km" scan a few cells. Points are kept
     * for the life of the node (places do not move); MAX_POINTS bounds the memory against a hostile
     * feed, and points() / the constructor let the application persist and restore them.
     */
    private static final int CELLS_PER_DEGREE = 10;
    private static final int ROW_STRIDE = 360 * CELLS_PER_DEGREE + 1;
    private static final double METRES_PER_DEGREE = SphericalEarth.RADIUS_METRES * Math.PI / 180;
    /**
     * An hour without a report under {@link #UNDER_WAY_KNOTS} ends a stay: the ship may have gone and
     * come back (a ship at anchor reports every 3 minutes, ITU-R M.1371-5 Table 1).
     */
    private static final long MAX_SILENCE_MILLIS = 3_600_000L;
    /** A report at this speed or more is a ship under way, not at anchor swinging or drifting. */
    private static final double UNDER_WAY_KNOTS = 3;

    private static final long SWEEP_EVERY_MILLIS = 3_600_000L;
    /** Stays and points kept at most; beyond it new ones are ignored (and counted). */
    static final int MAX_POINTS = 200_000;

    private final Settings settings;
    private final long stationaryMillis;
    private final VesselTable<Stay> stays;
    private final IntKeyMap<ArrayList<Stationary>> stationary = new IntKeyMap<>();
    private final IntKeyMap<ArrayList<Position>> points = new IntKeyMap<>();
    private final List<Position> pointList = new ArrayList<>();
    private int stationaryCount;
    private long lastSweepMillis = Long.MIN_VALUE / 2;
    private int generation;
    private long ignored;

    /**
     * Thresholds of the learning.
     *
     * @param stationaryRadiusMetres how far a ship may move and still be stationary (GFW: 0.5 km)
     * @param stationaryDuration for how long (GFW: 12 hours)
     * @param minVessels how many distinct ships must have been stationary at one place (ours: 3; GFW
     *     asks 20 per 0.5 km cell over six years of global data, which a node never has)
     * @param clusterRadiusMetres how close their stays must lie to be one place (ours: 2 km)
     */
    public record Settings(
            double stationaryRadiusMetres, Duration stationaryDuration, int minVessels, double clusterRadiusMetres) {

        /** The defaults described above. */
        public static final Settings DEFAULTS = new Settings(500, Duration.ofHours(12), 3, 2_000);

        /** Checks the values. */
        public Settings {
            if (!(stationaryRadiusMetres > 0 && stationaryRadiusMetres <= 5_000)) {
                throw new IllegalArgumentException(
                        "stationary radius must be within (0, 5000] m, was " + stationaryRadiusMetres);
            }
            if (stationaryDuration.isNegative() || stationaryDuration.isZero()) {
                throw new IllegalArgumentException("stationary duration must be positive, was " + stationaryDuration);
            }
            if (minVessels < 2 || minVessels > 1_000) {
                throw new IllegalArgumentException("anchorage vessels must be 2..1000, was " + minVessels);
            }
            if (!(clusterRadiusMetres > 0 && clusterRadiusMetres <= 10_000)) {
                throw new IllegalArgumentException(
                        "anchorage cluster radius must be within (0, 10000] m, was " + clusterRadiusMetres);
            }
        }
    }

    private static final class Stay {
        final int mmsi;
        double latitude;
        double longitude;
        long sinceMillis;
        long lastMillis;
        boolean counted;

        Stay(int mmsi) {
            this.mmsi = mmsi;
        }
    }

    private record Stationary(int mmsi, Position position, boolean[] anchorage) {}

    /** Builds an empty learner. */
    public LearntAnchorages(Settings settings) {
        this(settings, List.of());
    }

    /** Builds a learner that starts from anchorage points learnt before (for example, persisted by the node). */
    public LearntAnchorages(Settings settings, List<Position> known) {
        this(settings, known, new VesselIndex());
    }

    /** Builds an empty learner with its ships' stays in a slot of {@code vessels}, shared with the detectors. */
    LearntAnchorages(Settings settings, VesselIndex vessels) {
        this(settings, List.of(), vessels);
    }

    private LearntAnchorages(Settings settings, List<Position> known, VesselIndex vessels) {
        this.stays = new VesselTable<>(vessels);
        this.settings = settings;
        this.stationaryMillis = settings.stationaryDuration().toMillis();
        for (Position p : known) {
            addPoint(p);
        }
        generation = 0;
    }

    @Override
    public String name() {
        return "anchorages";
    }

    @Override
    public void accept(PictureEvent event, DetectionSink sink) {
        if (!(event instanceof PictureEvent.PositionReported reported)
                || reported.disposition() != PictureEvent.Disposition.CURRENT) {
            return;
        }
        VesselKind kind = reported.vessel().kind();
        if (kind != VesselKind.CLASS_A && kind != VesselKind.CLASS_B) {
            return;
        }
        PositionFix fix = reported.fix();
        if (fix.speedKnots().orElse(0) >= UNDER_WAY_KNOTS) {
            // Under way: no stay goes on. Skipping the lookup cut this learner's cost from 371 to 112 ns
            // per event (DetectionCpuCost anchorages, same session); the stay still ends, since the next
            // slow report comes after more than MAX_SILENCE_MILLIS without one, or away from its point.
            return;
        }
        double lat = fix.position().latitude();
        double lon = fix.position().longitude();
        long t = fix.time().toEpochMilli();
        int mmsi = reported.vessel().mmsi().value();
        Stay stay = stays.get(mmsi);
        if (stay == null) {
            stay = new Stay(mmsi);
            stays.put(mmsi, stay);
            begin(stay, lat, lon, t);
            return;
        }
        if (t < stay.lastMillis) {
            return;
        }
        if (t - stay.lastMillis > MAX_SILENCE_MILLIS
                || !withinMetres(stay.latitude, stay.longitude, lat, lon, settings.stationaryRadiusMetres())) {
            // A ship not heard slow for an hour may have left and come back: its stay is not known to go on.
            begin(stay, lat, lon, t);
            return;
        }
        stay.lastMillis = t;
        if (!stay.counted && t - stay.sinceMillis >= stationaryMillis) {
            stay.counted = true;
            count(mmsi, Position.of(stay.latitude, stay.longitude));
        }
    }

    private static void begin(Stay stay, double lat, double lon, long t) {
        stay.latitude = lat;
        stay.longitude = lon;
        stay.sinceMillis = t;
        stay.lastMillis = t;
        stay.counted = false;
    }

    /** A cheap flat-earth test, exact enough at a few kilometres, with the haversine only near the limit. */
    private static boolean withinMetres(double lat1, double lon1, double lat2, double lon2, double metres) {
        double dy = (lat2 - lat1) * METRES_PER_DEGREE;
        double dx = (lon2 - lon1) * METRES_PER_DEGREE * Math.cos(Math.toRadians(lat1));
        double flat = dx * dx + dy * dy;
        if (flat > 1.21 * metres * metres) {
            return false;
        }
        if (flat < 0.81 * metres * metres) {
            return true;
        }
        return SphericalEarth.distanceMetres(lat1, lon1, lat2, lon2) <= metres;
    }

    private void count(int mmsi, Position p) {
        if (stationaryCount >= MAX_POINTS) {
            ignored++;
            return;
        }
        stationaryCount++;
        Stationary added = new Stationary(mmsi, p, new boolean[1]);
        stationary
                .computeIfAbsent(cellOf(p.latitude(), p.longitude()), k -> new ArrayList<>(4))
                .add(added);
        List<Stationary> near = new ArrayList<>();
        forEachIn(stationary, p.latitude(), p.longitude(), settings.clusterRadiusMetres(), (Stationary s) -> {
            Position q = s.position();
            if (withinMetres(
                    p.latitude(), p.longitude(), q.latitude(), q.longitude(), settings.clusterRadiusMetres())) {
                near.add(s);
            }
        });
        long distinct = near.stream().mapToInt(Stationary::mmsi).distinct().count();
        if (distinct >= settings.minVessels()) {
            for (Stationary s : near) {
                if (!s.anchorage()[0]) {
                    s.anchorage()[0] = true;
                    addPoint(s.position());
                }
            }
        }
    }

    private void addPoint(Position p) {
        if (pointList.size() >= MAX_POINTS) {
            ignored++;
            return;
        }
        points.computeIfAbsent(cellOf(p.latitude(), p.longitude()), k -> new ArrayList<>(4))
                .add(p);
        pointList.add(p);
        generation++;
    }

    private interface Visitor<T> {
        void visit(T item);
    }

    private static <T> void forEachIn(
            IntKeyMap<ArrayList<T>> grid, double lat, double lon, double metres, Visitor<T> visitor) {
        double cellMetres = METRES_PER_DEGREE / CELLS_PER_DEGREE;
        int rowsAround = (int) Math.ceil(metres / cellMetres);
        double cos = Math.max(0.01, Math.cos(Math.toRadians(Math.min(89, Math.abs(lat) + metres / METRES_PER_DEGREE))));
        int columnsAround = (int) Math.min(CELLS_PER_DEGREE * 180L, (long) Math.ceil(metres / (cellMetres * cos)));
        int row = (int) Math.floor((lat + 90) * CELLS_PER_DEGREE);
        int column = (int) Math.floor((lon + 180) * CELLS_PER_DEGREE);
        for (int r = row - rowsAround; r <= row + rowsAround; r++) {
            if (r < 0 || r > 180 * CELLS_PER_DEGREE) {
                continue;
            }
            for (int c = column - columnsAround; c <= column + columnsAround; c++) {
                ArrayList<T> cell = grid.get(r * ROW_STRIDE + Math.floorMod(c, 360 * CELLS_PER_DEGREE));
                if (cell != null) {
                    for (int i = 0, n = cell.size(); i < n; i++) {
                        visitor.visit(cell.get(i));
                    }
                }
            }
        }
    }

    private static int cellOf(double latitude, double longitude) {
        int row = (int) Math.clamp((long) Math.floor((latitude + 90) * CELLS_PER_DEGREE), 0, 180L * CELLS_PER_DEGREE);
        int column = Math.floorMod((int) Math.floor((longitude + 180) * CELLS_PER_DEGREE), 360 * CELLS_PER_DEGREE);
        return row * ROW_STRIDE + column;
    }

    /** Returns the nearest anchorage point within {@code metres} of the point, if any, and its distance. */
    public Optional<Position> nearest(double latitude, double longitude, double metres) {
        if (pointList.isEmpty()) {
            return Optional.empty();
        }
        Position[] best = {null};
        double[] bestMetres = {metres};
        forEachIn(points, latitude, longitude, metres, (Position q) -> {
            double d = SphericalEarth.distanceMetres(latitude, longitude, q.latitude(), q.longitude());
            if (d <= bestMetres[0]) {
                bestMetres[0] = d;
                best[0] = q;
            }
        });
        return Optional.ofNullable(best[0]);
    }

    /** Returns whether an anchorage point lies within {@code metres} of the point. */
    public boolean isNear(double latitude, double longitude, double metres) {
        return !pointList.isEmpty() && nearest(latitude, longitude, metres).isPresent();
    }

    /** Returns the anchorage points learnt so far (and those it started from), in the order learnt. */
    public List<Position> points() {
        return List.copyOf(pointList);
    }

    /** Returns a number that changes whenever an anchorage point is added. */
    public int generation() {
        return generation;
    }

    /** Returns how many stays or points were not kept because the bound was reached. */
    public long ignored() {
        return ignored;
    }

    /** Returns the settings. */
    public Settings settings() {
        return settings;
    }

    @Override
    public void advance(Instant watermark, DetectionSink sink) {
        // Nothing is decided on time (a stay counts on the report that completes it); time only
        // forgets ships whose stay cannot go on, so memory follows the live traffic.
        long now = watermark.toEpochMilli();
        if (now - lastSweepMillis < SWEEP_EVERY_MILLIS) {
            return;
        }
        lastSweepMillis = now;
        List<Integer> gone = new ArrayList<>();
        stays.forEachValue(stay -> {
            if (now - stay.lastMillis > MAX_SILENCE_MILLIS) {
                gone.add(stay.mmsi);
            }
        });
        for (int mmsi : gone) {
            stays.remove(mmsi);
        }
    }
}
