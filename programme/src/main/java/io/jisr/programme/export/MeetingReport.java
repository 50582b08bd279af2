package io.jisr.programme.export;

import io.jisr.programme.ActionItem;
import io.jisr.programme.Meeting;
import io.jisr.programme.WorkingGroup;
import java.time.LocalDate;
import java.util.List;

/**
 * What the printable report of one working-group meeting shows.
 *
 * @param group the working group that met
 * @param meeting the meeting
 * @param actions the action items born from its decisions
 * @param asOf the day the report is printed for; items pending after their due day are highlighted as overdue
 */
public record MeetingReport(WorkingGroup group, Meeting meeting, List<ActionItem> actions, LocalDate asOf) {

    /** Checks that the meeting is the group's and the actions the meeting's. */
    public MeetingReport {
        if (group == null || meeting == null || actions == null || asOf == null) {
            throw new IllegalArgumentException("a meeting report needs a group, a meeting, actions and a day");
        }
        if (!meeting.workingGroupId().equals(group.id())) {
            throw new IllegalArgumentException(
                    "meeting " + meeting.id() + " is of group " + meeting.workingGroupId() + ", not " + group.id());
        }
        actions = List.copyOf(actions);
        for (ActionItem a : actions) {
            if (!a.meetingId().equals(meeting.id())) {
                throw new IllegalArgumentException(
                        "action item " + a.id() + " is of meeting " + a.meetingId() + ", not " + meeting.id());
            }
        }
    }
}
