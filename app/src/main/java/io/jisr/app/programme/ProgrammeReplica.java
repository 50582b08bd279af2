package io.jisr.app.programme;

import io.jisr.programme.ActionItem;
import io.jisr.programme.Instrument;
import io.jisr.programme.Meeting;
import io.jisr.programme.Nation;
import io.jisr.programme.WorkingGroup;
import io.jisr.programme.sync.ActionItemFields;
import io.jisr.programme.sync.EditDecision;
import io.jisr.programme.sync.FieldEdit;
import io.jisr.programme.sync.FieldKey;
import io.jisr.programme.sync.Hlc;
import io.jisr.programme.sync.InstrumentFields;
import io.jisr.programme.sync.MeetingFields;
import io.jisr.programme.sync.RecordKey;
import io.jisr.programme.sync.Replica;
import io.jisr.programme.sync.ReplicaStore;
import io.jisr.programme.sync.Stamped;
import io.jisr.programme.sync.WorkingGroupFields;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

/**
 * The register's replica of instruments, working groups, meetings and action items with this node's clock: stamps the book's changes,
 * checks a partner's edits, merges and stores both, and gives back the records the merged cells make. Not
 * thread-safe: {@link ProgrammeBook} serialises every call.
 */
final class ProgrammeReplica {
    /*
     * Implementation note. The records handed back are read from the merged replica, never taken from the
     * request that caused the change: what a node shows is then always what the join made of every edit it
     * holds, so two nodes holding the same edits show the same records (docs/programme.md, "The conflict
     * rule"). Only cells whose winner changed are written, with those records, in one transaction.
     */
    private final ReplicaStore cells;
    private final InstantSource clock;
    private Replica replica;
    private Hlc stamp;

    /** Loads the stored replica; the clock starts above every stamp in it, whatever the wall clock says. */
    ProgrammeReplica(ReplicaStore cells, String nodeId, InstantSource clock) {
        this.cells = cells;
        this.clock = clock;
        this.replica = cells.loadReplica();
        Hlc start = Hlc.zero(nodeId);
        this.stamp = replica.latestStamp()
                .map(latest -> start.observe(latest, clock.millis()))
                .orElse(start);
    }

    /** Returns this node's next stamp. */
    Hlc tick() {
        stamp = stamp.tick(clock.millis());
        return stamp;
    }

    /** Returns this node's latest stamp. */
    Hlc stamp() {
        return stamp;
    }

    /** Returns the fields held for a record, by name (empty when none). */
    SortedMap<String, String> fields(RecordKey key) {
        return replica.record(key);
    }

    /**
     * Returns the meeting that {@code edits} would make of {@code key}, storing nothing.
     *
     * @throws IllegalArgumentException if the fields would not make a valid meeting
     */
    Optional<Meeting> meetingAfter(List<FieldEdit> edits, RecordKey key) {
        return MeetingFields.read(replica.applyAll(edits), key);
    }

    /**
     * Decides on edits received from a node of {@code side}, in order: refused are an edit made by another side
     * than the sending node's, an edit of a field its side does not write, one of a kind not exchanged, and one
     * that would leave its record unreadable. The clock moves past every allowed stamp.
     */
    Checked check(Nation side, List<FieldEdit> edits) {
        List<FieldEdit> allowed = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        Replica trial = replica;
        for (FieldEdit edit : edits) {
            Optional<String> reason = refusal(side, edit, trial);
            if (reason.isPresent()) {
                refusals.add(reason.get());
                continue;
            }
            trial = trial.apply(edit).replica();
            allowed.add(edit);
            stamp = stamp.observe(edit.stamp(), clock.millis());
        }
        return new Checked(allowed, refusals);
    }

    /**
     * What {@link #check} decided.
     *
     * @param allowed the edits to merge, in order
     * @param refusals why each refused one was refused, in order
     */
    record Checked(List<FieldEdit> allowed, List<String> refusals) {}

