package io.jisr.picture;

import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.Position;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The current maritime picture: one {@link Vessel} per MMSI, updated from observations in message
 * time and queried by area, text and proximity.
 *
 * <p>One thread applies observations; any number of threads query. Events are delivered to the
 * caller's consumer inside the update, in order; consumers must only hand them on (for example to a
 * queue), never call back into the picture to change it.
 */
public final class Picture {
    /*
     * Implementation note: the state is plain maps guarded by a read-write lock. Each update replaces
     * the vessel's immutable snapshot, so a query copies references, not state, and what it returns
     * cannot change under the caller.
     *
     * Message time rules (issue: replaying a day at any speed yields the same picture): a report older
     * than the current fix is history only (LATE); lastSeen never moves backwards; a report whose
     * implied speed from the current fix exceeds the plausible maximum is held back as SUSPECT until
     * confirmJumpAfter consecutive reports agree with each other.
     */

    /** Jumps shorter than this are never suspect: GNSS noise and receivers' rounding. */
    private static final double ALWAYS_PLAUSIBLE_METRES = 500;

    private final PictureSettings settings;
    private final Function<Mmsi, Optional<String>> flagOf;
    private final Map<Integer, Entry> entries = new HashMap<>();
    private final SpatialGrid grid = new SpatialGrid();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    /** Mutable state of one station, guarded by the picture's lock. */
    private static final class Entry extends SpatialGrid.Slot {
        Vessel vessel;
        PositionFix pendingJump;
        int pendingCount;
        boolean stale;
        // Copies of the vessel's current position and last-seen time, so that a viewport query reads
        // one object per vessel instead of following five references (Vessel, Optional, PositionFix,
        // Position): with 200,000 vessels the cache misses were most of a world-wide query's time.
        double latitude;
        double longitude;
        long lastSeenMillis;

        Entry(Vessel vessel) {
            this.vessel = vessel;
        }
    }

    /**
     * Creates an empty picture.
     *
     * @param flagOf the flag state (ISO 3166-1 alpha-3) of an MMSI, for flag filters
     */
    public Picture(PictureSettings settings, Function<Mmsi, Optional<String>> flagOf) {
        this.settings = settings;
        this.flagOf = flagOf;
    }

    /** Returns the settings. */
    public PictureSettings settings() {
        return settings;
    }

