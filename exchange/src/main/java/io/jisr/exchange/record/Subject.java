package io.jisr.exchange.record;

import io.jisr.exchange.DataCategory;
import io.jisr.exchange.Nation;
import io.jisr.exchange.agreement.Grading;
import java.util.Objects;
import java.util.Optional;

/**
 * What a record is about, in the terms annex subject filters use. One variant per {@link
 * DataCategory.SubjectKind}; unknown attributes are empty, never guessed.
 */
public sealed interface Subject {

    /** The kind of subject, which must match the record's category. */
    DataCategory.SubjectKind kind();

    /**
     * A vessel.
     *
     * @param mmsi its MMSI, if known
     * @param shipType its AIS ship-and-cargo type 1-99, if known
     * @param flag its flag state, if known
     * @param governmentVessel whether it is a government vessel (navy, coast guard, law enforcement)
     *     according to the node's registry or its AIS type (35 military, 55 law enforcement)
     */
    record Vessel(Optional<Integer> mmsi, Optional<Integer> shipType, Optional<Nation> flag, boolean governmentVessel)
            implements Subject {
        /** Checks that nothing is missing. */
        public Vessel {
            Objects.requireNonNull(mmsi, "mmsi must not be null (use Optional.empty())");
            Objects.requireNonNull(shipType, "ship type must not be null (use Optional.empty())");
            Objects.requireNonNull(flag, "flag must not be null (use Optional.empty())");
        }

        @Override
        public DataCategory.SubjectKind kind() {
            return DataCategory.SubjectKind.VESSEL;
        }
    }

    /**
     * An incident report's subject.
     *
     * @param eventType the kind of event ({@code piracy})
     * @param grading its Admiralty grading
     */
    record Incident(String eventType, Grading grading) implements Subject {
        /** Checks that nothing is missing. */
        public Incident {
            Objects.requireNonNull(eventType, "event type must not be null");
            Objects.requireNonNull(grading, "grading must not be null");
        }

        @Override
        public DataCategory.SubjectKind kind() {
            return DataCategory.SubjectKind.INCIDENT;
        }
    }

    /** No subject (a SAR case, a programme record). */
    record None() implements Subject {
        @Override
        public DataCategory.SubjectKind kind() {
            return DataCategory.SubjectKind.NONE;
        }
    }
}
