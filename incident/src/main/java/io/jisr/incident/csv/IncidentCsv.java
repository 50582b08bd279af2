package io.jisr.incident.csv;

import io.jisr.incident.Casualties;
import io.jisr.incident.Count;
import io.jisr.incident.CountryCode;
import io.jisr.incident.EventDate;
import io.jisr.incident.EventType;
import io.jisr.incident.GeoPrecision;
import io.jisr.incident.Grading;
import io.jisr.incident.Incident;
import io.jisr.incident.IncidentLocation;
import io.jisr.incident.IncidentReport;
import io.jisr.incident.InformationCredibility;
import io.jisr.incident.Releasability;
import io.jisr.incident.SourceReliability;
import io.jisr.incident.SubEventType;
import io.jisr.incident.Text;
import io.jisr.incident.TimePrecision;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads and writes incidents as CSV in the conflict-event column layout ({@link CsvColumn}). Reading
 * never throws for what the file holds: each bad row becomes a {@link ImportResult.RowError} with its
 * line number and a reason naming the column and the value, and the good rows are imported.
 */
public final class IncidentCsv {
    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    /** Open datasets also write dates as "16 May 2025". */
    private static final DateTimeFormatter WORDED_DATE =
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);

    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,3}(\\.\\d{1,30})?");
    private static final Pattern COUNT = Pattern.compile("\\d{1,7}");
    private static final String LIST_SEPARATOR = "; ";

    private IncidentCsv() {}

    /** Writes the header and one row per incident to the output (RFC 4180, CRLF, no byte order mark). */
    public static void write(List<Incident> incidents, Appendable out) {
        CsvWriter writer = new CsvWriter(out);
        writer.write(header());
        for (Incident incident : incidents) {
            writer.write(row(incident));
        }
    }

    /** Returns the header row's names in {@link CsvColumn} order, for writers that stream rows themselves. */
    public static List<String> header() {
        List<String> header = new ArrayList<>();
        for (CsvColumn c : CsvColumn.values()) {
            header.add(c.header());
        }
        return List.copyOf(header);
    }

    /** Returns one incident's fields in {@link CsvColumn} order. */
    public static List<String> row(Incident incident) {
        IncidentReport r = incident.report();
        Map<CsvColumn, String> v = new EnumMap<>(CsvColumn.class);
        List<String> actors = r.actors();
        v.put(CsvColumn.EVENT_ID_CNTY, incident.id());
        v.put(CsvColumn.EVENT_DATE, r.date().day().format(ISO_DATE));
        v.put(CsvColumn.YEAR, Integer.toString(r.date().day().getYear()));
        v.put(CsvColumn.TIME_PRECISION, Integer.toString(r.date().precision().code()));
        v.put(CsvColumn.EVENT_TYPE, r.subType().codebookType());
        v.put(CsvColumn.SUB_EVENT_TYPE, r.subType().codebookSubType());
        v.put(CsvColumn.ACTOR1, actors.isEmpty() ? "" : actors.get(0));
        v.put(CsvColumn.ACTOR2, actors.size() < 2 ? "" : actors.get(1));
        v.put(
                CsvColumn.ASSOC_ACTOR_1,
                actors.size() < 3 ? "" : String.join(LIST_SEPARATOR, actors.subList(2, actors.size())));
        v.put(CsvColumn.ASSOC_ACTOR_2, "");
        v.put(CsvColumn.ISO3, r.location().country().alpha3());
        v.put(CsvColumn.COUNTRY, r.location().country().englishName());
        v.put(CsvColumn.ADMIN1, r.location().admin1());
        v.put(CsvColumn.ADMIN2, r.location().admin2());
        v.put(CsvColumn.LOCATION, r.location().place());
        v.put(CsvColumn.LATITUDE, decimal(r.location().latitude()));
        v.put(CsvColumn.LONGITUDE, decimal(r.location().longitude()));
        v.put(CsvColumn.GEO_PRECISION, Integer.toString(r.location().precision().code()));
        v.put(CsvColumn.SOURCE, String.join(LIST_SEPARATOR, r.sources()));
        v.put(CsvColumn.NOTES, r.narrative());
        v.put(CsvColumn.FATALITIES, count(r.casualties().killed()));
        v.put(CsvColumn.JISR_TYPE, r.type().toString());
        v.put(CsvColumn.JISR_SUB_TYPE, r.subType().toString());
        v.put(CsvColumn.SOURCE_RELIABILITY, r.grading().reliability().name());
        v.put(
                CsvColumn.INFORMATION_CREDIBILITY,
                Integer.toString(r.grading().credibility().digit()));
        v.put(CsvColumn.WOUNDED, count(r.casualties().wounded()));
        v.put(CsvColumn.KIDNAPPED, count(r.casualties().kidnapped()));
        v.put(CsvColumn.SOURCE_NATION, r.sourceNation().alpha3());
        v.put(CsvColumn.RELEASABILITY, r.releasability().marking());
        v.put(CsvColumn.HANDLING_NOTE, r.handlingNote());
        v.put(CsvColumn.VERSION, Integer.toString(incident.version()));
        return List.copyOf(v.values());
    }

    /**
     * Reads a CSV file: a header row naming the columns, then one incident per row. Required columns:
     * {@code event_id_cnty}, {@code event_date}, {@code location}, {@code latitude}, {@code longitude},
     * {@code source}, {@code sub_event_type} or {@code jisr_sub_type}, and {@code iso3} or {@code country}.
     * Everything else falls back to {@code defaults} or "unknown" when missing.
     *
     * @throws java.io.UncheckedIOException if the reader fails (not for anything the text holds)
     */
    public static ImportResult read(Reader in, ImportDefaults defaults) {
        CsvReader reader = new CsvReader(in);
        List<ImportResult.ImportedRow> imported = new ArrayList<>();
        List<ImportResult.RowError> errors = new ArrayList<>();
        Optional<CsvRecord> first = reader.next();
        if (first.isEmpty()) {
            return new ImportResult(
                    List.of(), List.of(new ImportResult.RowError(1, "the file is empty: no header row")), List.of());
        }
        if (first.get() instanceof CsvRecord.Malformed bad) {
            return new ImportResult(
                    List.of(),
                    List.of(new ImportResult.RowError(bad.line(), "header row: " + bad.reason())),
                    List.of());
        }
        CsvRecord.Fields headerRow = (CsvRecord.Fields) first.get();
        Header header;
        try {
            header = Header.of(headerRow.values());
        } catch (IllegalArgumentException e) {
            return new ImportResult(
                    List.of(), List.of(new ImportResult.RowError(headerRow.line(), e.getMessage())), List.of());
        }
        Map<String, Integer> seenIds = new HashMap<>();
        for (Optional<CsvRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
            switch (next.get()) {
                case CsvRecord.Malformed bad -> errors.add(new ImportResult.RowError(bad.line(), bad.reason()));
                case CsvRecord.Fields fields -> {
                    if (fields.values().size() != header.width) {
                        errors.add(new ImportResult.RowError(
                                fields.line(),
                                "the row has " + fields.values().size() + " fields, the header " + header.width));
                        continue;
                    }
                    try {
                        Incident incident = header.incident(fields.values(), defaults);
                        Integer firstLine = seenIds.putIfAbsent(incident.id(), fields.line());
                        if (firstLine != null) {
                            errors.add(new ImportResult.RowError(
                                    fields.line(),
                                    "event_id_cnty " + Text.quote(incident.id()) + " repeats the row on line "
                                            + firstLine));
                        } else {
                            imported.add(new ImportResult.ImportedRow(fields.line(), incident));
                        }
                    } catch (IllegalArgumentException e) {
                        errors.add(new ImportResult.RowError(fields.line(), e.getMessage()));
                    }
                }
            }
        }
        return new ImportResult(imported, errors, header.ignored);
    }

    /** Where each known column is in the file's rows, and which header names were not ours. */
    private static final class Header {
        final Map<CsvColumn, Integer> index = new EnumMap<>(CsvColumn.class);
        final List<String> ignored = new ArrayList<>();
        int width;

        static Header of(List<String> names) {
            Header h = new Header();
            h.width = names.size();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                Optional<CsvColumn> column = CsvColumn.byHeader(name);
                if (column.isEmpty()) {
                    h.ignored.add(name);
                } else if (h.index.putIfAbsent(column.get(), i) != null) {
                    throw new IllegalArgumentException(
                            "header row: column " + column.get().header() + " appears twice");
                }
            }
            List<String> missing = new ArrayList<>();
            for (CsvColumn c : List.of(
                    CsvColumn.EVENT_ID_CNTY,
                    CsvColumn.EVENT_DATE,
                    CsvColumn.LOCATION,
                    CsvColumn.LATITUDE,
                    CsvColumn.LONGITUDE,
                    CsvColumn.SOURCE)) {
                if (!h.index.containsKey(c)) {
                    missing.add(c.header());
                }
            }
            if (!h.index.containsKey(CsvColumn.SUB_EVENT_TYPE) && !h.index.containsKey(CsvColumn.JISR_SUB_TYPE)) {
                missing.add("sub_event_type or jisr_sub_type");
            }
            if (!h.index.containsKey(CsvColumn.ISO3) && !h.index.containsKey(CsvColumn.COUNTRY)) {
                missing.add("iso3 or country");
            }
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("header row: missing column(s) " + String.join(", ", missing));
            }
            return h;
        }

        String get(List<String> row, CsvColumn column) {
            Integer i = index.get(column);
            return i == null ? "" : row.get(i).strip();
        }

        boolean has(CsvColumn column) {
            return index.containsKey(column);
        }

        Incident incident(List<String> row, ImportDefaults defaults) {
            String id = get(row, CsvColumn.EVENT_ID_CNTY);
            if (!Incident.isValidId(id)) {
                throw column(
                        CsvColumn.EVENT_ID_CNTY,
                        id,
                        "must be 1–" + Incident.MAX_ID
                                + " printable characters without spaces, quotes, commas or semicolons");
            }
            LocalDate day = date(get(row, CsvColumn.EVENT_DATE), defaults.latestDate());
            TimePrecision timePrecision = has(CsvColumn.TIME_PRECISION)
                    ? TimePrecision.ofCode(code(CsvColumn.TIME_PRECISION, get(row, CsvColumn.TIME_PRECISION)))
                    : TimePrecision.DAY;
            CountryCode country = country(get(row, CsvColumn.ISO3), get(row, CsvColumn.COUNTRY));
            GeoPrecision geoPrecision = has(CsvColumn.GEO_PRECISION)
                    ? GeoPrecision.ofCode(code(CsvColumn.GEO_PRECISION, get(row, CsvColumn.GEO_PRECISION)))
                    : GeoPrecision.EXACT_PLACE;
            IncidentLocation location = new IncidentLocation(
                    get(row, CsvColumn.LOCATION),
                    get(row, CsvColumn.ADMIN1),
                    get(row, CsvColumn.ADMIN2),
                    country,
                    coordinate(CsvColumn.LATITUDE, get(row, CsvColumn.LATITUDE)),
                    coordinate(CsvColumn.LONGITUDE, get(row, CsvColumn.LONGITUDE)),
                    geoPrecision);
            SubEventType subType = subType(row);
            List<String> actors = new ArrayList<>();
            actors.add(get(row, CsvColumn.ACTOR1));
            actors.add(get(row, CsvColumn.ACTOR2));
            actors.addAll(split(get(row, CsvColumn.ASSOC_ACTOR_1)));
            actors.addAll(split(get(row, CsvColumn.ASSOC_ACTOR_2)));
            Casualties casualties = new Casualties(
                    count(CsvColumn.FATALITIES, get(row, CsvColumn.FATALITIES)),
                    count(CsvColumn.WOUNDED, get(row, CsvColumn.WOUNDED)),
                    count(CsvColumn.KIDNAPPED, get(row, CsvColumn.KIDNAPPED)));
            String reliability = get(row, CsvColumn.SOURCE_RELIABILITY);
            String credibility = get(row, CsvColumn.INFORMATION_CREDIBILITY);
            Grading grading = new Grading(
                    reliability.isEmpty() ? defaults.grading().reliability() : SourceReliability.ofLetter(reliability),
                    credibility.isEmpty()
                            ? defaults.grading().credibility()
                            : InformationCredibility.ofDigit(code(CsvColumn.INFORMATION_CREDIBILITY, credibility)));
            String nation = get(row, CsvColumn.SOURCE_NATION);
            if (!nation.isEmpty() && !CountryCode.isAssigned(nation)) {
                throw column(CsvColumn.SOURCE_NATION, nation, "is not an ISO 3166-1 alpha-3 country code");
            }
            String marking = get(row, CsvColumn.RELEASABILITY);
            String version = get(row, CsvColumn.VERSION);
            try {
                IncidentReport report = new IncidentReport(
                        new EventDate(day, timePrecision),
                        location,
                        subType,
                        actors,
                        casualties,
                        get(row, CsvColumn.NOTES),
                        split(get(row, CsvColumn.SOURCE)),
                        grading,
                        nation.isEmpty() ? defaults.sourceNation() : CountryCode.of(nation),
                        marking.isEmpty() ? defaults.releasability() : Releasability.parse(marking),
                        get(row, CsvColumn.HANDLING_NOTE));
                return new Incident(id, version.isEmpty() ? 1 : code(CsvColumn.VERSION, version), report);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("event " + id + ": " + e.getMessage(), e);
            }
        }

        SubEventType subType(List<String> row) {
            String jisrSub = get(row, CsvColumn.JISR_SUB_TYPE);
            String jisrType = get(row, CsvColumn.JISR_TYPE);
            String codebookType = get(row, CsvColumn.EVENT_TYPE);
            String codebookSub = get(row, CsvColumn.SUB_EVENT_TYPE);
            SubEventType sub;
            if (!jisrSub.isEmpty()) {
                sub = SubEventType.parse(jisrSub)
                        .orElseThrow(() -> column(CsvColumn.JISR_SUB_TYPE, jisrSub, "is not in Jisr's vocabulary"));
                if (!codebookSub.isEmpty()
                        && SubEventType.fromCodebook(codebookType, codebookSub)
                                .map(s -> !s.codebookSubType().equals(sub.codebookSubType())
                                        || !s.codebookType().equals(sub.codebookType()))
                                .orElse(true)) {
                    throw new IllegalArgumentException("jisr_sub_type " + sub + " is filed under " + sub.codebookType()
                            + " / " + sub.codebookSubType() + ", but the row says " + Text.quote(codebookType) + " / "
                            + Text.quote(codebookSub));
                }
            } else if (!codebookSub.isEmpty()) {
                sub = SubEventType.fromCodebook(codebookType, codebookSub)
                        .orElseThrow(() -> column(
                                CsvColumn.SUB_EVENT_TYPE,
                                codebookSub,
                                "is not a codebook sub-event type"
                                        + (codebookType.isEmpty()
                                                ? ""
                                                : " under event_type " + Text.quote(codebookType))));
            } else {
                throw new IllegalArgumentException("the row has neither sub_event_type nor jisr_sub_type");
            }
            if (!jisrType.isEmpty()) {
                EventType type = EventType.parse(jisrType)
                        .orElseThrow(() -> column(CsvColumn.JISR_TYPE, jisrType, "is not in Jisr's vocabulary"));
                if (type != sub.type()) {
                    throw new IllegalArgumentException(
                            "jisr_sub_type " + sub + " belongs to " + sub.type() + ", but jisr_type says " + type);
                }
            }
            return sub;
        }
    }

    private static LocalDate date(String text, LocalDate latest) {
        LocalDate day;
        try {
            day = text.length() == 10 && text.charAt(4) == '-'
                    ? LocalDate.parse(text, ISO_DATE)
                    : LocalDate.parse(text, WORDED_DATE);
        } catch (DateTimeParseException e) {
            throw column(CsvColumn.EVENT_DATE, text, "is not a date (yyyy-mm-dd or \"16 May 2025\")");
        }
        if (day.isAfter(latest)) {
            throw column(CsvColumn.EVENT_DATE, text, "is after " + latest);
        }
        if (day.isBefore(EventDate.EARLIEST)) {
            throw column(CsvColumn.EVENT_DATE, text, "is before " + EventDate.EARLIEST);
        }
        return day;
    }

    private static CountryCode country(String iso3, String name) {
        if (!iso3.isEmpty()) {
            if (!CountryCode.isAssigned(iso3)) {
                throw column(CsvColumn.ISO3, iso3, "is not an ISO 3166-1 alpha-3 country code");
            }
            return CountryCode.of(iso3);
        }
        if (name.isEmpty()) {
            throw new IllegalArgumentException("the row has neither iso3 nor country");
        }
        return CountryCode.byEnglishName(name)
                .orElseThrow(
                        () -> column(CsvColumn.COUNTRY, name, "is not a country name the import knows; give iso3"));
    }

    private static double coordinate(CsvColumn column, String text) {
        if (!DECIMAL.matcher(text).matches()) {
            throw column(column, text, "is not a decimal number of degrees such as 19.4561 or -0.2");
        }
        return Double.parseDouble(text);
    }

    private static int code(CsvColumn column, String text) {
        if (!COUNT.matcher(text).matches()) {
            throw column(column, text, "is not a whole number");
        }
        return Integer.parseInt(text);
    }

    private static Count count(CsvColumn column, String text) {
        if (text.isEmpty()) {
            return Count.UNKNOWN;
        }
        if (!COUNT.matcher(text).matches()) {
            throw column(column, text, "is not a count of people (a whole number from 0, or empty for unknown)");
        }
        return Count.of(Integer.parseInt(text));
    }

    private static List<String> split(String list) {
        List<String> out = new ArrayList<>();
        for (String part : list.split(";", -1)) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static String count(Count count) {
        return switch (count) {
            case Count.Known k -> Integer.toString(k.value());
            case Count.Unknown u -> "";
        };
    }

    private static String decimal(double degrees) {
        return BigDecimal.valueOf(degrees).toPlainString();
    }

    private static IllegalArgumentException column(CsvColumn column, String value, String problem) {
        return new IllegalArgumentException(column.header() + " " + Text.quote(value) + " " + problem);
    }
}
