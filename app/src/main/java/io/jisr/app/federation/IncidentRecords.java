package io.jisr.app.federation;

import io.jisr.exchange.DataCategory;
import io.jisr.exchange.GeoPoint;
import io.jisr.exchange.Partner;
import io.jisr.exchange.Texts;
import io.jisr.exchange.agreement.Grading;
import io.jisr.exchange.record.HandlingTerms;
import io.jisr.exchange.record.Origin;
import io.jisr.exchange.record.ShareableRecord;
import io.jisr.exchange.record.Subject;
import io.jisr.incident.Casualties;
import io.jisr.incident.Count;
import io.jisr.incident.CountryCode;
import io.jisr.incident.EventDate;
import io.jisr.incident.EventType;
import io.jisr.incident.GeoPrecision;
import io.jisr.incident.Incident;
import io.jisr.incident.IncidentLocation;
import io.jisr.incident.IncidentReport;
import io.jisr.incident.Releasability;
import io.jisr.incident.SubEventType;
import io.jisr.incident.TimePrecision;
import io.jisr.incident.workflow.HistoryEntry;
import io.jisr.incident.workflow.IncidentRecord;
import io.jisr.incident.workflow.PartnerSource;
import io.jisr.incident.workflow.ReportVersion;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Maps the published version of an incident report to an {@code incident-reports} record and back. One
 * published version is one record, keyed {@code inc/<id>/v<version>}: the receiver recognises a later
 * version of the same report by the origin node and the report id in the content, and appends it.
 *
 * <p>The coordinates travel in the record's position only (the policy rounds them when the annex says so);
 * the subject is the event type ({@code border-incident}) and the grading, which the annex filters on; the
 * rest of the report is in the content, field by field. Reading a record back checks every field and
 * throws naming the first that is wrong, so one hostile record is refused alone.
 */
