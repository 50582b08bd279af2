package io.jisr.incident.query;

import io.jisr.incident.ActorIndex;
import io.jisr.incident.CountryCode;
import io.jisr.incident.EventDate;
import io.jisr.incident.EventType;
import io.jisr.incident.Incident;
import io.jisr.incident.IncidentReport;
import io.jisr.incident.TimePrecision;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable snapshot of incidents for the map and the timeline: filter, count per week by type,
 * cluster for a zoom level. Build a new one when the published reports change (building 50,000 takes
 * tens of milliseconds); queries are thread-safe and do not block each other.
 */
public final class IncidentIndex {
    /** Default cluster cell, in screen pixels: a marker's size, so clustered markers do not overlap. */
    public static final int DEFAULT_CELL_PIXELS = 64;

    /** Highest zoom level clustered (as web maps count them: 0 is the world in one 256-pixel tile). */
    public static final int MAX_ZOOM = 22;

    private static final EventType[] TYPES = EventType.values();

    /*
     * Implementation note: the reports are held as parallel primitive arrays (structure of arrays), in
     * input order, and a query compiles its filter to integer tests (a type bit mask, epoch days,
     * grading ordinals, country and actor numbers). A query is one pass over the arrays; clustering adds
     * an open-addressing table keyed by grid cell. Output order follows input order and cell keys only,
     * so the same snapshot and filter give the same answer every time.
     */
    private final Incident[] incidents;
    private final int[] firstDay;
    private final int[] lastDay;
    private final byte[] type;
    private final byte[] reliability;
    private final byte[] credibility;
    private final short[] country;
    private final short[] sourceNation;
    private final int[][] actors;
    private final double[] latitude;
    private final double[] longitude;
    private final double[] mercatorX;
    private final double[] mercatorY;
    /** Killed when known, else 0: the clusters' "known fatalities" sum. */
    private final int[] knownKilled;
    /** Epoch day of the Monday of the report's week, or {@link Integer#MIN_VALUE} when dated only to a month. */
    private final int[] weekMonday;

    private final Map<CountryCode, Short> countryNumbers;
    private final Map<String, Integer> actorNumbers;

    private IncidentIndex(List<Incident> list) {
        int n = list.size();
        incidents = list.toArray(Incident[]::new);
        firstDay = new int[n];
        lastDay = new int[n];
        type = new byte[n];
        reliability = new byte[n];
        credibility = new byte[n];
        country = new short[n];
        sourceNation = new short[n];
        actors = new int[n][];
        latitude = new double[n];
        longitude = new double[n];
        mercatorX = new double[n];
        mercatorY = new double[n];
        knownKilled = new int[n];
        weekMonday = new int[n];
        Map<CountryCode, Short> countries = new HashMap<>();
        Map<String, Integer> actorIds = new HashMap<>();
        // Normalising the 96,000 names of 50,000 reports took 17–30 ms of a 40 ms build; reports repeat a
        // few hundred spellings, so each spelling is normalised once (build then 26 ms, IncidentQueryCost).
        Map<String, Integer> idBySpelling = new HashMap<>();
        for (int i = 0; i < n; i++) {
            IncidentReport r = incidents[i].report();
            EventDate date = r.date();
            firstDay[i] = (int) date.first().toEpochDay();
            lastDay[i] = (int) date.last().toEpochDay();
            weekMonday[i] = date.precision() == TimePrecision.MONTH ? Integer.MIN_VALUE : monday(firstDay[i]);
            type[i] = (byte) r.type().ordinal();
            reliability[i] = (byte) r.grading().reliability().ordinal();
            credibility[i] = (byte) r.grading().credibility().ordinal();
            country[i] = number(countries, r.location().country());
            sourceNation[i] = number(countries, r.sourceNation());
            int[] ids = new int[r.actors().size()];
            for (int a = 0; a < ids.length; a++) {
                ids[a] = idBySpelling.computeIfAbsent(
                        r.actors().get(a),
                        spelling -> actorIds.computeIfAbsent(ActorIndex.normalise(spelling), k -> actorIds.size()));
            }
            actors[i] = ids;
            latitude[i] = r.location().latitude();
            longitude[i] = r.location().longitude();
            mercatorX[i] = mercatorX(longitude[i]);
            mercatorY[i] = mercatorY(latitude[i]);
            knownKilled[i] = r.casualties().killed().orElse(0);
        }
        countryNumbers = Map.copyOf(countries);
        actorNumbers = Map.copyOf(actorIds);
    }

