package io.jisr.programme.sync;

import io.jisr.programme.DocumentRef;
import io.jisr.programme.Instrument;
import io.jisr.programme.InstrumentKind;
import io.jisr.programme.Nation;
import io.jisr.programme.Term;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * How an {@link Instrument} maps to replica fields and back: every field belongs to the owning side. The four
 * dates — signature, entry into force, denunciation, termination — are one field, {@code dates}, because the
 * instrument's constructor relates them (no entry into force without a signature, no termination before the
 * entry into force): written together, they reach a partner together, so a partner never holds the entry into
 * force of one change with the signature of another, nor refuses half a change as unreadable. Periods are
 * ISO-8601 text, an absent date or period the empty string; the parties, the dates and the sharing agreements
 * are length-prefixed lists; the signed text is its reference (file name, SHA-256, media type) — the bytes
 * stay on the node that holds them.
 */
public final class InstrumentFields {
    /** The kind of an instrument's {@link RecordKey}. */
    public static final String KIND = "instrument";

    private static final List<String> FIELDS = List.of(
            "kind",
            "title",
            "parties",
            "parentId",
            "dates",
            "initial",
            "renewal",
            "notice",
            "text",
            "sharingAgreementIds");

    private InstrumentFields() {}

    /** Returns the record key of an instrument. */
    public static RecordKey key(Instrument instrument) {
        return new RecordKey(KIND, instrument.owningSide(), instrument.id());
    }

    /** Returns the fields of an instrument. */
    public static SortedMap<String, String> fields(Instrument i) {
        SortedMap<String, String> fields = new TreeMap<>();
        fields.put("kind", i.kind().name());
        fields.put("title", i.title());
        fields.put(
                "parties",
                MeetingFields.join(i.parties().stream().map(Nation::alpha3).toList()));
        fields.put("parentId", i.parentId().orElse(""));
        fields.put(
                "dates",
                MeetingFields.join(List.of(
                        text(i.signed()), text(i.entryIntoForce()), text(i.denounced()), text(i.terminated()))));
        fields.put("initial", i.term().initial().toString());
        fields.put("renewal", i.term().renewal().map(Period::toString).orElse(""));
        fields.put("notice", i.term().notice().toString());
        fields.put(
                "text",
                i.text()
                        .map(t -> MeetingFields.join(List.of(t.fileName(), t.sha256(), t.mediaType())))
                        .orElse(""));
        fields.put("sharingAgreementIds", MeetingFields.join(i.sharingAgreementIds()));
        return fields;
    }

    /** Returns one edit per field that differs between {@code before} (empty when new) and {@code after}. */
    public static List<FieldEdit> edits(Optional<Instrument> before, Instrument after, Hlc stamp) {
        before.ifPresent(b -> {
            if (!key(b).equals(key(after))) {
                throw new IllegalArgumentException("cannot diff instrument " + key(b) + " against " + key(after));
            }
        });
        Map<String, String> old = before.map(InstrumentFields::fields).orElse(new TreeMap<>());
        List<FieldEdit> edits = new ArrayList<>();
        fields(after).forEach((field, value) -> {
            if (!value.equals(old.get(field))) {
                edits.add(new FieldEdit(new FieldKey(key(after), field), value, stamp, after.owningSide()));
            }
        });
        return edits;
    }

    /**
     * Returns the instrument as this replica holds it, or empty while a field has not arrived.
     *
     * @throws IllegalArgumentException if the fields are present but do not make a valid instrument
     */
    public static Optional<Instrument> read(Replica replica, RecordKey key) {
        if (!key.kind().equals(KIND)) {
            throw new IllegalArgumentException("record " + key + " is not an instrument");
        }
        SortedMap<String, String> f = replica.record(key);
        if (!f.keySet().containsAll(FIELDS)) {
            return Optional.empty();
        }
        try {
            InstrumentKind kind;
            try {
                kind = InstrumentKind.valueOf(f.get("kind"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("instrument " + key + " has an unknown kind " + f.get("kind"), e);
            }
            List<String> dates = MeetingFields.split(key, "dates", f.get("dates"));
            if (dates.size() != 4) {
                throw new IllegalArgumentException("instrument " + key
                        + " field dates is not signature, entry into force, denunciation, termination");
            }
            List<String> text = MeetingFields.split(key, "text", f.get("text"));
            if (!text.isEmpty() && text.size() != 3) {
                throw new IllegalArgumentException(
                        "instrument " + key + " field text is not file name, SHA-256, media type");
            }
            return Optional.of(new Instrument(
                    key.id(),
                    key.owner(),
                    kind,
                    f.get("title"),
                    MeetingFields.split(key, "parties", f.get("parties")).stream()
                            .map(Nation::of)
                            .toList(),
                    optional(f.get("parentId"), Function.identity()),
                    optional(dates.get(0), LocalDate::parse),
                    optional(dates.get(1), LocalDate::parse),
                    new Term(
                            Period.parse(f.get("initial")),
                            optional(f.get("renewal"), Period::parse),
                            Period.parse(f.get("notice"))),
                    optional(dates.get(2), LocalDate::parse),
                    optional(dates.get(3), LocalDate::parse),
                    text.isEmpty()
                            ? Optional.empty()
                            : Optional.of(new DocumentRef(text.get(0), text.get(1), text.get(2))),
                    MeetingFields.split(key, "sharingAgreementIds", f.get("sharingAgreementIds"))));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "instrument " + key + " has a bad date or period: " + e.getParsedString(), e);
        }
    }

    private static String text(Optional<LocalDate> day) {
        return day.map(LocalDate::toString).orElse("");
    }

    private static <T> Optional<T> optional(String value, Function<String, T> parse) {
        return value.isEmpty() ? Optional.empty() : Optional.of(parse.apply(value));
    }
}
