package io.jisr.programme.sync;

import io.jisr.programme.Nation;

/**
 * One edit: a side sets one field of one record to a value at a stamp. Edits are what nodes send each other.
 *
 * @param field the field written
 * @param value the new value
 * @param stamp the writing node's clock after the edit
 * @param editor the side of the person who made it
 */
public record FieldEdit(FieldKey field, String value, Hlc stamp, Nation editor) {

    /** Checks that every part is present. */
    public FieldEdit {
        if (field == null || value == null || stamp == null || editor == null) {
            throw new IllegalArgumentException("an edit needs a field, a value, a stamp and an editor, was " + field
                    + ", " + value + ", " + stamp + ", " + editor);
        }
    }

    /** Returns the value as stored once applied. */
    public Stamped stamped() {
        return new Stamped(value, stamp, editor);
    }
}
