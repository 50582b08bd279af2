package io.jisr.detect;

import io.jisr.picture.HeardBy;
import io.jisr.picture.SphericalEarth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each receiver hears ships, learnt from the reports it passed on: the convex hull of the positions
 * it heard in the tenth-of-a-degree cells where it had reception in at least the minimum number of hours
 * of the look-back window. A point inside the hull of one terrestrial receiver lies in that receiver's range, even where no
 * ship happened to sail nearby ({@link ReceptionCoverage}'s limit: quiet water inside range, and the last
 * miles before the edge of range).
 */
public final class ReceiverFootprints {
    /*
     * Implementation note: a terrestrial VHF receiver hears roughly a disc (its radio horizon), and a disc
     * is convex, so the hull of the places a receiver heard lies inside its range, however the heard places
     * are scattered. This holds for any subset of the disc, so a receiver credited with only part of what it
     * heard (a copy that arrived after the 30 s credit window, say) still has a hull inside its range.
     *
     * The hull is only trusted for a footprint small enough to be one terrestrial receiver. A feed without
     * tag blocks is named after the feed, and an aggregator or a satellite feed then looks like one receiver
     * that hears a whole sea: its hull would cover the unheard water between stations. So a footprint wider
     * than the maximum diameter (by default twice the radio horizon of a 500 m high site) is ignored, and one
     * that grows beyond MAX_CELLS cells is dropped for good (no terrestrial range is that large: a 60 NM
     * radius is about 400 cells), which also bounds the memory a world-wide feed can take.
     *
     * Hulls are rebuilt at most once per hour of message time per receiver, and only when a gap is being
     * judged, which happens far less often than reports arrive.
     */
    /** More cells than any terrestrial receiver's range holds; a footprint this large is not one receiver. */
    static final int MAX_CELLS = 5_000;
    /** Receivers remembered at most; later ones are not learnt (the coverage map still is). */
    static final int MAX_RECEIVERS = 4_096;
    /**
     * How recently a declared receiver must have passed a report on for its range to count: one that
     * fell silent may be down, and its water then is not heard.
     */
    static final long ALIVE_WITHIN_MILLIS = 3_600_000L;
    /**
     * How close to a report a receiver must have heard the vessel to be credited with it. A report is
     * applied once, with the receiver whose copy came first; the others' copies only refresh {@link
     * HeardBy}, so the report after them credits them (a moving class A reports every 2 to 10 s: 30 s is
     * a few hundred metres at most at 20 knots).
     */
    static final long CREDIT_WINDOW_MILLIS = 30_000;

    private static final int COLUMNS = 360 * ReceptionCoverage.CELLS_PER_DEGREE;

    private final Map<String, Footprint> footprints = new HashMap<>();
    private final int windowHours;
    private final int minimumHours;
    private final double maximumDiameterMetres;
    private final List<DeclaredReceiver> declared;
    private String lastReceiver;
    private Footprint lastFootprint;

    /**
     * Builds empty footprints.
     *
     * @param windowHours how many hours of reception a cell is judged on, 1 to 63
     * @param minimumHours in how many of them the receiver must have heard a position there
     * @param maximumDiameterNauticalMiles the widest footprint still taken for one terrestrial receiver
     */
    public ReceiverFootprints(int windowHours, int minimumHours, double maximumDiameterNauticalMiles) {
        this(windowHours, minimumHours, maximumDiameterNauticalMiles, List.of());
    }

    /**
     * Builds empty footprints that also trust the ranges of declared receivers.
     *
     * @param declared receivers whose range counts as covered while they pass reports on
     */
    public ReceiverFootprints(
            int windowHours, int minimumHours, double maximumDiameterNauticalMiles, List<DeclaredReceiver> declared) {
        if (windowHours < 1 || windowHours > 63 || minimumHours < 1 || minimumHours > windowHours) {
            throw new IllegalArgumentException("footprint window must be 1..63 hours and its minimum 1..window, was "
                    + windowHours + " and " + minimumHours);
        }
        if (!(maximumDiameterNauticalMiles > 0)) {
            throw new IllegalArgumentException(
                    "footprint maximum diameter must be positive, was " + maximumDiameterNauticalMiles);
        }
        this.windowHours = windowHours;
        this.minimumHours = minimumHours;
        this.maximumDiameterMetres = maximumDiameterNauticalMiles * SphericalEarth.METRES_PER_NAUTICAL_MILE;
        this.declared = List.copyOf(declared);
    }

