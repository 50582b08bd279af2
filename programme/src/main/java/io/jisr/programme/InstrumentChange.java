package io.jisr.programme;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * A change to an instrument after it was registered: its signature and entry into force, a denunciation, a
 * termination, a renewal, or an amendment of its term. {@link #conflict} says why the change cannot happen to an
 * instrument as it stands (a value a user can cause in normal work, shown as is); {@link #applyTo} makes it, the
 * instrument's constructor checking the dates.
 */
public sealed interface InstrumentChange {

    /**
     * Returns why this change cannot be made to {@code instrument} on {@code day} — signing what is signed,
     * denouncing what is terminated, renewing what renews by itself — or empty when it can.
     */
    Optional<String> conflict(Instrument instrument, LocalDate day);

    /**
     * Returns {@code instrument} changed.
     *
     * @throws IllegalArgumentException if the dates do not fit the instrument's (see {@link Instrument})
     */
    Instrument applyTo(Instrument instrument);

    /** Returns what the change did, in words, for the audit log. */
    String describe();

    /** Returns the request field that {@link #applyTo} blames when the dates do not fit. */
    String field();

    /**
     * The parties signed on {@code signed}; it enters into force on {@code entryIntoForce}.
     *
     * @param signed the day the last party signed
     * @param entryIntoForce the day it enters into force, not before the signature
     */
    record Sign(LocalDate signed, LocalDate entryIntoForce) implements InstrumentChange {
        /** Checks the fields. */
        public Sign {
            Texts.present("signature date", signed);
            Texts.present("entry-into-force date", entryIntoForce);
        }

        @Override
        public Optional<String> conflict(Instrument i, LocalDate day) {
            return i.signed().map(s -> "instrument " + i.id() + " was already signed on " + s);
        }

        @Override
        public Instrument applyTo(Instrument i) {
            return i.signed(signed, entryIntoForce);
        }

        @Override
        public String describe() {
            return "signed " + signed + ", in force from " + entryIntoForce;
        }

        @Override
        public String field() {
            return "entryIntoForce";
        }
    }

    /**
     * A party notified its denunciation on {@code notifiedOn}: the renewal stops after the term whose notice
     * deadline it meets.
     *
     * @param notifiedOn the day the notice was given
     */
    record Denounce(LocalDate notifiedOn) implements InstrumentChange {
        /** Checks the field. */
        public Denounce {
            Texts.present("denunciation date", notifiedOn);
        }

        @Override
        public Optional<String> conflict(Instrument i, LocalDate day) {
            if (i.entryIntoForce().isEmpty()) {
                return Optional.of("instrument " + i.id() + " is " + i.status(day) + ": only an instrument with an"
                        + " entry into force can be denounced");
            }
            if (i.terminated().isPresent()) {
                return Optional.of("instrument " + i.id() + " was terminated on "
                        + i.terminated().get());
            }
            if (i.denounced().isPresent()) {
                return Optional.of("instrument " + i.id() + " was already denounced on "
                        + i.denounced().get());
            }
            if (i.term().renewal().isEmpty()) {
                return Optional.of("instrument " + i.id() + " has a fixed term ending on "
                        + i.termEnd().orElseThrow() + ": there is no renewal to stop; terminate it to end it earlier");
            }
            return Optional.empty();
        }

        @Override
        public Instrument applyTo(Instrument i) {
            if (i.entryIntoForce().isPresent()
                    && notifiedOn.isBefore(i.entryIntoForce().get())) {
                throw new IllegalArgumentException("instrument " + i.id() + " denunciation " + notifiedOn
                        + " must not be before its entry into force "
                        + i.entryIntoForce().get());
            }
            return i.denouncedOn(notifiedOn);
        }

        @Override
        public String describe() {
            return "denounced on " + notifiedOn;
        }

        @Override
        public String field() {
            return "date";
        }
    }

    /**
     * The parties ended it with effect on {@code effectiveOn}.
     *
     * @param effectiveOn the first day it is no longer in force
     */
    record Terminate(LocalDate effectiveOn) implements InstrumentChange {
        /** Checks the field. */
        public Terminate {
            Texts.present("termination date", effectiveOn);
        }

        @Override
        public Optional<String> conflict(Instrument i, LocalDate day) {
            if (i.entryIntoForce().isEmpty()) {
                return Optional.of("instrument " + i.id() + " is " + i.status(day) + ": only an instrument with an"
                        + " entry into force can be terminated");
            }
            if (i.terminated().isPresent()) {
                return Optional.of("instrument " + i.id() + " was already terminated on "
                        + i.terminated().get());
            }
            Optional<LocalDate> end = i.termEnd();
            if (end.isPresent() && effectiveOn.isAfter(end.get())) {
                return Optional.of("instrument " + i.id() + " expires on " + end.get() + ", before " + effectiveOn
                        + ": there is nothing left to terminate then");
            }
            return Optional.empty();
        }

        @Override
        public Instrument applyTo(Instrument i) {
            return i.terminatedOn(effectiveOn);
        }

        @Override
        public String describe() {
            return "terminated with effect on " + effectiveOn;
        }

        @Override
        public String field() {
            return "date";
        }
    }

    /**
     * The parties renewed it: a fixed term is prolonged by {@code period}; a tacitly renewing instrument that was
     * denounced goes on renewing (the denunciation is withdrawn, and no period is given).
     *
     * @param period how much longer a fixed term runs; empty for a renewing instrument
     */
    record Renew(Optional<Period> period) implements InstrumentChange {
        /** Checks the field. */
        public Renew {
            Texts.present("renewal period", period).ifPresent(p -> {
                if (p.isNegative() || p.isZero()) {
                    throw new IllegalArgumentException("renewal period must be positive, was " + p);
                }
            });
        }

        @Override
        public Optional<String> conflict(Instrument i, LocalDate day) {
            if (i.entryIntoForce().isEmpty()) {
                return Optional.of("instrument " + i.id() + " is " + i.status(day) + ": it has no term to renew yet");
            }
            if (i.terminated().isPresent()) {
                return Optional.of("instrument " + i.id() + " was terminated on "
                        + i.terminated().get());
            }
            if (i.status(day) == InstrumentStatus.EXPIRED) {
                return Optional.of(
                        "instrument " + i.id() + " expired on " + i.termEnd().orElseThrow()
                                + ": an expired instrument is not renewed, a new one is registered");
            }
            if (i.term().renewal().isPresent() && i.denounced().isEmpty()) {
                return Optional.of("instrument " + i.id() + " renews tacitly every "
                        + i.term().renewal().get() + " and was not denounced: there is nothing to renew");
            }
            return Optional.empty();
        }

        @Override
        public Instrument applyTo(Instrument i) {
            if (i.term().renewal().isPresent()) {
                if (period.isPresent()) {
                    throw new IllegalArgumentException("instrument " + i.id() + " renews by its own term of "
                            + i.term().renewal().get() + "; a renewal period is only for a fixed term");
                }
                return i.denunciationWithdrawn();
            }
            Period more = period.orElseThrow(() -> new IllegalArgumentException(
                    "instrument " + i.id() + " has a fixed term: the renewal needs a period"));
            return i.withTerm(new Term(
                    i.term().initial().plus(more), Optional.empty(), i.term().notice()));
        }

        @Override
        public String describe() {
            return period.map(p -> "renewed for " + p).orElse("renewed: denunciation withdrawn");
        }

        @Override
        public String field() {
            return "period";
        }
    }

    /**
     * The parties amended its term: the initial period, the tacit renewal (empty for a fixed term) and the notice.
     *
     * @param term the term as amended
     */
    record Amend(Term term) implements InstrumentChange {
        /** Checks the field. */
        public Amend {
            Texts.present("term", term);
        }

        @Override
        public Optional<String> conflict(Instrument i, LocalDate day) {
            if (i.terminated().isPresent()) {
                return Optional.of("instrument " + i.id() + " was terminated on "
                        + i.terminated().get());
            }
            if (i.term().equals(term)) {
                return Optional.of("instrument " + i.id() + " already has this term");
            }
            return Optional.empty();
        }

        @Override
        public Instrument applyTo(Instrument i) {
            return i.withTerm(term);
        }

        @Override
        public String describe() {
            return "term amended: initial " + term.initial()
                    + term.renewal().map(r -> ", renewed every " + r).orElse(", fixed") + ", notice " + term.notice();
        }

        @Override
        public String field() {
            return "initial";
        }
    }
}