    /** Builds a snapshot of these incidents (usually the published version of each report). */
    public static IncidentIndex of(List<Incident> incidents) {
        return new IncidentIndex(incidents);
    }

    /** Returns how many incidents the snapshot holds. */
    public int size() {
        return incidents.length;
    }

    /** Returns how many incidents the filter matches. */
    public int count(IncidentFilter filter) {
        return matching(filter).length;
    }

    /** Returns up to {@code limit} matching incidents, latest period first (ties: snapshot order). */
    public List<Incident> find(IncidentFilter filter, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, was " + limit);
        }
        int[] match = matching(filter);
        Integer[] order = new Integer[match.length];
        for (int i = 0; i < match.length; i++) {
            order[i] = match[i];
        }
        Arrays.sort(
                order,
                (a, b) -> lastDay[a] != lastDay[b] ? Integer.compare(lastDay[b], lastDay[a]) : Integer.compare(a, b));
        List<Incident> out = new ArrayList<>(Math.min(limit, order.length));
        for (int i = 0; i < order.length && i < limit; i++) {
            out.add(incidents[order[i]]);
        }
        return out;
    }

    /**
     * Returns the incidents that may report the same event as this one, for the analyst to link as
     * {@code SAME_EVENT}: same event type, periods that overlap ({@code EventDate.mayBeSameTimeAs}) and
     * places within {@code radiusKm} (great-circle distance on a sphere of 6,371 km), nearest first,
     * the incident itself (same id) left out. A candidate, not a decision: two clashes in one town on
     * one day may be two events.
     */
    public List<Incident> possibleDuplicates(Incident incident, double radiusKm) {
        if (!(radiusKm >= 0 && radiusKm <= 1_000)) {
            throw new IllegalArgumentException("duplicate search radius must be 0 to 1,000 km, was " + radiusKm);
        }
        IncidentReport r = incident.report();
        int first = (int) r.date().first().toEpochDay();
        int last = (int) r.date().last().toEpochDay();
        int wantedType = r.type().ordinal();
        double lat = r.location().latitude();
        double lon = r.location().longitude();
        record Candidate(int index, double km) {}
        List<Candidate> found = new ArrayList<>();
        for (int i = 0; i < incidents.length; i++) {
            if (type[i] != wantedType || firstDay[i] > last || lastDay[i] < first) {
                continue;
            }
            double km = distanceKm(lat, lon, latitude[i], longitude[i]);
            if (km <= radiusKm && !incidents[i].id().equals(incident.id())) {
                found.add(new Candidate(i, km));
            }
        }
        found.sort(java.util.Comparator.comparingDouble(Candidate::km).thenComparingInt(Candidate::index));
        return found.stream().map(c -> incidents[c.index()]).toList();
    }

    /** Great-circle distance in kilometres (haversine, mean Earth radius 6,371 km). */
    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1))
                        * Math.cos(Math.toRadians(lat2))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** Returns the weekly counts by type of the matching incidents (and the month-only ones apart). */
    public Timeline timeline(IncidentFilter filter) {
        int[] match = matching(filter);
        int minWeek = Integer.MAX_VALUE;
        int maxWeek = Integer.MIN_VALUE;
        Map<YearMonth, int[]> months = new java.util.TreeMap<>();
        for (int i : match) {
            int w = weekMonday[i];
            if (w == Integer.MIN_VALUE) {
                months.computeIfAbsent(YearMonth.from(LocalDate.ofEpochDay(firstDay[i])), m -> new int[TYPES.length])[
                        type[i]]++;
            } else {
                minWeek = Math.min(minWeek, w);
                maxWeek = Math.max(maxWeek, w);
            }
        }
        List<Timeline.Week> weeks = new ArrayList<>();
        if (minWeek != Integer.MAX_VALUE) {
            int span = (maxWeek - minWeek) / 7 + 1;
            int[][] counts = new int[span][TYPES.length];
            for (int i : match) {
                if (weekMonday[i] != Integer.MIN_VALUE) {
                    counts[(weekMonday[i] - minWeek) / 7][type[i]]++;
                }
            }
            for (int w = 0; w < span; w++) {
                LocalDate monday = LocalDate.ofEpochDay(minWeek + 7L * w);
                String name = String.format(
                        "%d-W%02d",
                        monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                weeks.add(new Timeline.Week(monday, name, byType(counts[w]), sum(counts[w])));
            }
        }
        List<Timeline.Month> monthOnly = new ArrayList<>();
        months.forEach((m, c) -> monthOnly.add(new Timeline.Month(m, byType(c), sum(c))));
        return new Timeline(weeks, monthOnly);
    }

    /** Clusters the matching incidents for a zoom level with {@link #DEFAULT_CELL_PIXELS} cells. */
    public List<Cluster> clusters(IncidentFilter filter, int zoom) {
        return clusters(filter, zoom, DEFAULT_CELL_PIXELS);
    }

    /**
     * Clusters the matching incidents on a square grid in Web Mercator whose cells are {@code cellPixels}
     * screen pixels wide at this zoom (smaller cells make a heat layer's points). Clusters come in cell
     * order, north-west first, row by row.
     */
    public List<Cluster> clusters(IncidentFilter filter, int zoom, int cellPixels) {
        if (zoom < 0 || zoom > MAX_ZOOM) {
            throw new IllegalArgumentException("zoom must be between 0 and " + MAX_ZOOM + ", was " + zoom);
        }
        if (cellPixels < 1 || cellPixels > 1024) {
            throw new IllegalArgumentException("cell size must be 1 to 1024 pixels, was " + cellPixels);
        }
        int[] match = matching(filter);
        double cellsPerAxis = 256.0 * Math.pow(2, zoom) / cellPixels;
        long maxCell = (long) Math.ceil(cellsPerAxis) - 1;
        CellTable table = new CellTable((int) Math.min(match.length, (maxCell + 1) * (maxCell + 1)));
        for (int i : match) {
            long cx = Math.min(maxCell, (long) (mercatorX[i] * cellsPerAxis));
            long cy = Math.min(maxCell, (long) (mercatorY[i] * cellsPerAxis));
            table.add((cy << 32) | cx, i);
        }
        int[] slots = table.slotsInKeyOrder();
        List<Cluster> out = new ArrayList<>(slots.length);
        for (int s : slots) {
            int count = table.count[s];
            Map<EventType, Integer> byType = new EnumMap<>(EventType.class);
            for (int t = 0; t < TYPES.length; t++) {
                int n = table.typeCounts[s * TYPES.length + t];
                if (n > 0) {
                    byType.put(TYPES[t], n);
                }
            }
            out.add(new Cluster(
                    latitudeOf(table.sumY[s] / count),
                    longitudeOf(table.sumX[s] / count),
                    count,
                    byType,
                    table.killed[s],
                    count == 1 ? Optional.of(incidents[table.firstIncident[s]].id()) : Optional.empty()));
        }
        return out;
    }

    /**
     * Open addressing from cell key to a slot of accumulators (count, position sums, counts by type,
     * known fatalities, first incident). Slot arrays grow as cells appear, since most queries fill far
     * fewer cells than they have reports. Counting types in these arrays rather than merging into an
     * EnumMap per report took clustering 50,000 reports from 10.6 ms to 0.8 ms of CPU (IncidentQueryCost).
     */
    private final class CellTable {
        final long[] keys;
        final int[] slotOf;
        final int mask;
        int used;
        int[] count = new int[64];
        double[] sumX = new double[64];
        double[] sumY = new double[64];
        int[] killed = new int[64];
        int[] firstIncident = new int[64];
        long[] keyOfSlot = new long[64];
        int[] typeCounts = new int[64 * TYPES.length];

        CellTable(int maxCells) {
            int capacity = Integer.highestOneBit(Math.max(4, maxCells * 2 - 1)) << 1;
            keys = new long[capacity];
            slotOf = new int[capacity];
            Arrays.fill(slotOf, -1);
            mask = capacity - 1;
        }

        void add(long key, int incident) {
            int h = (int) (mix(key) & mask);
            while (slotOf[h] >= 0 && keys[h] != key) {
                h = (h + 1) & mask;
            }
            int slot = slotOf[h];
            if (slot < 0) {
                slot = newSlot(key, incident);
                slotOf[h] = slot;
                keys[h] = key;
            }
            count[slot]++;
            sumX[slot] += mercatorX[incident];
            sumY[slot] += mercatorY[incident];
            killed[slot] += knownKilled[incident];
            typeCounts[slot * TYPES.length + type[incident]]++;
        }

        private int newSlot(long key, int incident) {
            if (used == count.length) {
                int grown = count.length * 2;
                count = Arrays.copyOf(count, grown);
                sumX = Arrays.copyOf(sumX, grown);
                sumY = Arrays.copyOf(sumY, grown);
                killed = Arrays.copyOf(killed, grown);
                firstIncident = Arrays.copyOf(firstIncident, grown);
                keyOfSlot = Arrays.copyOf(keyOfSlot, grown);
                typeCounts = Arrays.copyOf(typeCounts, grown * TYPES.length);
            }
            keyOfSlot[used] = key;
            firstIncident[used] = incident;
            return used++;
        }

        int[] slotsInKeyOrder() {
            Integer[] order = new Integer[used];
            for (int s = 0; s < used; s++) {
                order[s] = s;
            }
            Arrays.sort(order, (a, b) -> Long.compare(keyOfSlot[a], keyOfSlot[b]));
            int[] out = new int[used];
            for (int s = 0; s < used; s++) {
                out[s] = order[s];
            }
            return out;
        }

        private static long mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return h ^ (h >>> 29);
        }
    }

    /** Returns the positions (in snapshot order) of the incidents the filter matches. */
    int[] matching(IncidentFilter filter) {
        int typeMask = 0;
        for (EventType t : filter.types()) {
            typeMask |= 1 << t.ordinal();
        }
        if (filter.types().isEmpty()) {
            typeMask = -1;
        }
        int from = filter.from().map(d -> (int) d.toEpochDay()).orElse(Integer.MIN_VALUE);
        int to = filter.to().map(d -> (int) d.toEpochDay()).orElse(Integer.MAX_VALUE);
        int maxReliability =
                filter.minimumGrading().map(g -> g.reliability().ordinal()).orElse(Integer.MAX_VALUE);
        int maxCredibility =
                filter.minimumGrading().map(g -> g.credibility().ordinal()).orElse(Integer.MAX_VALUE);
        boolean[] countryOk = countryMask(filter.countries());
        boolean[] nationOk = countryMask(filter.sourceNations());
        if ((countryOk != null && !any(countryOk)) || (nationOk != null && !any(nationOk))) {
            return new int[0];
        }
        int actor = -1;
        if (filter.actor().isPresent()) {
            Integer id = actorNumbers.get(ActorIndex.normalise(filter.actor().get()));
            if (id == null) {
                return new int[0];
            }
            actor = id;
        }
        Area area = filter.area().orElse(null);
        int[] out = new int[incidents.length];
        int n = 0;
        for (int i = 0; i < incidents.length; i++) {
            if ((typeMask & (1 << type[i])) == 0
                    || firstDay[i] > to
                    || lastDay[i] < from
                    || reliability[i] > maxReliability
                    || credibility[i] > maxCredibility
                    || (countryOk != null && !countryOk[country[i]])
                    || (nationOk != null && !nationOk[sourceNation[i]])
                    || (area != null && !area.contains(latitude[i], longitude[i]))
                    || (actor >= 0 && !contains(actors[i], actor))) {
                continue;
            }
            out[n++] = i;
        }
        return Arrays.copyOf(out, n);
    }

    private boolean[] countryMask(java.util.Set<CountryCode> wanted) {
        if (wanted.isEmpty()) {
            return null;
        }
        boolean[] mask = new boolean[countryNumbers.size()];
        for (CountryCode c : wanted) {
            Short number = countryNumbers.get(c);
            if (number != null) {
                mask[number] = true;
            }
        }
        return mask;
    }

    private static boolean any(boolean[] mask) {
        for (boolean b : mask) {
            if (b) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(int[] values, int wanted) {
        for (int v : values) {
            if (v == wanted) {
                return true;
            }
        }
        return false;
    }

    private static short number(Map<CountryCode, Short> numbers, CountryCode code) {
        return numbers.computeIfAbsent(code, c -> (short) numbers.size());
    }

    /** Epoch day of the Monday on or before this epoch day (1970-01-01 was a Thursday). */
    static int monday(int epochDay) {
        return epochDay - Math.floorMod(epochDay + 3, 7);
    }

    private static Map<EventType, Integer> byType(int[] counts) {
        Map<EventType, Integer> map = new EnumMap<>(EventType.class);
        for (int t = 0; t < counts.length; t++) {
            if (counts[t] > 0) {
                map.put(TYPES[t], counts[t]);
            }
        }
        return map;
    }

    private static int sum(int[] counts) {
        int s = 0;
        for (int c : counts) {
            s += c;
        }
        return s;
    }

    /** Web Mercator x in 0..1 from longitude, west to east. */
    static double mercatorX(double longitude) {
        return (longitude + 180) / 360;
    }

    /** Web Mercator y in 0..1 from latitude, north to south, clamped at the projection's ±85.0511° limit. */
    static double mercatorY(double latitude) {
        double clamped = Math.max(-85.05112878, Math.min(85.05112878, latitude));
        double sin = Math.sin(Math.toRadians(clamped));
        return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
    }

    static double longitudeOf(double x) {
        return x * 360 - 180;
    }

    static double latitudeOf(double y) {
        return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * y))));
    }
}
