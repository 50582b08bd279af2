package io.jisr.exchange.agreement;

import io.jisr.exchange.DataCategory;
import io.jisr.exchange.Nation;
import io.jisr.exchange.ReleasabilityMarking;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One thing an agreement shares: a category of data, from one party to the other, over an area, for
 * some subjects, with a delay, a precision, a marking, a retention period and an onward-release rule.
 *
 * @param id identifies the annex within the agreement ({@code A1}), stable across versions so that
 *     diffs read well
 * @param category the data shared
 * @param releasingParty the party that releases
 * @param receivingParty the party that receives
 * @param areas where; a record's position must fall in at least one of them
 * @param subjects which subjects; its kind must match the category's
 * @param delay how long after its observation a record may leave ({@link Duration#ZERO} for at once)
 * @param precision how precisely positions are released
 * @param marking set on every released record; must name the receiving party
 * @param retention how long the receiver may keep what it receives, counted from receipt
 * @param onwardReleaseTo third nations the receiver may pass the records on to; empty forbids onward
 *     release. Listed one by one rather than a yes/no, so that consent to each third party is explicit
 *     and the marking can name them all.
 */
public record SharingAnnex(
        String id,
        DataCategory category,
        Nation releasingParty,
        Nation receivingParty,
        List<Area> areas,
        SubjectFilter subjects,
        Duration delay,
        Precision precision,
        ReleasabilityMarking marking,
        Duration retention,
        Set<Nation> onwardReleaseTo) {

    /** Checks that nothing is missing and copies the collections (semantic rules are the validator's). */
    public SharingAnnex {
        Objects.requireNonNull(id, "annex id must not be null");
        Objects.requireNonNull(category, "category must not be null");
        Objects.requireNonNull(releasingParty, "releasing party must not be null");
        Objects.requireNonNull(receivingParty, "receiving party must not be null");
        areas = List.copyOf(areas);
        Objects.requireNonNull(subjects, "subjects must not be null");
        Objects.requireNonNull(delay, "delay must not be null");
        Objects.requireNonNull(precision, "precision must not be null");
        Objects.requireNonNull(marking, "marking must not be null");
        Objects.requireNonNull(retention, "retention must not be null");
        onwardReleaseTo = Collections.unmodifiableSortedSet(new TreeSet<>(onwardReleaseTo));
    }

    /** Whether the receiver may pass these records on to anyone. */
    public boolean allowsOnwardRelease() {
        return !onwardReleaseTo.isEmpty();
    }
}
