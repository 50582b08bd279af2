package io.jisr.app.http;

import io.jisr.incident.Casualties;
import io.jisr.incident.Count;
import io.jisr.incident.CountryCode;
import io.jisr.incident.EventDate;
import io.jisr.incident.GeoPrecision;
import io.jisr.incident.Grading;
import io.jisr.incident.IncidentLocation;
import io.jisr.incident.IncidentReport;
import io.jisr.incident.Releasability;
import io.jisr.incident.SubEventType;
import io.jisr.incident.Text;
import io.jisr.incident.TimePrecision;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An incident report as the API reads and writes it: one flat JSON object whose field names are the
 * ones a 400 answer names ({@code date}, {@code timePrecision}, {@code place}, {@code latitude}, …,
 * {@code killed}; a casualty count absent or {@code null} is unknown, which is not 0).
 */
final class IncidentReportJson {
    /** The fields of a report in a request body. */
    static final Set<String> FIELDS = Set.of(
            "date",
            "timePrecision",
            "place",
            "admin1",
            "admin2",
            "country",
            "latitude",
            "longitude",
            "geoPrecision",
            "subType",
            "actors",
            "killed",
            "wounded",
            "kidnapped",
            "narrative",
            "sources",
            "grading",
            "sourceNation",
            "releasability",
            "handlingNote");

    private IncidentReportJson() {}

    /** Returns the fields of a report plus {@code more}, for {@link JsonBody#of}. */
    static Set<String> fieldsAnd(String... more) {
        Set<String> all = new TreeSet<>(FIELDS);
        all.addAll(Arrays.asList(more));
        return all;
    }

    /**
     * Reads a report from the body; every bad field is rejected in {@code body} by its name and the 400
     * thrown by {@link JsonBody#check()} names them all.
     */
    static IncidentReport read(JsonBody body) {
        Optional<LocalDate> day = body.requiredText("date").flatMap(text -> {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                body.reject("date", "must be a date such as 2025-03-01", text);
                return Optional.empty();
            }
        });
        TimePrecision timePrecision = choice(body, "timePrecision", TimePrecision.class);
        if (day.isPresent() && timePrecision != null) {
            domain(body, "date", day.get().toString(), () -> new EventDate(day.get(), timePrecision));
        }
        String place = shortText(body, "place", true);
        String admin1 = shortText(body, "admin1", false);
        String admin2 = shortText(body, "admin2", false);
        CountryCode country = country(body, "country");
        double latitude = body.requiredNumber("latitude", -90, 90);
        double longitude = body.requiredNumber("longitude", -180, 180);
        GeoPrecision geoPrecision = choice(body, "geoPrecision", GeoPrecision.class);
        SubEventType subType = choice(body, "subType", SubEventType.class);
        List<String> actors = body.texts("actors").orElse(List.of());
        Casualties casualties = new Casualties(count(body, "killed"), count(body, "wounded"), count(body, "kidnapped"));
        String narrative = body.text("narrative").orElse("");
        List<String> sources = body.texts("sources").orElse(List.of());
        Grading grading = body.requiredText("grading")
                .flatMap(text -> domain(body, "grading", text, () -> Grading.parse(text)))
                .orElse(null);
        CountryCode sourceNation = country(body, "sourceNation");
        Releasability releasability = body.requiredText("releasability")
                .flatMap(text -> domain(body, "releasability", text, () -> Releasability.parse(text)))
                .orElse(null);
        String handlingNote = body.text("handlingNote").orElse("");
        body.check();
        Optional<IncidentReport> report = domain(
                body,
                null,
                null,
                () -> new IncidentReport(
                        new EventDate(day.orElseThrow(), timePrecision),
                        new IncidentLocation(place, admin1, admin2, country, latitude, longitude, geoPrecision),
                        subType,
                        actors,
                        casualties,
                        narrative,
                        sources,
                        grading,
                        sourceNation,
                        releasability,
                        handlingNote));
        body.check();
        return report.orElseThrow();
    }

    /** Writes a report's fields, the type that follows from the sub-type and the grading as {@code B2}. */
    static Map<String, Object> write(IncidentReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", r.date().day().toString());
        m.put("timePrecision", r.date().precision().name());
        m.put("firstDay", r.date().first().toString());
        m.put("lastDay", r.date().last().toString());
        m.put("place", r.location().place());
        m.put("admin1", r.location().admin1());
        m.put("admin2", r.location().admin2());
        m.put("country", r.location().country().alpha3());
        m.put("latitude", r.location().latitude());
        m.put("longitude", r.location().longitude());
        m.put("geoPrecision", r.location().precision().name());
        m.put("type", r.type().name());
        m.put("subType", r.subType().name());
        m.put("actors", r.actors());
        m.put("killed", known(r.casualties().killed()));
        m.put("wounded", known(r.casualties().wounded()));
        m.put("kidnapped", known(r.casualties().kidnapped()));
        m.put("narrative", r.narrative());
        m.put("sources", r.sources());
        m.put("grading", r.grading().code());
        m.put("sourceNation", r.sourceNation().alpha3());
        m.put("releasability", r.releasability().marking());
        m.put("handlingNote", r.handlingNote());
        return m;
    }

    private static Integer known(Count count) {
        return count.known().isPresent() ? count.known().getAsInt() : null;
    }

    private static Count count(JsonBody body, String name) {
        Optional<Integer> n = body.integer(name);
        if (n.isPresent() && n.get() < 0) {
            body.reject(name, "must be 0 or more, or null when unknown", n.get().toString());
        }
        return n.filter(v -> v >= 0).map(Count::of).orElse(Count.UNKNOWN);
    }

    private static String shortText(JsonBody body, String name, boolean required) {
        Optional<String> text = required ? body.requiredText(name) : body.text(name);
        return text.flatMap(t -> domain(
                        body, name, t, () -> required ? Text.requireShort(name, t) : Text.optionalShort(name, t)))
                .orElse(required ? null : "");
    }

    private static CountryCode country(JsonBody body, String name) {
        Optional<String> text = body.requiredText(name);
        if (text.isEmpty()) {
            return null;
        }
        String code = text.get().strip().toUpperCase(Locale.ROOT);
        if (!CountryCode.isAssigned(code)) {
            body.reject(name, "is not an assigned ISO 3166-1 alpha-3 code", text.get());
            return null;
        }
        return CountryCode.of(code);
    }

    private static <E extends Enum<E>> E choice(JsonBody body, String name, Class<E> type) {
        Optional<String> text = body.requiredText(name);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.get());
        } catch (IllegalArgumentException e) {
            body.reject(
                    name,
                    "must be one of "
                            + String.join(
                                    ", ",
                                    Arrays.stream(type.getEnumConstants())
                                            .map(Enum::name)
                                            .toList()),
                    text.get());
            return null;
        }
    }

    /**
     * Runs a domain check; its refusal becomes a rejection of {@code field}, or, for the whole report,
     * of the field its message starts with (the domain names the field first: "actor must not contain
     * ';'", "a report has at most 10 sources", "report needs at least one source").
     */
    private static <T> Optional<T> domain(
            JsonBody body, String field, String value, java.util.function.Supplier<T> check) {
        try {
            return Optional.of(check.get());
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            String name = field != null ? field : fieldOf(message);
            body.reject(name, message, value);
            return Optional.empty();
        }
    }

    private static String fieldOf(String message) {
        if (message.contains("actor")) {
            return "actors";
        }
        if (message.contains("source")) {
            return "sources";
        }
        if (message.startsWith("narrative")) {
            return "narrative";
        }
        if (message.startsWith("handling note")) {
            return "handlingNote";
        }
        return "report";
    }
}
