package io.jisr.programme;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * How long an instrument lasts once in force, and how it renews: an initial term, then, if tacitly renewed,
 * further terms of {@code renewal} each unless a party denounces it at least {@code notice} before the end of
 * the term running.
 *
 * <p>"5 years, tacitly renewed for 5 unless denounced 6 months before" is
 * {@code Term.renewing(Period.ofYears(5), Period.ofYears(5), Period.ofMonths(6))}.
 *
 * @param initial the first term, counted from entry into force
 * @param renewal the length of each tacit renewal; empty for a fixed term
 * @param notice how long before the end of a term a denunciation must be given to stop the next renewal
 */
public record Term(Period initial, Optional<Period> renewal, Period notice) {

    /** Checks that the periods are positive. */
    public Term {
        requirePositive("initial term", initial);
        Texts.present("renewal", renewal).ifPresent(p -> requirePositive("renewal term", p));
        Texts.present("denunciation notice", notice);
        if (notice.isNegative()) {
            throw new IllegalArgumentException("denunciation notice must not be negative, was " + notice);
        }
    }

    /** A fixed term with no renewal; a denunciation notice still applies to end it early. */
    public static Term fixed(Period initial, Period notice) {
        return new Term(initial, Optional.empty(), notice);
    }

    /** A term renewed tacitly for {@code renewal} at a time unless denounced {@code notice} before its end. */
    public static Term renewing(Period initial, Period renewal, Period notice) {
        return new Term(initial, Optional.of(renewal), notice);
    }

    /**
     * Returns the end of term number {@code index} (0 for the initial term) for an instrument in force from
     * {@code entryIntoForce}; the instrument is in force up to the day before. Computed from the entry into
     * force each time rather than by adding to the previous end, so that a term starting on 29 February or
     * the 31st does not drift.
     */
    public LocalDate endOfTerm(LocalDate entryIntoForce, long index) {
        if (index == 0) {
            return entryIntoForce.plus(initial);
        }
        Period each = renewal.orElseThrow(
                () -> new IllegalArgumentException("a fixed term has no renewal " + index + ", only term 0"));
        Period total = Period.of(
                        Math.toIntExact(initial.getYears() + each.getYears() * index),
                        Math.toIntExact(initial.getMonths() + each.getMonths() * index),
                        Math.toIntExact(initial.getDays() + each.getDays() * index))
                .normalized();
        return entryIntoForce.plus(total);
    }

    private static void requirePositive(String what, Period period) {
        if (period == null || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException(what + " must be positive, was " + period);
        }
    }
}
