package io.jisr.programme;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * A cooperation instrument — a memorandum of understanding, an implementing arrangement or a letter — with
 * the dates its status is derived from.
 *
 * @param id the register's identifier, minted by the owning side's node
 * @param owningSide the side that keeps this record and alone may edit it
 * @param kind memorandum, implementing arrangement or letter
 * @param title the instrument's title
 * @param parties the signatories, at least two, distinct, in order given
 * @param parentId the memorandum an implementing arrangement falls under, if any
 * @param signed the day the last party signed, empty while a draft
 * @param entryIntoForce the day it enters into force, empty while not known
 * @param term its duration and renewal rule
 * @param denounced the day a party gave notice of denunciation, if one did
 * @param terminated the day the parties ended it early, if they did; it is not in force from that day
 * @param text the signed text, if attached
 * @param sharingAgreementIds the sharing agreements that implement it
 */
public record Instrument(
        String id,
        Nation owningSide,
        InstrumentKind kind,
        String title,
        List<Nation> parties,
        Optional<String> parentId,
        Optional<LocalDate> signed,
        Optional<LocalDate> entryIntoForce,
        Term term,
        Optional<LocalDate> denounced,
        Optional<LocalDate> terminated,
        Optional<DocumentRef> text,
        List<String> sharingAgreementIds) {

    /** Checks the fields and the order of the dates. */
    public Instrument {
        id = Texts.require("instrument id", id);
        Texts.present("instrument " + id + " owning side", owningSide);
        Texts.present("instrument " + id + " kind", kind);
        title = Texts.require("instrument " + id + " title", title);
        parties = List.copyOf(Texts.present("instrument " + id + " parties", parties));
        if (parties.size() < 2 || parties.stream().distinct().count() != parties.size()) {
            throw new IllegalArgumentException(
                    "instrument " + id + " needs at least two distinct parties, was " + parties);
        }
        if (!parties.contains(owningSide)) {
            throw new IllegalArgumentException(
                    "instrument " + id + " owning side " + owningSide + " must be one of its parties " + parties);
        }
        Texts.present("instrument " + id + " parent", parentId);
        Texts.present("instrument " + id + " signature date", signed);
        Texts.present("instrument " + id + " entry-into-force date", entryIntoForce);
        Texts.present("instrument " + id + " term", term);
        Texts.present("instrument " + id + " denunciation date", denounced);
        Texts.present("instrument " + id + " termination date", terminated);
        Texts.present("instrument " + id + " text", text);
        sharingAgreementIds =
                List.copyOf(Texts.present("instrument " + id + " sharing agreements", sharingAgreementIds));
        if (entryIntoForce.isPresent() && signed.isEmpty()) {
            throw new IllegalArgumentException("instrument " + id + " cannot enter into force on "
                    + entryIntoForce.get() + " without a signature date");
        }
        if (entryIntoForce.isPresent() && entryIntoForce.get().isBefore(signed.get())) {
            throw new IllegalArgumentException("instrument " + id + " entry into force " + entryIntoForce.get()
                    + " must not be before its signature " + signed.get());
        }
        if ((denounced.isPresent() || terminated.isPresent()) && entryIntoForce.isEmpty()) {
            throw new IllegalArgumentException(
                    "instrument " + id + " can be denounced or terminated only once it has an entry-into-force date");
        }
        if (terminated.isPresent() && terminated.get().isBefore(entryIntoForce.get())) {
            throw new IllegalArgumentException("instrument " + id + " termination " + terminated.get()
                    + " must not be before its entry into force " + entryIntoForce.get());
        }
    }

    /** A draft: no dates yet, no text, no linked agreements. */
    public static Instrument draft(
            String id, Nation owningSide, InstrumentKind kind, String title, List<Nation> parties, Term term) {
        return new Instrument(
                id,
                owningSide,
                kind,
                title,
                parties,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                term,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of());
    }

    /** Returns this instrument signed on {@code signedOn}, entering into force on {@code inForceFrom}. */
    public Instrument signed(LocalDate signedOn, LocalDate inForceFrom) {
        return new Instrument(
                id,
                owningSide,
                kind,
                title,
                parties,
                parentId,
                Optional.of(signedOn),
                Optional.of(inForceFrom),
                term,
                denounced,
                terminated,
                text,
                sharingAgreementIds);
    }

    /** Returns this instrument with a denunciation notified on {@code notifiedOn}. */
    public Instrument denouncedOn(LocalDate notifiedOn) {
        return new Instrument(
                id,
                owningSide,
                kind,
                title,
                parties,
                parentId,
                signed,
                entryIntoForce,
                term,
                Optional.of(notifiedOn),
                terminated,
                text,
                sharingAgreementIds);
    }

    /** Returns this instrument ended by the parties with effect on {@code effectiveOn}. */
    public Instrument terminatedOn(LocalDate effectiveOn) {
        return new Instrument(
                id,
                owningSide,
                kind,
                title,
                parties,
                parentId,
                signed,
                entryIntoForce,
                term,
                denounced,
                Optional.of(effectiveOn),
                text,
                sharingAgreementIds);
    }

    /** Returns this instrument with its denunciation withdrawn: a renewing term goes on renewing. */
    public Instrument denunciationWithdrawn() {
        return new Instrument(
                id,
                owningSide,
                kind,
                title,
                parties,
                parentId,
                signed,
                entryIntoForce,
                term,
                Optional.empty(),
                terminated,
                text,
                sharingAgreementIds);
    }

    /** Returns this instrument with another term (an amendment or a renewal of a fixed term). */
    public Instrument withTerm(Term amended) {
        return new Instrument(
                id,
                owningSide,
                kind,
                title,
                parties,
                parentId,
                signed,
                entryIntoForce,
                amended,
                denounced,
                terminated,
                text,
                sharingAgreementIds);
    }

    /** Returns this instrument with its signed text attached. */
    public Instrument withText(DocumentRef document) {
        return new Instrument(
                id,
                owningSide,
                kind,
                title,
                parties,
                parentId,
                signed,
                entryIntoForce,
                term,
                denounced,
                terminated,
                Optional.of(document),
                sharingAgreementIds);
    }

    /** Returns this instrument under a parent memorandum and implemented by these sharing agreements. */
    public Instrument linked(Optional<String> parent, List<String> agreementIds) {
        return new Instrument(
                id,
                owningSide,
                kind,
                title,
                parties,
                parent,
                signed,
                entryIntoForce,
                term,
                denounced,
                terminated,
                text,
                agreementIds);
    }

    /**
     * Returns the day its term ends (the first day it is no longer in force) as known on no particular day:
     * the end of the initial term for a fixed term, the end of the term a timely denunciation stops for a
     * renewing one, and empty for a renewing instrument nobody denounced (it goes on) or one not yet in
     * force. A termination is not a term end; see {@link #status}.
     */
    public Optional<LocalDate> termEnd() {
        if (entryIntoForce.isEmpty()) {
            return Optional.empty();
        }
        LocalDate start = entryIntoForce.get();
        if (term.renewal().isEmpty()) {
            return Optional.of(term.endOfTerm(start, 0));
        }
        if (denounced.isEmpty()) {
            return Optional.empty();
        }
        // The first term whose notice deadline the denunciation still meets; a late notice stops the next.
        for (long index = 0; ; index++) {
            LocalDate end = term.endOfTerm(start, index);
            if (!denounced.get().isAfter(end.minus(term.notice()))) {
                return Optional.of(end);
            }
        }
    }

    /**
     * Returns the end of the term running on {@code day} — the next day it would expire unless renewed —
     * or empty if it is not in force that day.
     */
    public Optional<LocalDate> currentTermEnd(LocalDate day) {
        if (status(day) != InstrumentStatus.IN_FORCE) {
            return Optional.empty();
        }
        LocalDate start = entryIntoForce.orElseThrow();
        long index = 0;
        while (!term.endOfTerm(start, index).isAfter(day)) {
            index++;
        }
        return Optional.of(term.endOfTerm(start, index));
    }

    /**
     * Returns the last day a party may denounce so that the term running on {@code day} is the last, or
     * empty if it is not in force, is a fixed term or is already denounced.
     */
    public Optional<LocalDate> denunciationDeadline(LocalDate day) {
        if (term.renewal().isEmpty() || denounced.isPresent()) {
            return Optional.empty();
        }
        return currentTermEnd(day).map(end -> end.minus(term.notice()));
    }

    /** Returns its status on {@code day}, derived from the dates alone. */
    public InstrumentStatus status(LocalDate day) {
        if (terminated.isPresent() && !day.isBefore(terminated.get())) {
            return InstrumentStatus.TERMINATED;
        }
        if (signed.isEmpty() || day.isBefore(signed.get())) {
            return InstrumentStatus.DRAFT;
        }
        if (entryIntoForce.isEmpty() || day.isBefore(entryIntoForce.get())) {
            return InstrumentStatus.SIGNED;
        }
        Optional<LocalDate> end = termEnd();
        if (end.isPresent() && !day.isBefore(end.get())) {
            return InstrumentStatus.EXPIRED;
        }
        return InstrumentStatus.IN_FORCE;
    }

    /** Returns whether it is in force on {@code day}. */
    public boolean isInForce(LocalDate day) {
        return status(day) == InstrumentStatus.IN_FORCE;
    }

    /**
     * Returns whether it is in force on {@code day} and will certainly stop being in force within
     * {@code days} days (its term ends or a termination takes effect by {@code day + days}). A tacitly
     * renewing instrument nobody denounced is not expiring; see {@link #denunciationDeadline}.
     */
    public boolean isExpiringWithin(LocalDate day, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative, was " + days);
        }
        if (!isInForce(day)) {
            return false;
        }
        LocalDate horizon = day.plusDays(days);
        Optional<LocalDate> end = termEnd();
        if (terminated.isPresent() && (end.isEmpty() || terminated.get().isBefore(end.get()))) {
            end = terminated;
        }
        return end.isPresent() && !end.get().isAfter(horizon);
    }

    /** Returns the whole days from {@code day} to the end it is expiring on, if it has a definite one. */
    public Optional<Long> daysLeft(LocalDate day) {
        Optional<LocalDate> end = termEnd();
        if (terminated.isPresent() && (end.isEmpty() || terminated.get().isBefore(end.get()))) {
            end = terminated;
        }
        return end.map(e -> ChronoUnit.DAYS.between(day, e));
    }
}
