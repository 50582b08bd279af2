package io.jisr.exchange;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A kind of data an annex may share. The set grows with the product: a new category is a new value
 * with the kind of subject its filters talk about; the built-in ones are constants here.
 *
 * @param id stable identifier used on the wire and in agreements ({@code vessel-positions})
 * @param subjectKind what the category's records are about, which decides which subject filter an
 *     annex for it may carry
 */
public record DataCategory(String id, SubjectKind subjectKind) {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    /** Vessel positions (AIS and other tracks). */
    public static final DataCategory VESSEL_POSITIONS = new DataCategory("vessel-positions", SubjectKind.VESSEL);
    /** Vessel static and voyage data (identity, type, dimensions, destination). */
    public static final DataCategory VESSEL_STATIC = new DataCategory("vessel-static", SubjectKind.VESSEL);
    /** Detections and the alerts raised from them. */
    public static final DataCategory DETECTIONS_AND_ALERTS =
            new DataCategory("detections-and-alerts", SubjectKind.VESSEL);
    /** Sightings reported by patrols and aircraft. */
    public static final DataCategory SIGHTINGS = new DataCategory("sightings", SubjectKind.VESSEL);
    /** Search and rescue cases. */
    public static final DataCategory SAR_CASES = new DataCategory("sar-cases", SubjectKind.NONE);
    /** Incident reports (piracy, smuggling, pollution...), graded. */
    public static final DataCategory INCIDENT_REPORTS = new DataCategory("incident-reports", SubjectKind.INCIDENT);
    /** Records of the cooperation programme (activities, trainings, equipment). */
    public static final DataCategory PROGRAMME_RECORDS = new DataCategory("programme-records", SubjectKind.NONE);

    /** The built-in categories, in a stable order. */
    public static final List<DataCategory> BUILT_IN = List.of(
            VESSEL_POSITIONS,
            VESSEL_STATIC,
            DETECTIONS_AND_ALERTS,
            SIGHTINGS,
            SAR_CASES,
            INCIDENT_REPORTS,
            PROGRAMME_RECORDS);

    private static final Map<String, DataCategory> BUILT_IN_BY_ID =
            BUILT_IN.stream().collect(Collectors.toUnmodifiableMap(DataCategory::id, Function.identity()));

    /** The built-in category with this identifier, if there is one (records, agreements and stores name them so). */
    public static Optional<DataCategory> builtIn(String id) {
        return Optional.ofNullable(BUILT_IN_BY_ID.get(id));
    }

    /** Checks the identifier's form. */
    public DataCategory {
        Objects.requireNonNull(id, "category id must not be null");
        Objects.requireNonNull(subjectKind, "subject kind must not be null");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "category id must be 1 to 40 of a-z, 0-9 and '-', starting with a letter;" + " was \""
                            + Texts.excerpt(id) + "\"");
        }
    }

    /** What the records of a category are about, which decides the subject filter an annex may use. */
    public enum SubjectKind {
        /** Records about one vessel: filtered by ship type, flag and government status. */
        VESSEL,
        /** Graded incident reports: filtered by event type and minimum grading. */
        INCIDENT,
        /** Records with no subject filter (a SAR case, a programme record). */
        NONE
    }

    @Override
    public String toString() {
        return id;
    }
}
