package io.jisr.programme;

import java.time.Instant;

/**
 * One change in an action item's history: who did what when.
 *
 * @param at when the change was made
 * @param by who made it (a user name)
 * @param what what changed, in words, for example {@code status OPEN -> DONE}
 */
public record ActionChange(Instant at, String by, String what) {

    /** Checks the fields. */
    public ActionChange {
        Texts.present("action change time", at);
        by = Texts.require("action change author", by);
        what = Texts.require("action change description", what);
    }
}
