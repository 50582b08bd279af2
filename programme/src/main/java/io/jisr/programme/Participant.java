package io.jisr.programme;

/**
 * A person taking part in the programme, with the side they represent.
 *
 * @param name the person's name as shown in minutes, for example {@code Col. A. Benali}
 * @param side the side they represent
 */
public record Participant(String name, Nation side) {

    /** Checks the name and side. */
    public Participant {
        name = Texts.require("participant name", name);
        Texts.present("participant " + name + " side", side);
    }
}
