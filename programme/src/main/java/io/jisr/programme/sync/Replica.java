package io.jisr.programme.sync;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A node's copy of the programme records as the winning value of every field it has seen. Immutable: applying
 * an edit or merging another replica returns a new one.
 *
 * @param cells the winning value of each field
 */
public record Replica(Map<FieldKey, Stamped> cells) {
    /*
     * Implementation note: the state is a map from field to the greatest stamped value seen for it, and
     * merge is the pointwise maximum under Stamped's total order. A pointwise maximum of a total order is a
     * join semilattice: commutative (max(a,b) = max(b,a)), associative, idempotent (max(a,a) = a), with the
     * empty replica as identity. Applying an edit is merging the one-cell replica it makes, so any two nodes
     * that have applied the same set of allowed edits, in any order and with any batching or repetition,
     * hold equal replicas. Ownership is checked per cell (the writer must be the field's writer side), both
     * on apply and when a replica is built from a peer's cells, so a refused edit never enters any replica
     * and the check is the same on both nodes.
     */

    /** Checks that every cell was written by the side allowed to write its field; copies the map. */
    public Replica {
        cells = Map.copyOf(cells);
        for (Map.Entry<FieldKey, Stamped> cell : cells.entrySet()) {
            if (!cell.getKey().writer().equals(cell.getValue().writer())) {
                throw new IllegalArgumentException("cell " + cell.getKey() + " was written by "
                        + cell.getValue().writer() + " but only "
                        + cell.getKey().writer() + " may write it");
            }
        }
    }

    /** Returns the empty replica. */
    public static Replica empty() {
        return new Replica(Map.of());
    }

    /** Decides whether the edit's side may make it (only the side that owns the field may). */
    public static EditDecision check(FieldEdit edit) {
        return EditDecision.of(edit);
    }

    /** Applies an edit if its side may make it; a refusal leaves the replica unchanged and says why. */
    public ApplyOutcome apply(FieldEdit edit) {
        return switch (EditDecision.of(edit)) {
            case EditDecision.Refused refused -> new ApplyOutcome(this, Optional.of(refused.reason()));
            case EditDecision.Allowed allowed ->
                new ApplyOutcome(merge(new Replica(Map.of(edit.field(), edit.stamped()))), Optional.empty());
        };
    }

    /** Applies every allowed edit, skipping the refused ones. */
    public Replica applyAll(Collection<FieldEdit> edits) {
        Replica replica = this;
        for (FieldEdit edit : edits) {
            replica = replica.apply(edit).replica();
        }
        return replica;
    }

    /** Returns the join of two replicas: for each field, the greater stamped value. */
    public Replica merge(Replica other) {
        Map<FieldKey, Stamped> joined = new HashMap<>(cells);
        other.cells.forEach((field, value) -> joined.merge(field, value, (a, b) -> a.compareTo(b) >= 0 ? a : b));
        return new Replica(joined);
    }

    /** Returns the current values of one record's fields, by field name. */
    public SortedMap<String, String> record(RecordKey key) {
        SortedMap<String, String> fields = new TreeMap<>();
        cells.forEach((field, value) -> {
            if (field.record().equals(key)) {
                fields.put(field.field(), value.value());
            }
        });
        return fields;
    }

    /** Returns the greatest stamp in this replica, for a node to {@link Hlc#observe} after a merge. */
    public Optional<Hlc> latestStamp() {
        return cells.values().stream().map(Stamped::stamp).max(Hlc::compareTo);
    }

    /**
     * What applying an edit gave.
     *
     * @param replica the replica after it (unchanged when refused)
     * @param refusal why it was refused, if it was
     */
    public record ApplyOutcome(Replica replica, Optional<String> refusal) {}
}