    /**
     * Records that the receivers of {@code heardBy} that heard the vessel within {@value
     * #CREDIT_WINDOW_MILLIS} ms of {@code epochMillis} heard it at this point.
     */
    public void record(int mmsi, HeardBy heardBy, double latitude, double longitude, long epochMillis) {
        if (Double.isNaN(latitude) || Double.isNaN(longitude)) {
            return;
        }
        for (int i = 0; i < heardBy.size(); i++) {
            if (Math.abs(epochMillis - heardBy.lastHeardMillis(i)) <= CREDIT_WINDOW_MILLIS) {
                Footprint footprint = footprintOf(heardBy.receiver(i));
                if (footprint != null) {
                    footprint.lastHeardMillis = Math.max(footprint.lastHeardMillis, epochMillis);
                    footprint.record(mmsi, latitude, longitude, epochMillis);
                }
            }
        }
    }

    private Footprint footprintOf(String receiver) {
        if (receiver.equals(lastReceiver)) {
            return lastFootprint;
        }
        Footprint footprint = footprints.get(receiver);
        if (footprint == null) {
            if (footprints.size() >= MAX_RECEIVERS) {
                return null;
            }
            footprint = new Footprint();
            footprints.put(receiver, footprint);
        }
        lastReceiver = receiver;
        lastFootprint = footprint;
        return footprint;
    }

