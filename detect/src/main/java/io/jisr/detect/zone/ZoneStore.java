package io.jisr.detect.zone;

import java.time.Instant;
import java.util.List;

/** Where the zones operators import or draw are kept, so that they survive a restart. */
public interface ZoneStore {

    /**
     * A zone as stored, with who added it and when.
     *
     * @param zone the zone
     * @param addedBy the username of who added it
     * @param addedAt when
     */
    record StoredZone(Zone zone, String addedBy, Instant addedAt) {}

    /** Returns every stored zone, oldest first. */
    List<StoredZone> zones();

    /** Adds zones in one step; returns false, adding none, when one of their ids is taken already. */
    boolean add(List<StoredZone> zones);

    /** Removes the zone with this id; returns whether there was one. */
    boolean remove(String id);
}
