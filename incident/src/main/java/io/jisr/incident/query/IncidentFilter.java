package io.jisr.incident.query;

import io.jisr.incident.CountryCode;
import io.jisr.incident.EventType;
import io.jisr.incident.Grading;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What the map and the timeline show: every condition given must hold; an empty set or an empty
 * optional does not filter. The period matches a report whose date period ({@code EventDate.first()}
 * to {@code last()}) overlaps it, so a report dated only to a month shows in every week of that month's
 * period filter. The actor matches when one of the report's actors has the same normalised name
 * ({@link io.jisr.incident.ActorIndex#normalise}).
 */
public record IncidentFilter(
        Set<EventType> types,
        Optional<String> actor,
        Optional<LocalDate> from,
        Optional<LocalDate> to,
        Optional<Grading> minimumGrading,
        Set<CountryCode> countries,
        Set<CountryCode> sourceNations,
        Optional<Area> area) {

    /** Shows everything. */
    public static final IncidentFilter ALL = new IncidentFilter(
            Set.of(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Set.of(),
            Set.of(),
            Optional.empty());

    /** Copies the sets; checks that the period, when both ends are given, does not end before it starts. */
    public IncidentFilter {
        if (types == null
                || actor == null
                || from == null
                || to == null
                || minimumGrading == null
                || countries == null
                || sourceNations == null
                || area == null) {
            throw new IllegalArgumentException("filter conditions must be empty sets or empty optionals, not null");
        }
        types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        countries = Set.copyOf(countries);
        sourceNations = Set.copyOf(sourceNations);
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException(
                    "period must not end before it starts, was " + from.get() + " to " + to.get());
        }
    }

    /** Returns this filter with only these types. */
    public IncidentFilter withTypes(Set<EventType> only) {
        return new IncidentFilter(only, actor, from, to, minimumGrading, countries, sourceNations, area);
    }

    /** Returns this filter with only reports naming this actor. */
    public IncidentFilter withActor(String name) {
        return new IncidentFilter(types, Optional.of(name), from, to, minimumGrading, countries, sourceNations, area);
    }

    /** Returns this filter with only reports whose period overlaps {@code first..last} (inclusive). */
    public IncidentFilter withPeriod(LocalDate first, LocalDate last) {
        return new IncidentFilter(
                types, actor, Optional.of(first), Optional.of(last), minimumGrading, countries, sourceNations, area);
    }

    /** Returns this filter with only reports graded at least this well on both scales. */
    public IncidentFilter withMinimumGrading(Grading minimum) {
        return new IncidentFilter(types, actor, from, to, Optional.of(minimum), countries, sourceNations, area);
    }

    /** Returns this filter with only reports located in these countries. */
    public IncidentFilter withCountries(Set<CountryCode> only) {
        return new IncidentFilter(types, actor, from, to, minimumGrading, only, sourceNations, area);
    }

    /** Returns this filter with only reports from these source nations. */
    public IncidentFilter withSourceNations(Set<CountryCode> only) {
        return new IncidentFilter(types, actor, from, to, minimumGrading, countries, only, area);
    }

    /** Returns this filter with only reports inside this area. */
    public IncidentFilter withArea(Area box) {
        return new IncidentFilter(types, actor, from, to, minimumGrading, countries, sourceNations, Optional.of(box));
    }
}