    /**
     * Returns whether the point lies inside the footprint of a terrestrial receiver, as learnt from the
     * window of hours before {@code epochMillis}.
     */
    public boolean isInside(double latitude, double longitude, long epochMillis) {
        if (withinDeclaredRange(latitude, longitude, epochMillis)) {
            return true;
        }
        int hour = HourBits.hourOf(epochMillis);
        for (Footprint footprint : footprints.values()) {
            if (footprint.contains(latitude, longitude, hour)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns whether the point lies within the range of a declared receiver that passed a report on in
     * the hour before {@code epochMillis} (or later).
     */
    public boolean withinDeclaredRange(double latitude, double longitude, long epochMillis) {
        for (DeclaredReceiver receiver : declared) {
            Footprint footprint = footprints.get(receiver.id());
            if (footprint != null
                    && footprint.lastHeardMillis >= epochMillis - ALIVE_WITHIN_MILLIS
                    && SphericalEarth.distanceMetres(latitude, longitude, receiver.latitude(), receiver.longitude())
                            <= receiver.rangeNauticalMiles() * SphericalEarth.METRES_PER_NAUTICAL_MILE) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the receivers whose terrestrial footprint holds the point, as learnt from the window before
     * {@code epochMillis}: what {@link #isInside} decides from, for explaining a decision.
     */
    public List<String> receiversContaining(double latitude, double longitude, long epochMillis) {
        int hour = HourBits.hourOf(epochMillis);
        List<String> names = new ArrayList<>();
        footprints.forEach((name, footprint) -> {
            if (footprint.contains(latitude, longitude, hour)) {
                names.add(name);
            }
        });
        names.sort(null);
        return names;
    }

    /**
     * Returns the hull of a receiver's footprint as {@code [latitude, longitude]} vertices, counter-clockwise,
     * or an empty list when it has none or it is too wide to be one terrestrial receiver.
     */
    public List<double[]> hull(String receiver, long epochMillis) {
        Footprint footprint = footprints.get(receiver);
        if (footprint == null) {
            return List.of();
        }
        footprint.rebuild(HourBits.hourOf(epochMillis));
        List<double[]> vertices = new ArrayList<>();
        for (int i = 0; footprint.terrestrial && i < footprint.hullLatitudes.length; i++) {
            vertices.add(new double[] {footprint.hullLatitudes[i], footprint.hullLongitudes[i]});
        }
        return vertices;
    }

    /** One receiver's heard cells, by key row * columns + column. */
    private final class Footprint {
        final IntKeyMap<Cell> cells = new IntKeyMap<>();
        boolean dropped;
        long lastHeardMillis = Long.MIN_VALUE;
        int builtForHour = Integer.MIN_VALUE;
        boolean terrestrial;
        double[] hullLatitudes = new double[0];
        double[] hullLongitudes = new double[0];

        void record(int mmsi, double latitude, double longitude, long epochMillis) {
            if (dropped) {
                return;
            }
            int key = ReceptionCoverage.rowOf(latitude) * COLUMNS + ReceptionCoverage.columnOf(longitude);
            Cell cell = cells.get(key);
            if (cell == null) {
                if (cells.size() >= MAX_CELLS) {
                    dropped = true;
                    cells.forEachValue(c -> c.bits = 0);
                    return;
                }
                cell = new Cell();
                cells.put(key, cell);
            }
            cell.record(HourBits.hourOf(epochMillis), mmsi, (float) latitude, (float) longitude, windowHours);
        }

        boolean contains(double latitude, double longitude, int hour) {
            rebuild(hour);
            return terrestrial && ConvexHull.contains(hullLatitudes, hullLongitudes, latitude, longitude);
        }

        void rebuild(int hour) {
            if (builtForHour == hour) {
                return;
            }
            builtForHour = hour;
            terrestrial = false;
            if (dropped) {
                return;
            }
            List<double[]> heard = new ArrayList<>();
            cells.forEachValue(cell -> {
                if (cell.severalVessels
                        && HourBits.hoursWithin(cell.bits, cell.latestHour, hour, windowHours) >= minimumHours) {
                    cell.addExtremesTo(heard);
                }
            });
            double[][] hull = ConvexHull.of(heard);
            hullLatitudes = hull[0];
            hullLongitudes = hull[1];
            terrestrial = hullLatitudes.length >= 3 && diameterMetres() <= maximumDiameterMetres;
        }

        private double diameterMetres() {
            double widest = 0;
            for (int i = 0; i < hullLatitudes.length; i++) {
                for (int j = i + 1; j < hullLatitudes.length; j++) {
                    widest = Math.max(
                            widest,
                            SphericalEarth.distanceMetres(
                                    hullLatitudes[i], hullLongitudes[i], hullLatitudes[j], hullLongitudes[j]));
                }
            }
            return widest;
        }
    }

    /**
     * One cell of a footprint: its reception history and, of the positions heard in it, the outermost in
     * eight directions (north, south, east, west and the diagonals, in plate carree). The hull of these is
     * the hull of real heard positions, never of cell corners or centres, which lie up to half a cell
     * beyond what was heard.
     */
    private static final class Cell {
        /** Four axes in plate carree: latitude, longitude, their sum and their difference. */
        private static final int AXES = 4;

        long bits;
        int latestHour;
        /** The first vessel heard in the cell since it started afresh. */
        int firstMmsi;
        /**
         * Whether a second vessel was heard there: a cell only one MMSI reached may hold a spoofed position
         * or the twin of a ship using the same MMSI elsewhere, and one such point spoils a hull.
         */
        boolean severalVessels;
        /** Latitude and longitude of the position with the highest, then the lowest, value on each axis. */
        final float[] extremes = new float[4 * AXES];

        void record(int hour, int mmsi, float latitude, float longitude, int windowHours) {
            // A cell unheard for a whole window starts afresh, so its extremes are those of the window.
            boolean fresh = bits == 0 || hour - latestHour >= windowHours;
            if (fresh) {
                firstMmsi = mmsi;
                severalVessels = false;
            } else if (mmsi != firstMmsi) {
                severalVessels = true;
            }
            long before = fresh ? 0 : bits;
            bits = HourBits.recorded(before, latestHour, hour);
            latestHour = HourBits.latestAfter(before, latestHour, hour);
            for (int axis = 0; axis < AXES; axis++) {
                float value = onAxis(axis, latitude, longitude);
                int high = 4 * axis;
                int low = high + 2;
                if (fresh || value > onAxis(axis, extremes[high], extremes[high + 1])) {
                    extremes[high] = latitude;
                    extremes[high + 1] = longitude;
                }
                if (fresh || value < onAxis(axis, extremes[low], extremes[low + 1])) {
                    extremes[low] = latitude;
                    extremes[low + 1] = longitude;
                }
            }
        }

        /** A position's value on an axis: latitude, longitude, their sum, their difference. */
        private static float onAxis(int axis, float latitude, float longitude) {
            return switch (axis) {
                case 0 -> latitude;
                case 1 -> longitude;
                case 2 -> latitude + longitude;
                default -> latitude - longitude;
            };
        }

        void addExtremesTo(List<double[]> points) {
            for (int i = 0; i < extremes.length; i += 2) {
                points.add(new double[] {extremes[i], extremes[i + 1]});
            }
        }
    }
}
