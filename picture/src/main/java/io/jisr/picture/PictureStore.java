package io.jisr.picture;

import io.jisr.ais.identity.Mmsi;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * Durable storage of the picture: the port the picture needs, implemented by the {@code store}
 * module for H2 and PostgreSQL. Implementations are thread-safe; {@link #commit} is atomic.
 */
public interface PictureStore extends AutoCloseable {

    /** Makes a batch durable in one transaction. */
    void commit(PictureBatch batch);

    /** Returns every stored vessel, to rebuild the picture at start-up. */
    List<Vessel> loadVessels();

    /** Returns how many lines of a feed were fully applied and committed, if the feed was ever read. */
    OptionalLong cursor(String feedId);

    /**
     * Returns one station's history between two times (inclusive), oldest first; when there are more
     * than {@code maxPoints}, an evenly thinned subset that keeps the first and last point.
     */
    List<PositionFix> track(Mmsi mmsi, Instant from, Instant to, int maxPoints);

    /** Returns history points in a box between two times, at most {@code limit}, oldest first. */
    List<TrackPoint> inBox(BoundingBox box, Instant from, Instant to, int limit);

    /** Deletes history older than {@code cutoff}; returns how many points were deleted. */
    long purgeBefore(Instant cutoff);

    /** Releases the store's resources. */
    @Override
    void close();
}