final class IncidentRecords {
    /** Every content field a record must carry. */
    static final List<String> FIELDS = List.of(
            "id",
            "version",
            "reason",
            "date",
            "timePrecision",
            "place",
            "admin1",
            "admin2",
            "country",
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

    private static final Pattern READABLE_ID = Pattern.compile("[A-Za-z0-9._-]{1,40}");
    private static final String LIST_SEPARATOR = ";";

    private IncidentRecords() {}

    /** What a received record holds, ready for the incident book. */
    record Received(String localId, IncidentReport report, PartnerSource source, String reason) {}

    /**
     * The record by which this node ({@code self}) shares the published version of {@code record}, observed
     * when it was published; empty when no version is published.
     */
    static Optional<ShareableRecord> record(IncidentRecord record, Partner self) {
        Optional<ReportVersion> published = record.published();
        if (published.isEmpty()) {
            return Optional.empty();
        }
        ReportVersion v = published.get();
        Instant publishedAt = record.history().stream()
                .filter(h -> h.version() == v.number() && h.action() == HistoryEntry.Action.PUBLISHED)
                .map(HistoryEntry::at)
                .reduce((a, b) -> b)
                .orElse(v.writtenAt());
        return Optional.of(record(new Incident(record.id(), v.number(), v.report()), v.reason(), self, publishedAt));
    }

    /** The record of one published version. */
    static ShareableRecord record(Incident incident, String reason, Partner self, Instant publishedAt) {
        IncidentReport r = incident.report();
        SortedMap<String, String> c = new TreeMap<>();
        c.put("id", incident.id());
        c.put("version", Integer.toString(incident.version()));
        c.put("reason", reason);
        c.put("date", r.date().day().toString());
        c.put("timePrecision", Integer.toString(r.date().precision().code()));
        c.put("place", r.location().place());
        c.put("admin1", r.location().admin1());
        c.put("admin2", r.location().admin2());
        c.put("country", r.location().country().alpha3());
        c.put("geoPrecision", Integer.toString(r.location().precision().code()));
        c.put("subType", r.subType().name());
        c.put("actors", String.join(LIST_SEPARATOR, r.actors()));
        c.put("killed", count(r.casualties().killed()));
        c.put("wounded", count(r.casualties().wounded()));
        c.put("kidnapped", count(r.casualties().kidnapped()));
        c.put("narrative", r.narrative());
        c.put("sources", String.join(LIST_SEPARATOR, r.sources()));
        c.put("grading", r.grading().code());
        c.put("sourceNation", r.sourceNation().alpha3());
        c.put("releasability", r.releasability().marking());
        c.put("handlingNote", r.handlingNote());
        return new ShareableRecord(
                "inc/" + incident.id() + "/v" + incident.version(),
                DataCategory.INCIDENT_REPORTS,
                new Origin(self.nation(), self.node(), "incidents"),
                publishedAt,
                Optional.of(GeoPoint.of(r.location().latitude(), r.location().longitude())),
                new Subject.Incident(
                        eventType(r.type()), Grading.parse(r.grading().code())),
                c,
                Optional.empty(),
                Optional.empty());
    }

    /**
     * The report a record received from {@code from} carries, with its provenance.
     *
     * @param self this node's nation and node: the record's marking must name this nation
     * @param receivedAt when it was received, kept as its provenance
     * @throws IllegalArgumentException naming the missing or bad part
     */
    static Received read(ShareableRecord record, Partner from, Partner self, Instant receivedAt) {
        String key = Texts.excerpt(record.key());
        if (!record.category().equals(DataCategory.INCIDENT_REPORTS)) {
            throw new IllegalArgumentException(
                    "record " + key + " is " + record.category() + ", not " + DataCategory.INCIDENT_REPORTS);
        }
        String what = "incident record " + key;
        if (!record.origin().nation().equals(from.nation())
                || !record.origin().node().equals(from.node())) {
            throw new IllegalArgumentException(
                    what + " was made by " + record.origin().nation() + " "
                            + record.origin().node() + ", not by the sending node " + from.nation() + " " + from.node()
                            + "; incident reports are taken from the node that made them only");
        }
        for (String field : FIELDS) {
            if (!record.content().containsKey(field)) {
                throw new IllegalArgumentException(what + " has no content field \"" + field + "\"");
            }
        }
        HandlingTerms terms = record.handling()
                .orElseThrow(() -> new IllegalArgumentException(what + " has no handling terms (marking)"));
        if (!terms.marking().releasableTo(self.nation())) {
            throw new IllegalArgumentException(
                    what + " is marked \"" + terms.marking().text() + "\", which does not name " + self.nation());
        }
        GeoPoint position =
                record.position().orElseThrow(() -> new IllegalArgumentException(what + " has no position"));
        if (!(record.subject() instanceof Subject.Incident subject)) {
            throw new IllegalArgumentException(what + " has no incident subject");
        }
        SortedMap<String, String> c = record.content();
        String id = field(what, c, "id", Incident::requireValidId);
        int version = field(what, c, "version", IncidentRecords::positive);
        EventDate date = new EventDate(
                field(what, c, "date", LocalDate::parse),
                field(what, c, "timePrecision", t -> TimePrecision.ofCode(Integer.parseInt(t))));
        SubEventType subType = field(what, c, "subType", t -> SubEventType.valueOf(t));
        io.jisr.incident.Grading grading = field(what, c, "grading", io.jisr.incident.Grading::parse);
        if (!subject.eventType().equals(eventType(subType.type()))) {
            throw new IllegalArgumentException(what + ": its subject's event type \""
                    + Texts.excerpt(subject.eventType()) + "\" is not that of its sub-type " + subType + " ("
                    + subType.type() + ")");
        }
        if (!subject.grading().toString().equals(grading.code())) {
            throw new IllegalArgumentException(what + ": its subject's grading " + subject.grading()
                    + " is not its content's grading " + grading.code());
        }
        IncidentReport report;
        try {
            IncidentLocation location = new IncidentLocation(
                    c.get("place"),
                    c.get("admin1"),
                    c.get("admin2"),
                    field(what, c, "country", CountryCode::of),
                    position.latitude(),
                    position.longitude(),
                    field(what, c, "geoPrecision", t -> GeoPrecision.ofCode(Integer.parseInt(t))));
            Casualties casualties = new Casualties(
                    field(what, c, "killed", IncidentRecords::count),
                    field(what, c, "wounded", IncidentRecords::count),
                    field(what, c, "kidnapped", IncidentRecords::count));
            report = new IncidentReport(
                    date,
                    location,
                    subType,
                    list(c.get("actors")),
                    casualties,
                    c.get("narrative"),
                    list(c.get("sources")),
                    grading,
                    field(what, c, "sourceNation", CountryCode::of),
                    field(what, c, "releasability", Releasability::parse),
                    c.get("handlingNote"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " is not a valid report: " + e.getMessage(), e);
        }
        CountryCode nation = CountryCode.of(from.nation().code());
        PartnerSource source = new PartnerSource(
                nation, from.node().value(), id, version, terms.marking().text(), receivedAt);
        String reason;
        try {
            reason = io.jisr.incident.Text.optionalLong("reason", c.get("reason"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": content field \"reason\": " + e.getMessage(), e);
        }
        return new Received(localId(from, id), report, source, reason);
    }

    /**
     * The id a partner's report has on this node: {@code DZA:dza-1:JSR-7}, unique per origin node and report,
     * safe in a URL path; the SHA-256 of that when the partner's id is long or unusual.
     */
    static String localId(Partner from, String originId) {
        String readable = from.nation().code() + ":" + from.node().value() + ":" + originId;
        if (READABLE_ID.matcher(originId).matches() && readable.length() <= Incident.MAX_ID) {
            return readable;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(readable.getBytes(StandardCharsets.UTF_8));
            return from.nation().code() + ":sha256:"
                    + HexFormat.of().formatHex(hash).substring(0, 40);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * The event type as an annex names it: the vocabulary's type in lower case with hyphens
     * ({@code border-incident}, {@code armed-clash}).
     */
    static String eventType(EventType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static <T> T field(String what, SortedMap<String, String> c, String name, Function<String, T> parse) {
        String text = c.get(name);
        try {
            return parse.apply(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    what + ": content field \"" + name + "\" is not valid (\"" + Texts.excerpt(text) + "\"): "
                            + e.getMessage(),
                    e);
        }
    }

    private static int positive(String text) {
        int n = Integer.parseInt(text);
        if (n < 1) {
            throw new IllegalArgumentException("must be 1 or more");
        }
        return n;
    }

    private static String count(Count count) {
        return count.known().isPresent() ? Integer.toString(count.known().getAsInt()) : "";
    }

    private static Count count(String text) {
        return text.isEmpty() ? Count.UNKNOWN : new Count.Known(Integer.parseInt(text));
    }

    private static List<String> list(String text) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split(LIST_SEPARATOR, -1));
    }
}
