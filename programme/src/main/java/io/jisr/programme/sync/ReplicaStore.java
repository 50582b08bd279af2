package io.jisr.programme.sync;

import io.jisr.programme.ActionItem;
import io.jisr.programme.Meeting;
import java.util.List;
import java.util.Map;

/**
 * Where a node keeps its replica: the winning stamped value of every field of the records exchanged field by
 * field (meetings and action items), so that merging goes on from the same state after a restart.
 */
public interface ReplicaStore {

    /** Returns the stored replica (empty when nothing was stored). */
    Replica loadReplica();

    /**
     * Stores the winning cells of the fields a change touched, replacing the stored ones, together with the
     * meetings and action items those cells now make, in one step: a stored record never disagrees with its
     * stored cells.
     */
    void saveSynced(Map<FieldKey, Stamped> cells, List<Meeting> meetings, List<ActionItem> actions);
}
