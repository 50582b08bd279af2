package io.jisr.exchange.agreement;

import io.jisr.exchange.DataCategory;
import io.jisr.exchange.Nation;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which subjects an annex covers. One variant per {@link DataCategory.SubjectKind}; a new kind of
 * subject is a new variant, and the exhaustive switches that must handle it stop compiling.
 */
public sealed interface SubjectFilter {

    /** The kind of category this filter can be used with. */
    DataCategory.SubjectKind kind();

    /**
     * Vessels, by AIS ship type, flag and government status.
     *
     * @param shipTypes AIS ship-and-cargo type codes 1-99 (ITU-R M.1371-5, Table 53) covered; empty
     *     covers every type, including unknown ones
     * @param flags flag states covered; empty covers every flag, including unknown ones
     * @param excludeReleasersGovernmentVessels whether the releasing nation's own government vessels
     *     (navy, coast guard, law enforcement) are left out
     */
    record Vessels(Set<Integer> shipTypes, Set<Nation> flags, boolean excludeReleasersGovernmentVessels)
            implements SubjectFilter {
        /** Copies the sets (sorted, for stable text and diffs). */
        public Vessels {
            shipTypes = Collections.unmodifiableSortedSet(new TreeSet<>(shipTypes));
            flags = Collections.unmodifiableSortedSet(new TreeSet<>(flags));
        }

        /** Every vessel, the releasing nation's government vessels included. */
        public static Vessels all() {
            return new Vessels(Set.of(), Set.of(), false);
        }

        @Override
        public DataCategory.SubjectKind kind() {
            return DataCategory.SubjectKind.VESSEL;
        }
    }

    /**
     * Incident reports, by event type and minimum grading.
     *
     * @param eventTypes event types covered ({@code piracy}, {@code smuggling}); empty covers every type
     * @param minimumGrading the weakest grading released, empty for no minimum
     */
    record Incidents(SortedSet<String> eventTypes, Optional<Grading> minimumGrading) implements SubjectFilter {
        /** Copies the set. */
        public Incidents {
            eventTypes = Collections.unmodifiableSortedSet(new TreeSet<>(eventTypes));
            Objects.requireNonNull(minimumGrading, "minimum grading must not be null (use Optional.empty())");
        }

        @Override
        public DataCategory.SubjectKind kind() {
            return DataCategory.SubjectKind.INCIDENT;
        }
    }

    /** No subject filter: for categories without subjects (SAR cases, programme records). */
    record Unfiltered() implements SubjectFilter {
        @Override
        public DataCategory.SubjectKind kind() {
            return DataCategory.SubjectKind.NONE;
        }
    }
}
