package io.jisr.programme.acquisition;

import io.jisr.programme.Texts;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A milestone of an acquisition case, planned and (once reached) actual.
 *
 * @param name what is reached, for example {@code factory acceptance test}
 * @param planned the day it is planned for
 * @param actual the day it was reached, empty until then
 */
public record Milestone(String name, LocalDate planned, Optional<LocalDate> actual) {

    /** Checks the fields. */
    public Milestone {
        name = Texts.require("milestone name", name);
        Texts.present("milestone " + name + " planned date", planned);
        Texts.present("milestone " + name + " actual date", actual);
    }

    /** Returns whether on {@code day} it is not reached and its planned day has passed. */
    public boolean isLate(LocalDate day) {
        return actual.isEmpty() && planned.isBefore(day);
    }

    /** Returns whether on {@code day} it is not reached and planned within the next {@code days} days. */
    public boolean isComingWithin(LocalDate day, int days) {
        return actual.isEmpty() && !planned.isBefore(day) && !planned.isAfter(day.plusDays(days));
    }

    /** Returns whether it was reached after its planned day. */
    public boolean wasReachedLate() {
        return actual.isPresent() && actual.get().isAfter(planned);
    }
}
