package io.jisr.sar.cases;

import io.jisr.sar.plan.export.CaseStatus;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which cases a coordinator lists: by status, by period and by words.
 *
 * @param status only cases in this status, when given
 * @param from only cases still acted on at or after this time, when given
 * @param to only cases opened before this time, when given
 * @param text only cases whose reference, source or log contains this text, ignoring case; empty for all
 */
public record CaseFilter(Optional<CaseStatus> status, Optional<Instant> from, Optional<Instant> to, String text) {

    /** Checks the fields. */
    public CaseFilter {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(text, "text");
    }

    /** Returns the filter that lists every case. */
    public static CaseFilter all() {
        return new CaseFilter(Optional.empty(), Optional.empty(), Optional.empty(), "");
    }

    /*
     * A case belongs to a period when it was alive during it: opened before the period ends and acted on
     * at or after it starts. A case opened last week and still searched today is in today's list.
     */
    /** Returns whether {@code c} passes the filter. */
    public boolean matches(SarCase c) {
        if (status.isPresent() && c.status() != status.get()) {
            return false;
        }
        if (to.isPresent() && !c.openedAt().isBefore(to.get())) {
            return false;
        }
        if (from.isPresent() && c.lastActivity().isBefore(from.get())) {
            return false;
        }
        if (text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        if (c.reference().toLowerCase(Locale.ROOT).contains(needle)
                || c.source().toLowerCase(Locale.ROOT).contains(needle)) {
            return true;
        }
        return c.log().stream().anyMatch(e -> e.text().toLowerCase(Locale.ROOT).contains(needle));
    }
}
