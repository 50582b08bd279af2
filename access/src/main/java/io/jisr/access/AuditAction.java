package io.jisr.access;

import java.util.Locale;

/** What the audit log records. */
public enum AuditAction {
    /** A login succeeded. */
    LOGIN_SUCCEEDED,
    /** A login was refused: unknown user, wrong password, disabled account. */
    LOGIN_FAILED,
    /** A login was refused without checking the password because of too many failures. */
    LOGIN_THROTTLED,
    /** A session was ended by its owner. */
    LOGOUT,
    /** Someone changed their own password. */
    PASSWORD_CHANGED,
    /** An administrator set someone's password. */
    PASSWORD_RESET,
    /** An account was created. */
    USER_CREATED,
    /** An account's name, roles or state was changed. */
    USER_CHANGED,
    /** An API token was created. */
    TOKEN_CREATED,
    /** An API token was revoked. */
    TOKEN_REVOKED,
    /** Someone changed their own settings (language, theme). */
    SETTINGS_CHANGED,
    /** A watch officer acknowledged an alert, with a comment. */
    ALERT_ACKNOWLEDGED,
    /** A watch officer closed an alert, with a comment. */
    ALERT_CLOSED,
    /** Someone imported zones. */
    ZONES_IMPORTED,
    /** Someone removed a zone. */
    ZONE_REMOVED,
    /** An analyst imported incident reports. */
    INCIDENTS_IMPORTED,
    /** A programme officer registered a cooperation instrument. */
    INSTRUMENT_REGISTERED,
    /** A programme officer attached the signed text of an instrument. */
    INSTRUMENT_TEXT_ATTACHED,
    /** A programme officer changed an instrument: signed, denounced, terminated, renewed or its term amended. */
    INSTRUMENT_CHANGED,
    /** A programme officer created a working group. */
    WORKING_GROUP_CREATED,
    /** A programme officer recorded a meeting with its decisions and action items. */
    MEETING_RECORDED,
    /** A programme officer moved an action item to another status. */
    ACTION_STATUS_CHANGED,
    /** A programme officer moved an action item to another due day, with the reason. */
    ACTION_RESCHEDULED,
    /** A programme officer gave an action item to another assignee or handed it to the other side. */
    ACTION_REASSIGNED,
    /** A programme officer changed the place or the minutes of a meeting of this side. */
    MEETING_CHANGED,
    /** A programme officer set the people this side sends to a partner's meeting. */
    MEETING_ATTENDEES_SENT,
    /** A partner's node sent a programme edit that this node refused (not its field, or not taken at all). */
    PARTNER_EDIT_REFUSED,
    /** A partner's node sent an incident report (or a new version of one) that this node stored. */
    PARTNER_INCIDENT_RECEIVED,
    /** A partner's node sent an incident report this node refused (unreadable, or the category not taken). */
    PARTNER_INCIDENT_REFUSED,
    /** A partner's node sent an alert (or a new version of one) that this node stored. */
    PARTNER_ALERT_RECEIVED,
    /** A partner's node sent an alert this node refused (unreadable, or the category not taken). */
    PARTNER_ALERT_REFUSED,
    /** A programme officer opened an acquisition case. */
    ACQUISITION_CASE_OPENED,
    /** A programme officer recorded a delivery on an acquisition case. */
    DELIVERY_RECORDED,
    /** A programme officer added a step to an acquisition case or recorded a milestone reached. */
    ACQUISITION_CASE_CHANGED,
    /** A rescue coordinator opened a SAR case. */
    SAR_CASE_OPENED,
    /** A rescue coordinator changed a SAR case's last known position, persons on board or status. */
    SAR_CASE_CHANGED,
    /** A rescue coordinator wrote a note in a SAR case's log. */
    SAR_CASE_NOTE,
    /** A rescue coordinator shared a SAR case with a partner's rescue centre. */
    SAR_CASE_SHARED,
    /** A rescue coordinator handed a SAR case over to a partner's rescue centre. */
    SAR_CASE_HANDED_OVER,
    /** A partner's node sent a SAR case that this node took (a copy, an update, or a case handed over). */
    PARTNER_SAR_CASE_RECEIVED,
    /** A partner's node sent a SAR case record that this node refused (unreadable, not taken, not theirs). */
    PARTNER_SAR_CASE_REFUSED,
    /** An analyst started an incident report (a draft). */
    INCIDENT_CREATED,
    /** An analyst wrote a new version of an incident report, with the reason. */
    INCIDENT_REVISED,
    /** An analyst submitted an incident report for review. */
    INCIDENT_SUBMITTED,
    /** An analyst took their incident report back from review. */
    INCIDENT_WITHDRAWN,
    /** A second analyst confirmed an incident report. */
    INCIDENT_CONFIRMED,
    /** A second analyst rejected an incident report, with the reason. */
    INCIDENT_REJECTED,
    /** An analyst published a confirmed incident report. */
    INCIDENT_PUBLISHED,
    /** An analyst linked two incident reports. */
    INCIDENT_LINKED,
    /** An administrator saved a new version of a sharing agreement (an edit of its dates, status or annexes). */
    AGREEMENT_CHANGED,
    /** An administrator suspended a sharing agreement, with the reason: nothing more leaves under it. */
    AGREEMENT_SUSPENDED,
    /** An administrator put a suspended sharing agreement back in force, with the reason. */
    AGREEMENT_REINSTATED;

    /** Returns the name as stored: lower case with dots, {@code login.failed}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '.');
    }

    /**
     * Returns the action with the code {@code code}.
     *
     * @throws IllegalArgumentException if there is none
     */
    public static AuditAction parse(String code) {
        for (AuditAction a : values()) {
            if (a.code().equals(code)) {
                return a;
            }
        }
        StringBuilder all = new StringBuilder();
        for (AuditAction a : values()) {
            all.append(all.isEmpty() ? "" : ", ").append(a.code());
        }
        throw new IllegalArgumentException("action must be one of " + all + ", was \"" + code + "\"");
    }
}