    /** Applies one observation and hands the resulting events to {@code events}. */
    public void apply(Observation observation, Consumer<? super PictureEvent> events) {
        MessageFacts facts = MessageFacts.of(observation.message(), observation.time());
        Instant time = observation.time();
        int key = observation.message().mmsi().value();
        lock.writeLock().lock();
        try {
            Entry entry = entries.get(key);
            boolean appeared = entry == null;
            if (appeared) {
                entry = new Entry(new Vessel(
                        observation.message().mmsi(),
                        VesselKind.UNKNOWN,
                        StaticData.NONE,
                        Optional.empty(),
                        time,
                        time,
                        0,
                        HeardBy.NONE));
                entries.put(key, entry);
            }
            Vessel before = entry.vessel;
            StaticData staticData =
                    facts.staticData().map(before.staticData()::updatedWith).orElse(before.staticData());
            PictureEvent.Disposition disposition =
                    facts.fix().map(f -> judge(key, f)).orElse(null);
            Optional<PositionFix> lastFix =
                    disposition == PictureEvent.Disposition.CURRENT ? facts.fix() : before.lastFix();
            Vessel after = new Vessel(
                    before.mmsi(),
                    kindAfter(before.kind(), facts),
                    staticData,
                    lastFix,
                    before.firstSeen().isAfter(time) ? time : before.firstSeen(),
                    before.lastSeen().isAfter(time) ? before.lastSeen() : time,
                    before.reports() + 1,
                    before.heardBy().with(observation.receiver(), time));
            entry.vessel = after;
            entry.lastSeenMillis = after.lastSeen().toEpochMilli();
            entry.stale = false;
            if (disposition == PictureEvent.Disposition.CURRENT) {
                move(entry, facts.fix().get().position());
            }
            if (appeared) {
                events.accept(new PictureEvent.VesselAppeared(after));
            } else if (!staticData.equals(before.staticData())) {
                events.accept(new PictureEvent.StaticDataChanged(after, before.staticData(), time));
            }
            if (disposition != null) {
                PositionFix fix = facts.fix().get();
                events.accept(new PictureEvent.PositionReported(
                        after, disposition == PictureEvent.Disposition.SUSPECT ? fix.asSuspect() : fix, disposition));
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private static VesselKind kindAfter(VesselKind before, MessageFacts facts) {
        VesselKind kind = facts.kind().orElse(before);
        return kind == VesselKind.UNKNOWN && facts.classBUnlessKnown() ? VesselKind.CLASS_B : kind;
    }

    /**
     * Decides what a new fix is for the vessel with key {@code key}, or returns null when it is the
     * vessel's current fix again (no event); updates the pending-jump state.
     */
    private PictureEvent.Disposition judge(int key, PositionFix fix) {
        Entry entry = entries.get(key);
        Optional<PositionFix> current = entry.vessel.lastFix();
        if (current.isEmpty()) {
            return PictureEvent.Disposition.CURRENT;
        }
        if (fix.time().equals(current.get().time())
                && fix.position().equals(current.get().position())) {
            // The report the vessel already stands on, seen again: a node resuming a replay re-reads the
            // line whose history was committed a moment before its cursor. Not a new point.
            return null;
        }
        if (fix.time().isBefore(current.get().time())) {
            return PictureEvent.Disposition.LATE;
        }
        if (plausible(current.get(), fix)) {
            entry.pendingJump = null;
            entry.pendingCount = 0;
            return PictureEvent.Disposition.CURRENT;
        }
        if (entry.pendingJump != null && plausible(entry.pendingJump, fix)) {
            entry.pendingCount++;
        } else {
            entry.pendingCount = 1;
        }
        entry.pendingJump = fix;
        if (entry.pendingCount >= settings.confirmJumpAfter()) {
            entry.pendingJump = null;
            entry.pendingCount = 0;
            return PictureEvent.Disposition.CURRENT;
        }
        return PictureEvent.Disposition.SUSPECT;
    }

    private boolean plausible(PositionFix from, PositionFix to) {
        double metres = SphericalEarth.distanceMetres(from.position(), to.position());
        if (metres <= ALWAYS_PLAUSIBLE_METRES) {
            return true;
        }
        double seconds =
                Math.max(1, Math.abs(to.time().toEpochMilli() - from.time().toEpochMilli()) / 1000.0);
        double knots = metres / SphericalEarth.METRES_PER_NAUTICAL_MILE / (seconds / 3600);
        return knots <= settings.maxPlausibleSpeedKnots();
    }

    private void move(Entry entry, Position position) {
        entry.latitude = position.latitude();
        entry.longitude = position.longitude();
        grid.move(entry, SpatialGrid.cellOf(position.latitude(), position.longitude()));
    }

    /**
     * Records that another receiver heard a transmission already applied (a duplicate), without
     * applying it again; does nothing for an unknown station.
     */
    public void heardAgain(Observation observation) {
        lock.writeLock().lock();
        try {
            Entry entry = entries.get(observation.message().mmsi().value());
            if (entry != null) {
                Vessel v = entry.vessel;
                HeardBy heardBy = v.heardBy().with(observation.receiver(), observation.time());
                if (heardBy != v.heardBy()) {
                    entry.vessel = v.withHeardBy(heardBy);
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Marks every vessel not heard for longer than the stale threshold at {@code now}, once, with an event. */
    public void sweepStale(Instant now, Consumer<? super PictureEvent> events) {
        lock.writeLock().lock();
        try {
            for (Entry entry : entries.values()) {
                if (!entry.stale && entry.vessel.isStale(now, settings.staleAfter())) {
                    entry.stale = true;
                    events.accept(new PictureEvent.VesselWentStale(entry.vessel, now));
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Puts a vessel back as storage kept it, when the node restarts; replaces any entry of the same MMSI. */
    public void restore(Vessel vessel) {
        lock.writeLock().lock();
        try {
            Entry old = entries.remove(vessel.mmsi().value());
            if (old != null) {
                grid.remove(old);
            }
            Entry entry = new Entry(vessel);
            entries.put(vessel.mmsi().value(), entry);
            entry.lastSeenMillis = vessel.lastSeen().toEpochMilli();
            vessel.lastFix().ifPresent(f -> move(entry, f.position()));
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Returns the vessel with this MMSI. */
    public Optional<Vessel> vessel(Mmsi mmsi) {
        lock.readLock().lock();
        try {
            Entry entry = entries.get(mmsi.value());
            return entry == null ? Optional.empty() : Optional.of(entry.vessel);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Returns the number of stations in the picture. */
    public int size() {
        lock.readLock().lock();
        try {
            return entries.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Returns vessels whose current position is in {@code box} and that pass {@code filter} at
     * {@code now}, at most {@code limit} of them, most recently heard first.
     */
    public List<Vessel> inBox(BoundingBox box, VesselFilter filter, Instant now, int limit) {
        List<Entry> found = new ArrayList<>();
        boolean everything = filter.equals(VesselFilter.ALL);
        lock.readLock().lock();
        try {
            grid.<Entry>visit(box, entry -> {
                if (box.contains(entry.latitude, entry.longitude)
                        && (everything || filter.accepts(entry.vessel, flagOf, now))) {
                    found.add(entry);
                }
            });
            return mostRecent(found, limit);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Returns vessels whose name, call sign, MMSI or IMO number contains {@code text} (case-insensitive),
     * at most {@code limit}, exact MMSI/IMO matches and name prefixes first.
     */
    public List<Vessel> search(String text, int limit) {
        String needle = text.strip().toUpperCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return List.of();
        }
        List<Vessel> found = new ArrayList<>();
        lock.readLock().lock();
        try {
            for (Entry entry : entries.values()) {
                if (matches(entry.vessel, needle)) {
                    found.add(entry.vessel);
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        found.sort(Comparator.comparingInt((Vessel v) -> rank(v, needle))
                .thenComparing(Vessel::lastSeen, Comparator.reverseOrder()));
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : List.copyOf(found);
    }

    private static boolean matches(Vessel v, String needle) {
        StaticData s = v.staticData();
        return String.valueOf(v.mmsi().value()).contains(needle)
                || s.name().map(n -> n.contains(needle)).orElse(false)
                || s.callSign().map(c -> c.contains(needle)).orElse(false)
                || s.imo().map(i -> String.valueOf(i.value()).contains(needle)).orElse(false);
    }

    private static int rank(Vessel v, String needle) {
        StaticData s = v.staticData();
        if (String.valueOf(v.mmsi().value()).equals(needle)
                || s.imo().map(i -> String.valueOf(i.value()).equals(needle)).orElse(false)) {
            return 0;
        }
        if (s.name().map(n -> n.equals(needle)).orElse(false)
                || s.callSign().map(c -> c.equals(needle)).orElse(false)) {
            return 1;
        }
        return s.name().map(n -> n.startsWith(needle)).orElse(false) ? 2 : 3;
    }

    /**
     * Returns the {@code count} vessels with a current position nearest to {@code point} that pass the
     * filter, nearest first, searching at most {@code maxDistanceMetres} away.
     */
    public List<Vessel> nearest(Position point, int count, VesselFilter filter, Instant now, double maxDistanceMetres) {
        double radiusDegrees = 0.5;
        while (true) {
            double latSpan = Math.min(180, radiusDegrees);
            double cosLat =
                    Math.max(0.01, Math.cos(Math.toRadians(Math.min(89, Math.abs(point.latitude()) + latSpan))));
            double lonSpan = Math.min(180, radiusDegrees / cosLat);
            BoundingBox box = lonSpan >= 180
                    ? new BoundingBox(
                            Math.max(-90, point.latitude() - latSpan),
                            -180,
                            Math.min(90, point.latitude() + latSpan),
                            180)
                    : new BoundingBox(
                            Math.max(-90, point.latitude() - latSpan),
                            wrap(point.longitude() - lonSpan),
                            Math.min(90, point.latitude() + latSpan),
                            wrap(point.longitude() + lonSpan));
            List<Vessel> candidates = inBox(box, filter, now, Integer.MAX_VALUE);
            double radiusMetres = radiusDegrees * 60 * SphericalEarth.METRES_PER_NAUTICAL_MILE;
            List<Vessel> within = candidates.stream()
                    .filter(v -> distance(point, v) <= Math.min(radiusMetres, maxDistanceMetres))
                    .sorted(Comparator.comparingDouble(v -> distance(point, v)))
                    .limit(count)
                    .toList();
            // Enough found inside the searched circle, or nothing farther may be searched: done.
            if (within.size() >= count || radiusMetres >= maxDistanceMetres || radiusDegrees >= 180) {
                return within;
            }
            radiusDegrees *= 4;
        }
    }

    private static double distance(Position point, Vessel v) {
        return SphericalEarth.distanceMetres(point, v.lastFix().get().position());
    }

    private static double wrap(double longitude) {
        return longitude > 180 ? longitude - 360 : longitude < -180 ? longitude + 360 : longitude;
    }

    /**
     * Keeps the {@code limit} most recently heard vessels, most recent first. Selecting on primitive
     * keys first and sorting only what is kept made a world-wide query of 200,000 vessels several times
     * faster than sorting them all (PictureBenchmark).
     */
    private static List<Vessel> mostRecent(List<Entry> entries, int limit) {
        int n = entries.size();
        if (n <= limit || limit >= 1 << 17) {
            if (n > limit) {
                entries.sort(
                        Comparator.comparingLong((Entry e) -> e.lastSeenMillis).reversed());
                return entries.subList(0, limit).stream().map(e -> e.vessel).toList();
            }
            return entries.stream().map(e -> e.vessel).toList();
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = entries.get(i).lastSeenMillis;
        }
        long threshold = kthLargest(keys.clone(), limit);
        // Kept entries sorted by primitive keys, (last seen millis << 17) | slot, most recent first:
        // epoch milliseconds fit the 46 bits left until the year 4200; limits are below 2^17.
        long[] order = new long[limit];
        int[] slots = new int[limit];
        int kept = 0;
        for (int i = 0; i < n && kept < limit; i++) {
            if (keys[i] > threshold) {
                slots[kept] = i;
                order[kept] = keys[i] << 17 | kept;
                kept++;
            }
        }
        for (int i = 0; i < n && kept < limit; i++) {
            if (keys[i] == threshold) {
                slots[kept] = i;
                order[kept] = keys[i] << 17 | kept;
                kept++;
            }
        }
        java.util.Arrays.sort(order, 0, kept);
        List<Vessel> result = new ArrayList<>(kept);
        for (int k = kept - 1; k >= 0; k--) {
            result.add(entries.get(slots[(int) (order[k] & ((1 << 17) - 1))]).vessel);
        }
        return java.util.Collections.unmodifiableList(result);
    }

    /** Returns the k-th largest key (1-based) by quickselect; reorders {@code keys}. */
    private static long kthLargest(long[] keys, int k) {
        int lo = 0;
        int hi = keys.length - 1;
        int target = k - 1;
        while (lo < hi) {
            long pivot = keys[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (keys[i] > pivot) {
                    i++;
                }
                while (keys[j] < pivot) {
                    j--;
                }
                if (i <= j) {
                    long t = keys[i];
                    keys[i] = keys[j];
                    keys[j] = t;
                    i++;
                    j--;
                }
            }
            if (target <= j) {
                hi = j;
            } else if (target >= i) {
                lo = i;
            } else {
                return keys[target];
            }
        }
        return keys[target];
    }
}
