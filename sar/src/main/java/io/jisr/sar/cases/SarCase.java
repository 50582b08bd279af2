package io.jisr.sar.cases;

import io.jisr.sar.plan.export.CaseStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A search and rescue case: the object in distress and where it was last known to be, the persons on
 * board, the status and the log of every action taken, oldest first (the first entry opened it). Immutable:
 * each change returns a new case with the change logged.
 *
 * @param reference the case's reference, unique on the node ({@code SAR-2026-001}): letters, digits and
 *     hyphens, at most 40
 * @param source who reported the distress (a coast station, a relative, a ship, a beacon), at most 200
 *     characters
 * @param objectId the Leeway object category number (the bundled table's)
 * @param lastKnown the last known position with its uncertainty
 * @param personsOnBoard persons on board as known, 0 to {@value #MAX_PERSONS}
 * @param status where the case stands
 * @param log every action, oldest first, never empty; its length is the case's {@link #version()}
 * @param custody who runs the case and who follows it (see {@link CaseCustody})
 */
public record SarCase(
        String reference,
        String source,
        int objectId,
        LastKnownPosition lastKnown,
        int personsOnBoard,
        CaseStatus status,
        List<CaseLogEntry> log,
        CaseCustody custody) {

    /** Most persons on board a case may count: a large passenger ship. */
    public static final int MAX_PERSONS = 10_000;

    /** Longest reporting source. */
    public static final int MAX_SOURCE = 200;

    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,39}");

    /** Checks the fields and copies the log. */
    public SarCase {
        checkReference(reference);
        if (source == null || source.isBlank() || source.length() > MAX_SOURCE) {
            throw new IllegalArgumentException(
                    "a case's reporting source must be 1 to " + MAX_SOURCE + " characters, was \"" + source + "\"");
        }
        if (objectId < 1) {
            throw new IllegalArgumentException("a Leeway object category number must be positive, was " + objectId);
        }
        Objects.requireNonNull(lastKnown, "lastKnown");
        if (personsOnBoard < 0 || personsOnBoard > MAX_PERSONS) {
            throw new IllegalArgumentException(
                    "persons on board must be within 0.." + MAX_PERSONS + ", was " + personsOnBoard);
        }
        Objects.requireNonNull(status, "status");
        log = List.copyOf(log);
        if (log.isEmpty() || log.getFirst().action() != CaseAction.OPENED) {
            throw new IllegalArgumentException("a case's log must start with its opening, case " + reference);
        }
        Objects.requireNonNull(custody, "custody");
    }

    /** A case opened here and shared with nobody. */
    public SarCase(
            String reference,
            String source,
            int objectId,
            LastKnownPosition lastKnown,
            int personsOnBoard,
            CaseStatus status,
            List<CaseLogEntry> log) {
        this(reference, source, objectId, lastKnown, personsOnBoard, status, log, localCustody(reference));
    }

    private static CaseCustody localCustody(String reference) {
        checkReference(reference);
        return CaseCustody.local(reference);
    }

    private static void checkReference(String reference) {
        if (reference == null || !REFERENCE.matcher(reference).matches()) {
            throw new IllegalArgumentException(
                    "a case reference must be 1 to 40 letters, digits and hyphens, was \"" + reference + "\"");
        }
    }

    /**
     * Opens a case: status {@link CaseStatus#OPEN}, the log's first entry says who opened it and with what.
     *
     * @param by who opens it
     * @param at when
     */
    public static SarCase open(
            String reference,
            String source,
            int objectId,
            LastKnownPosition lastKnown,
            int personsOnBoard,
            String by,
            Instant at) {
        String text = "opened from " + source + ": object " + objectId + ", " + lastKnown.describe() + ", "
                + personsOnBoard + " on board";
        return new SarCase(
                reference,
                source,
                objectId,
                lastKnown,
                personsOnBoard,
                CaseStatus.OPEN,
                List.of(new CaseLogEntry(at, by, CaseAction.OPENED, text, Optional.empty())));
    }

    /** Returns when the case was opened. */
    public Instant openedAt() {
        return log.getFirst().at();
    }

    /** Returns when the case was last acted on. */
    public Instant lastActivity() {
        return log.getLast().at();
    }

    /** Returns the case with a new last known position, logged. */
    public SarCase withLastKnown(LastKnownPosition position, String by, Instant at) {
        return new SarCase(reference, source, objectId, position, personsOnBoard, status, log, custody)
                .logged(new CaseLogEntry(at, by, CaseAction.LKP_CHANGED, position.describe(), Optional.empty()));
    }

    /** Returns the case with a new count of persons on board, logged. */
    public SarCase withPersonsOnBoard(int persons, String by, Instant at) {
        String text = personsOnBoard + " → " + persons + " on board";
        return new SarCase(reference, source, objectId, lastKnown, persons, status, log, custody)
                .logged(new CaseLogEntry(at, by, CaseAction.PERSONS_CHANGED, text, Optional.empty()));
    }

    /**
     * Moves the case to {@code next} if its lifecycle allows it: an open case goes to an active search,
     * is suspended or closed; an active search is suspended or the case closed; a suspended search resumes
     * or the case is closed; a closed case is reopened (to open) when new information arrives.
     */
    public StatusChange moveTo(CaseStatus next, String by, Instant at) {
        if (!allowedAfter(status).contains(next)) {
            return new StatusChange.Refused("case " + reference + " cannot go from " + status + " to " + next
                    + "; allowed: " + allowedAfter(status));
        }
        return new StatusChange.Moved(new SarCase(
                        reference, source, objectId, lastKnown, personsOnBoard, next, log, custody)
                .logged(new CaseLogEntry(at, by, CaseAction.STATUS_CHANGED, status + " → " + next, Optional.empty())));
    }

    /** Returns the statuses a case in {@code status} may move to. */
    public static Set<CaseStatus> allowedAfter(CaseStatus status) {
        return switch (status) {
            case OPEN -> EnumSet.of(CaseStatus.ACTIVE_SEARCH, CaseStatus.SUSPENDED, CaseStatus.CLOSED);
            case ACTIVE_SEARCH -> EnumSet.of(CaseStatus.SUSPENDED, CaseStatus.CLOSED);
            case SUSPENDED -> EnumSet.of(CaseStatus.ACTIVE_SEARCH, CaseStatus.CLOSED);
            case CLOSED -> EnumSet.of(CaseStatus.OPEN);
        };
    }

    /**
     * Returns the case with one more log entry: a drift run, a plan, an unsuccessful search or a note. The
     * opening, position, persons and status entries come with their changes.
     *
     * @throws IllegalArgumentException for an action that changes the case, or an entry older than the last
     */
    public SarCase logged(CaseLogEntry entry) {
        if (entry.at().isBefore(lastActivity())) {
            throw new IllegalArgumentException("case " + reference + ": log entry at " + entry.at()
                    + " is older than the last one, at " + lastActivity());
        }
        if (entry.action() == CaseAction.OPENED) {
            throw new IllegalArgumentException("case " + reference + " is open already");
        }
        List<CaseLogEntry> more = new ArrayList<>(log);
        more.add(entry);
        return new SarCase(reference, source, objectId, lastKnown, personsOnBoard, status, more, custody);
    }

    /**
     * Returns the case's version: the length of its log. Every change logs an entry and only the holder
     * changes a case, so between centres a longer log is always the later state.
     */
    public int version() {
        return log.size();
    }

    /** Returns this case under another custody, or as another node keeps it under {@code localReference}. */
    public SarCase withCustody(String localReference, CaseCustody newCustody) {
        return new SarCase(localReference, source, objectId, lastKnown, personsOnBoard, status, log, newCustody);
    }

    /** Returns this case with {@code log} in place of its own, as a partner's copy shows the actors. */
    public SarCase withLog(List<CaseLogEntry> newLog) {
        return new SarCase(reference, source, objectId, lastKnown, personsOnBoard, status, newLog, custody);
    }

    /**
     * Returns the case shared with {@code partner}, which from now on receives every update, logged; the case
     * itself when the partner follows it already.
     *
     * @throws IllegalStateException when this node does not hold the case
     */
    public SarCase sharedWith(RescueCentre partner, String by, Instant at) {
        requireHeldHere();
        if (custody.followers().contains(partner)) {
            return this;
        }
        List<RescueCentre> followers = new ArrayList<>(custody.followers());
        followers.add(partner);
        CaseCustody next = new CaseCustody(custody.origin(), custody.originReference(), custody.holder(), followers);
        return withCustody(reference, next)
                .logged(new CaseLogEntry(at, by, CaseAction.SHARED, "shared with " + partner, Optional.empty()));
    }

    /**
     * Returns the case handed over to {@code partner}, logged: the partner runs it from now on, and this node
     * ({@code self}) keeps a read-only copy that follows the partner's updates.
     *
     * @throws IllegalStateException when this node does not hold the case
     * @throws IllegalArgumentException when {@code partner} is this node
     */
    public SarCase handedOver(RescueCentre partner, RescueCentre self, String by, Instant at) {
        requireHeldHere();
        if (partner.equals(self)) {
            throw new IllegalArgumentException("case " + reference + " is held by " + self + " already");
        }
        List<RescueCentre> followers = new ArrayList<>(custody.followers());
        followers.remove(partner);
        followers.add(self);
        SarCase logged =
                logged(new CaseLogEntry(at, by, CaseAction.HANDED_OVER, "handed over to " + partner, Optional.empty()));
        return logged.withCustody(
                reference,
                new CaseCustody(custody.origin(), custody.originReference(), Optional.of(partner), followers));
    }

    private void requireHeldHere() {
        if (!custody.heldHere()) {
            throw new IllegalStateException(
                    "case " + reference + " is held by " + custody.holder().get() + "; only the holder changes it");
        }
    }
}
