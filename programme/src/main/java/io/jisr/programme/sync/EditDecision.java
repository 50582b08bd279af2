package io.jisr.programme.sync;

/** Whether a side may make an edit: allowed, or refused with the reason. */
public sealed interface EditDecision {

    /** The edit may be made. */
    record Allowed() implements EditDecision {}

    /**
     * The edit is refused.
     *
     * @param reason why, naming the side, the record and the field
     */
    record Refused(String reason) implements EditDecision {}

    /** Decides whether {@code edit}'s editor may write its field: only the field's writer side may. */
    static EditDecision of(FieldEdit edit) {
        FieldKey field = edit.field();
        if (field.writer().equals(edit.editor())) {
            return new Allowed();
        }
        String whose = field.writer().equals(field.record().owner())
                ? "it belongs to " + field.record().owner() + ", which owns the record"
                : "it is set aside for " + field.writer();
        return new Refused(edit.editor() + " may not edit " + field.field() + " of " + field.record() + ": " + whose);
    }
}
