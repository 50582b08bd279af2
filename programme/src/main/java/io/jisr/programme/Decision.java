package io.jisr.programme;

/**
 * A decision recorded in a meeting's minutes; action items point at it.
 *
 * @param id its identifier, unique within the meeting (for example {@code D1})
 * @param text what was decided
 */
public record Decision(String id, String text) {

    /** Checks both parts. */
    public Decision {
        id = Texts.require("decision id", id);
        text = Texts.require("decision " + id + " text", text);
    }
}
