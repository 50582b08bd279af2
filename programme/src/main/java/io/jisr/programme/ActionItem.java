package io.jisr.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An action item born from a meeting's decision: who must do what by when, and the history of its changes.
 * The side that must act owns the record, so it alone moves its status.
 *
 * @param id the register's identifier
 * @param side the side that must act; it owns the record
 * @param meetingId the meeting it was decided in
 * @param decisionId the decision in that meeting it carries out
 * @param title what must be done
 * @param assignee the person responsible (the item's "owner" in the minutes)
 * @param due the day it is due; it is overdue from the day after
 * @param status where it stands
 * @param history every change since it was created, oldest first
 */
public record ActionItem(
        String id,
        Nation side,
        String meetingId,
        String decisionId,
        String title,
        String assignee,
        LocalDate due,
        ActionStatus status,
        List<ActionChange> history) {

    /** Checks the fields. */
    public ActionItem {
        id = Texts.require("action item id", id);
        Texts.present("action item " + id + " side", side);
        meetingId = Texts.require("action item " + id + " meeting", meetingId);
        decisionId = Texts.require("action item " + id + " decision", decisionId);
        title = Texts.require("action item " + id + " title", title);
        assignee = Texts.require("action item " + id + " assignee", assignee);
        Texts.present("action item " + id + " due date", due);
        Texts.present("action item " + id + " status", status);
        history = List.copyOf(Texts.present("action item " + id + " history", history));
    }

    /** Creates an open item from a decision, with its creation as the first history entry. */
    public static ActionItem fromDecision(
            String id,
            Nation side,
            Meeting meeting,
            Decision decision,
            String title,
            String assignee,
            LocalDate due,
            String by,
            Instant at) {
        if (!meeting.decisions().contains(decision)) {
            throw new IllegalArgumentException(
                    "action item " + id + ": decision " + decision.id() + " is not in meeting " + meeting.id());
        }
        return new ActionItem(
                id,
                side,
                meeting.id(),
                decision.id(),
                title,
                assignee,
                due,
                ActionStatus.OPEN,
                List.of(new ActionChange(at, by, "created, due " + due + ", assigned to " + assignee)));
    }

    /** Returns this item moved to {@code next}, the change recorded; refuses a change to the same status. */
    public ActionItem withStatus(ActionStatus next, String by, Instant at) {
        if (next == status) {
            throw new IllegalArgumentException("action item " + id + " is already " + status);
        }
        return new ActionItem(
                id,
                side,
                meetingId,
                decisionId,
                title,
                assignee,
                due,
                next,
                append(new ActionChange(at, by, "status " + status + " -> " + next)));
    }

    /** Returns this item due on another day, the change recorded. */
    public ActionItem rescheduled(LocalDate newDue, String by, Instant at) {
        return new ActionItem(
                id,
                side,
                meetingId,
                decisionId,
                title,
                assignee,
                newDue,
                status,
                append(new ActionChange(at, by, "due " + due + " -> " + newDue)));
    }

    /**
     * Returns this item due on another day, the change recorded with why: {@code due 2027-04-01 -> 2027-05-15:
     * the exercise area is closed in April}.
     */
    public ActionItem rescheduled(LocalDate newDue, String reason, String by, Instant at) {
        String why = Texts.require("action item " + id + " reason for rescheduling", reason);
        return new ActionItem(
                id,
                side,
                meetingId,
                decisionId,
                title,
                assignee,
                newDue,
                status,
                append(new ActionChange(at, by, "due " + due + " -> " + newDue + ": " + why)));
    }

    /**
     * Returns this item cancelled because the other side takes it over as {@code newId}: a side owns the items
     * it must act on, so handing an item to the other side ends this one and starts theirs.
     */
    public ActionItem handedOver(String newId, Nation newSide, String newAssignee, String by, Instant at) {
        if (newSide.equals(side)) {
            throw new IllegalArgumentException("action item " + id + " is already " + side + "'s");
        }
        return new ActionItem(
                id,
                side,
                meetingId,
                decisionId,
                title,
                assignee,
                due,
                ActionStatus.CANCELLED,
                append(new ActionChange(
                        at, by, "handed to " + newSide.alpha3() + " as " + newId + ", assigned to " + newAssignee)));
    }

    /**
     * Returns the item the other side takes over from this one: same meeting, decision, title and due day, open,
     * its history this one's followed by the takeover.
     */
    public ActionItem takenOverAs(String newId, Nation newSide, String newAssignee, String by, Instant at) {
        List<ActionChange> all = new ArrayList<>(history);
        all.add(new ActionChange(
                at, by, "taken over from " + id + " of " + side.alpha3() + ", assigned to " + newAssignee));
        return new ActionItem(newId, newSide, meetingId, decisionId, title, newAssignee, due, ActionStatus.OPEN, all);
    }

    /** Returns this item handed to another person, the change recorded. */
    public ActionItem reassigned(String newAssignee, String by, Instant at) {
        return new ActionItem(
                id,
                side,
                meetingId,
                decisionId,
                title,
                newAssignee,
                due,
                status,
                append(new ActionChange(at, by, "assignee " + assignee + " -> " + newAssignee)));
    }

    /** Returns whether it is still pending after its due day: on {@code day}, due before it and not done. */
    public boolean isOverdue(LocalDate day) {
        return status.isPending() && due.isBefore(day);
    }

    private List<ActionChange> append(ActionChange change) {
        List<ActionChange> all = new ArrayList<>(history);
        all.add(change);
        return all;
    }
}