    /**
     * Merges allowed edits, stores the cells whose winner changed with the records they make, and returns those
     * records (a record shows only once all its owner fields are held).
     */
    Merged merge(List<FieldEdit> edits) {
        return merge(edits, false);
    }

    /**
     * As {@link #merge(List)}; when {@code own}, the edits are this node's and their cells are stored marked
     * unreleased until {@link #released} says the partners were offered them.
     */
    Merged merge(List<FieldEdit> edits, boolean own) {
        Replica merged = replica.applyAll(edits);
        Map<FieldKey, Stamped> changed = new HashMap<>();
        Set<RecordKey> touched = new LinkedHashSet<>();
        for (FieldEdit e : edits) {
            Stamped winner = merged.cells().get(e.field());
            if (winner != null && !winner.equals(replica.cells().get(e.field()))) {
                changed.put(e.field(), winner);
                touched.add(e.field().record());
            }
        }
        List<Instrument> instruments = new ArrayList<>();
        List<WorkingGroup> groups = new ArrayList<>();
        List<Meeting> meetings = new ArrayList<>();
        List<ActionItem> actions = new ArrayList<>();
        for (RecordKey key : touched) {
            switch (key.kind()) {
                case InstrumentFields.KIND -> InstrumentFields.read(merged, key).ifPresent(instruments::add);
                case WorkingGroupFields.KIND ->
                    WorkingGroupFields.read(merged, key).ifPresent(groups::add);
                case MeetingFields.KIND -> MeetingFields.read(merged, key).ifPresent(meetings::add);
                case ActionItemFields.KIND -> ActionItemFields.read(merged, key).ifPresent(actions::add);
                default -> throw new IllegalStateException("record kind " + key.kind() + " is not exchanged");
            }
        }
        cells.saveSynced(
                changed, instruments, groups, meetings, actions, own ? Set.copyOf(changed.keySet()) : Set.of());
        replica = merged;
        return new Merged(instruments, groups, meetings, actions);
    }

    /** Returns this node's own edits stored but not yet released to the partners, oldest first. */
    List<FieldEdit> unreleased() {
        return cells.unreleased();
    }

    /** Records that these own edits were released to the partners. */
    void released(List<FieldEdit> edits) {
        cells.released(edits);
    }

    /**
     * The records a merge changed, as the merged replica makes them.
     *
     * @param instruments the instruments
     * @param groups the working groups
     * @param meetings the meetings
     * @param actions the action items
     */
    record Merged(
            List<Instrument> instruments,
            List<WorkingGroup> groups,
            List<Meeting> meetings,
            List<ActionItem> actions) {}

    private static Optional<String> refusal(Nation side, FieldEdit edit, Replica trial) {
        if (!edit.editor().equals(side)) {
            return Optional.of("a node of " + side + " sent an edit made by " + edit.editor() + " to "
                    + edit.field().field() + " of " + edit.field().record());
        }
        if (Replica.check(edit) instanceof EditDecision.Refused r) {
            return Optional.of(r.reason());
        }
        RecordKey key = edit.field().record();
        try {
            switch (key.kind()) {
                case InstrumentFields.KIND ->
                    InstrumentFields.read(trial.apply(edit).replica(), key);
                case WorkingGroupFields.KIND ->
                    WorkingGroupFields.read(trial.apply(edit).replica(), key);
                case MeetingFields.KIND -> MeetingFields.read(trial.apply(edit).replica(), key);
                case ActionItemFields.KIND ->
                    ActionItemFields.read(trial.apply(edit).replica(), key);
                default -> {
                    return Optional.of("record kind " + key.kind() + " of " + key + " is not exchanged yet");
                }
            }
        } catch (IllegalArgumentException e) {
            return Optional.of("edit of " + edit.field() + " would make an unreadable record: " + e.getMessage());
        }
        return Optional.empty();
    }
}
