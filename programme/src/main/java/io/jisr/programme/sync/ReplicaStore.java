package io.jisr.programme.sync;

import io.jisr.programme.ActionItem;
import io.jisr.programme.Instrument;
import io.jisr.programme.Meeting;
import io.jisr.programme.WorkingGroup;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a node keeps its replica: the winning stamped value of every field of the records exchanged field by
 * field (instruments, working groups, meetings and action items), so that merging goes on from the same state after a restart.
 */
public interface ReplicaStore {

    /** Returns the stored replica (empty when nothing was stored). */
    Replica loadReplica();

    /**
     * Stores the winning cells of the fields a change touched, replacing the stored ones, together with the
     * meetings and action items those cells now make, in one step: a stored record never disagrees with its
     * stored cells.
     */
    default void saveSynced(Map<FieldKey, Stamped> cells, List<Meeting> meetings, List<ActionItem> actions) {
        saveSynced(cells, List.of(), List.of(), meetings, actions, Set.of());
    }

    /**
     * As {@link #saveSynced(Map, List, List)}, with the instruments and working groups the cells make, and the
     * cells of {@code unreleased} marked as holding this node's own edits not yet released to the partners, in
     * the same step: a change is never stored without the mark that makes it offered again.
     */
    void saveSynced(
            Map<FieldKey, Stamped> cells,
            List<Instrument> instruments,
            List<WorkingGroup> groups,
            List<Meeting> meetings,
            List<ActionItem> actions,
            Set<FieldKey> unreleased);

    /** Returns the edits held by the cells marked unreleased, oldest stamp first. */
    List<FieldEdit> unreleased();

    /** Clears the mark of the cells that still hold these edits (a cell since rewritten keeps its own mark). */
    void released(List<FieldEdit> edits);
}
