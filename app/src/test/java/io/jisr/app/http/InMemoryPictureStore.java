package io.jisr.app.http;

import io.jisr.ais.identity.Mmsi;
import io.jisr.picture.BoundingBox;
import io.jisr.picture.PictureBatch;
import io.jisr.picture.PictureStore;
import io.jisr.picture.PositionFix;
import io.jisr.picture.TrackPoint;
import io.jisr.picture.Vessel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** A {@link PictureStore} in memory, for the HTTP tests: keeps what is committed, answers track queries. */
final class InMemoryPictureStore implements PictureStore {

    private final Map<Integer, Vessel> vessels = new LinkedHashMap<>();
    private final List<TrackPoint> points = new ArrayList<>();
    private final Map<String, Long> cursors = new HashMap<>();

    @Override
    public synchronized void commit(PictureBatch batch) {
        batch.vessels().forEach(v -> vessels.put(v.mmsi().value(), v));
        points.addAll(batch.points());
        cursors.putAll(batch.feedCursors());
    }

    @Override
    public synchronized List<Vessel> loadVessels() {
        return List.copyOf(vessels.values());
    }

    @Override
    public synchronized OptionalLong cursor(String feedId) {
        Long cursor = cursors.get(feedId);
        return cursor == null ? OptionalLong.empty() : OptionalLong.of(cursor);
    }

    @Override
    public synchronized List<PositionFix> track(Mmsi mmsi, Instant from, Instant to, int maxPoints) {
        List<PositionFix> found = points.stream()
                .filter(p -> p.mmsi().equals(mmsi))
                .map(TrackPoint::fix)
                .filter(f -> !f.time().isBefore(from) && !f.time().isAfter(to))
                .sorted(Comparator.comparing(PositionFix::time))
                .toList();
        if (found.size() <= maxPoints) {
            return found;
        }
        List<PositionFix> thinned = new ArrayList<>(maxPoints);
        for (int i = 0; i < maxPoints; i++) {
            thinned.add(found.get((int) ((long) i * (found.size() - 1) / (maxPoints - 1))));
        }
        return thinned;
    }

    @Override
    public synchronized List<TrackPoint> inBox(BoundingBox box, Instant from, Instant to, int limit) {
        return points.stream()
                .filter(p -> box.contains(p.fix().position()))
                .filter(p -> !p.fix().time().isBefore(from) && !p.fix().time().isAfter(to))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized long purgeBefore(Instant cutoff) {
        int before = points.size();
        points.removeIf(p -> p.fix().time().isBefore(cutoff));
        return before - points.size();
    }

    @Override
    public void close() {}
}
