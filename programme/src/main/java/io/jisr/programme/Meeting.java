package io.jisr.programme;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A meeting of a working group: when and where, the agenda, who attended, the minutes and the decisions.
 *
 * @param id the register's identifier
 * @param owningSide the side that keeps this record (usually the host) and alone may edit it
 * @param workingGroupId the group that met
 * @param title a short title, for example {@code 3rd session}
 * @param start when it starts, in the zone of the place it is held
 * @param duration how long it is planned to last
 * @param place where it is held
 * @param agenda the agenda items in order
 * @param attendees who attended (or is expected to), each once
 * @param minutes the minutes, empty until written
 * @param decisions the decisions taken, with distinct ids
 */
public record Meeting(
        String id,
        Nation owningSide,
        String workingGroupId,
        String title,
        ZonedDateTime start,
        Duration duration,
        String place,
        List<String> agenda,
        List<Participant> attendees,
        String minutes,
        List<Decision> decisions) {

    /** Checks the fields. */
    public Meeting {
        id = Texts.require("meeting id", id);
        Texts.present("meeting " + id + " owning side", owningSide);
        workingGroupId = Texts.require("meeting " + id + " working group", workingGroupId);
        title = Texts.require("meeting " + id + " title", title);
        Texts.present("meeting " + id + " start", start);
        Texts.present("meeting " + id + " duration", duration);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("meeting " + id + " duration must be positive, was " + duration);
        }
        place = Texts.require("meeting " + id + " place", place);
        agenda = List.copyOf(Texts.present("meeting " + id + " agenda", agenda));
        for (String item : agenda) {
            Texts.require("meeting " + id + " agenda item", item);
        }
        attendees = List.copyOf(Texts.present("meeting " + id + " attendees", attendees));
        if (attendees.stream().distinct().count() != attendees.size()) {
            throw new IllegalArgumentException("meeting " + id + " lists an attendee twice: " + attendees);
        }
        minutes = Texts.present("meeting " + id + " minutes", minutes);
        decisions = List.copyOf(Texts.present("meeting " + id + " decisions", decisions));
        if (decisions.stream().map(Decision::id).distinct().count() != decisions.size()) {
            throw new IllegalArgumentException("meeting " + id + " has two decisions with the same id: " + decisions);
        }
    }

    /** Returns when it ends. */
    public ZonedDateTime end() {
        return start.plus(duration);
    }

    /** Returns this meeting with its minutes and decisions recorded. */
    public Meeting recorded(String newMinutes, List<Decision> newDecisions) {
        return new Meeting(
                id,
                owningSide,
                workingGroupId,
                title,
                start,
                duration,
                place,
                agenda,
                attendees,
                newMinutes,
                newDecisions);
    }
}
