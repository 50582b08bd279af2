package io.jisr.incident;

import java.util.ArrayList;
import java.util.List;

/**
 * The content of one version of a security incident report, in the conflict-event conventions plus what
 * the cooperation needs: the grading, the nation whose service reported it, the releasability marking
 * and a handling note. The report's identity, versions and review state live in
 * {@link io.jisr.incident.workflow.IncidentRecord}.
 *
 * @param date when, with its precision
 * @param location where, with its precision
 * @param subType what, from the controlled vocabulary (the {@link EventType} follows from it)
 * @param actors who: actor names as written (trimmed, inner spaces collapsed), first the main actor and
 *     then the actor it faced, when there is one; at most {@value #MAX_ACTORS}
 * @param casualties killed, wounded, kidnapped; each known or unknown
 * @param narrative what the sources say happened (may be empty)
 * @param sources the sources, one entry each (at least one)
 * @param grading source reliability and information credibility
 * @param sourceNation the nation whose service reported the event
 * @param releasability to whom it may be released besides the source nation
 * @param handlingNote free-text handling instructions (may be empty)
 */
public record IncidentReport(
        EventDate date,
        IncidentLocation location,
        SubEventType subType,
        List<String> actors,
        Casualties casualties,
        String narrative,
        List<String> sources,
        Grading grading,
        CountryCode sourceNation,
        Releasability releasability,
        String handlingNote) {

    /** Most actors on one report. */
    public static final int MAX_ACTORS = 10;

    /** Most sources on one report. */
    public static final int MAX_SOURCES = 20;

    /** Checks every field and normalises the texts; throws naming the first field that is wrong. */
    public IncidentReport {
        if (date == null) {
            throw new IllegalArgumentException("report needs an event date");
        }
        if (location == null) {
            throw new IllegalArgumentException("report needs a location");
        }
        if (subType == null) {
            throw new IllegalArgumentException("report needs an event sub-type from the vocabulary");
        }
        actors = names("actor", actors, MAX_ACTORS, false);
        if (casualties == null) {
            throw new IllegalArgumentException("report needs casualties (Casualties.UNKNOWN when none are known)");
        }
        narrative = Text.optionalLong("narrative", narrative);
        sources = names("source", sources, MAX_SOURCES, true);
        if (grading == null) {
            throw new IllegalArgumentException("report needs a grading (Grading.UNJUDGED when not judged)");
        }
        if (sourceNation == null) {
            throw new IllegalArgumentException("report needs the source nation");
        }
        if (releasability == null) {
            throw new IllegalArgumentException("report needs a releasability marking");
        }
        handlingNote = Text.optionalLong("handling note", handlingNote);
    }

    /** Returns the event type, which follows from the sub-type. */
    public EventType type() {
        return subType.type();
    }

    /**
     * Returns the names of the fields in which the other version differs from this one, in field
     * order ({@code date}, {@code location}, …, {@code handlingNote}): what a correction changed, for
     * the report page's history.
     */
    public List<String> changedFields(IncidentReport other) {
        List<String> changed = new ArrayList<>();
        compare(changed, "date", date, other.date);
        compare(changed, "location", location, other.location);
        compare(changed, "subType", subType, other.subType);
        compare(changed, "actors", actors, other.actors);
        compare(changed, "casualties", casualties, other.casualties);
        compare(changed, "narrative", narrative, other.narrative);
        compare(changed, "sources", sources, other.sources);
        compare(changed, "grading", grading, other.grading);
        compare(changed, "sourceNation", sourceNation, other.sourceNation);
        compare(changed, "releasability", releasability, other.releasability);
        compare(changed, "handlingNote", handlingNote, other.handlingNote);
        return List.copyOf(changed);
    }

    private static void compare(List<String> changed, String name, Object mine, Object theirs) {
        if (!mine.equals(theirs)) {
            changed.add(name);
        }
    }

    /** Collapses runs of white space inside an actor or source name to one space. */
    static String collapse(String name) {
        return name.strip().replaceAll("\\s+", " ");
    }

    private static List<String> names(String what, List<String> given, int max, boolean required) {
        List<String> out = new ArrayList<>();
        for (String raw : given == null ? List.<String>of() : given) {
            String name = Text.optionalShort(what, raw == null ? "" : collapse(raw));
            if (name.indexOf(';') >= 0) {
                // The exchange formats list several names in one field separated by semicolons.
                throw new IllegalArgumentException(
                        what + " must not contain ';' (it separates names), was " + Text.quote(name));
            }
            if (!name.isEmpty() && !out.contains(name)) {
                out.add(name);
            }
        }
        if (out.size() > max) {
            throw new IllegalArgumentException("a report has at most " + max + " " + what + "s, was " + out.size());
        }
        if (required && out.isEmpty()) {
            throw new IllegalArgumentException("report needs at least one " + what);
        }
        return List.copyOf(out);
    }
}
