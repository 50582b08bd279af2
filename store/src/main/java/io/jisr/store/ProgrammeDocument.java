package io.jisr.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jisr.programme.ActionChange;
import io.jisr.programme.ActionItem;
import io.jisr.programme.ActionStatus;
import io.jisr.programme.Decision;
import io.jisr.programme.DocumentRef;
import io.jisr.programme.Instrument;
import io.jisr.programme.InstrumentKind;
import io.jisr.programme.Meeting;
import io.jisr.programme.Nation;
import io.jisr.programme.Participant;
import io.jisr.programme.Term;
import io.jisr.programme.WorkingGroup;
import io.jisr.programme.acquisition.AcquisitionCase;
import io.jisr.programme.acquisition.Asset;
import io.jisr.programme.acquisition.AssetKind;
import io.jisr.programme.acquisition.CaseStep;
import io.jisr.programme.acquisition.Delivery;
import io.jisr.programme.acquisition.EquipmentCategory;
import io.jisr.programme.acquisition.EquipmentLine;
import io.jisr.programme.acquisition.Milestone;
import io.jisr.programme.acquisition.Money;
import io.jisr.programme.acquisition.SearchCapability;
import io.jisr.programme.acquisition.StepKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Programme records (instruments, groups, meetings, actions, acquisition cases, assets) as JSON documents, for the {@code programme_record} table: every field named, dates
 * and periods as ISO-8601 text, a meeting's start with its zone id ({@code 2026-12-03T09:30+01:00[Africa/Algiers]})
 * so it comes back in the zone of its place. Written and read field by field rather than by reflection, so
 * that renaming a Java field cannot silently change what is stored; the records' constructors check what is
 * read.
 */
final class ProgrammeDocument {
    /*
     * Version 1. A reader must accept documents of every version it ever wrote: add members with
     * defaults, never rename or reuse one.
     */
    static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProgrammeDocument() {}

    static String write(Instrument i) {
        ObjectNode o = start(i.id());
        o.put("owningSide", i.owningSide().alpha3());
        o.put("kind", i.kind().name());
        o.put("title", i.title());
        ArrayNode parties = o.putArray("parties");
        i.parties().forEach(p -> parties.add(p.alpha3()));
        i.parentId().ifPresent(p -> o.put("parentId", p));
        i.signed().ifPresent(d -> o.put("signed", d.toString()));
        i.entryIntoForce().ifPresent(d -> o.put("entryIntoForce", d.toString()));
        ObjectNode term = o.putObject("term");
        term.put("initial", i.term().initial().toString());
        i.term().renewal().ifPresent(r -> term.put("renewal", r.toString()));
        term.put("notice", i.term().notice().toString());
        i.denounced().ifPresent(d -> o.put("denounced", d.toString()));
        i.terminated().ifPresent(d -> o.put("terminated", d.toString()));
        i.text()
                .ifPresent(t -> o.putObject("text")
                        .put("fileName", t.fileName())
                        .put("sha256", t.sha256())
                        .put("mediaType", t.mediaType()));
        ArrayNode agreements = o.putArray("sharingAgreementIds");
        i.sharingAgreementIds().forEach(agreements::add);
        return text(o, "instrument " + i.id());
    }

    static Instrument readInstrument(String text) {
        JsonNode o = tree(text, "instrument");
        JsonNode term = o.path("term");
        return new Instrument(
                text(o, "id"),
                Nation.of(text(o, "owningSide")),
                InstrumentKind.valueOf(text(o, "kind")),
                text(o, "title"),
                list(o, "parties", n -> Nation.of(n.asText())),
                optional(o, "parentId"),
                optional(o, "signed").map(LocalDate::parse),
                optional(o, "entryIntoForce").map(LocalDate::parse),
                new Term(
                        Period.parse(text(term, "initial")),
                        optional(term, "renewal").map(Period::parse),
                        Period.parse(text(term, "notice"))),
                optional(o, "denounced").map(LocalDate::parse),
                optional(o, "terminated").map(LocalDate::parse),
                o.has("text")
                        ? Optional.of(new DocumentRef(
                                text(o.path("text"), "fileName"),
                                text(o.path("text"), "sha256"),
                                text(o.path("text"), "mediaType")))
                        : Optional.empty(),
                list(o, "sharingAgreementIds", JsonNode::asText));
    }

    static String write(WorkingGroup g) {
        ObjectNode o = start(g.id());
        o.put("owningSide", g.owningSide().alpha3());
        o.put("name", g.name());
        o.set("coChairs", participants(g.coChairs()));
        o.set("members", participants(g.members()));
        o.put("termsOfReference", g.termsOfReference());
        return text(o, "working group " + g.id());
    }

    static WorkingGroup readGroup(String text) {
        JsonNode o = tree(text, "working group");
        return new WorkingGroup(
                text(o, "id"),
                Nation.of(text(o, "owningSide")),
                text(o, "name"),
                list(o, "coChairs", ProgrammeDocument::participant),
                list(o, "members", ProgrammeDocument::participant),
                text(o, "termsOfReference"));
    }

    static String write(Meeting m) {
        ObjectNode o = start(m.id());
        o.put("owningSide", m.owningSide().alpha3());
        o.put("workingGroupId", m.workingGroupId());
        o.put("title", m.title());
        o.put("start", m.start().toString());
        o.put("duration", m.duration().toString());
        o.put("place", m.place());
        ArrayNode agenda = o.putArray("agenda");
        m.agenda().forEach(agenda::add);
        o.set("attendees", participants(m.attendees()));
        o.put("minutes", m.minutes());
        ArrayNode decisions = o.putArray("decisions");
        m.decisions().forEach(d -> decisions.addObject().put("id", d.id()).put("text", d.text()));
        return text(o, "meeting " + m.id());
    }

    static Meeting readMeeting(String text) {
        JsonNode o = tree(text, "meeting");
        return new Meeting(
                text(o, "id"),
                Nation.of(text(o, "owningSide")),
                text(o, "workingGroupId"),
                text(o, "title"),
                ZonedDateTime.parse(text(o, "start")),
                Duration.parse(text(o, "duration")),
                text(o, "place"),
                list(o, "agenda", JsonNode::asText),
                list(o, "attendees", ProgrammeDocument::participant),
                text(o, "minutes"),
                list(o, "decisions", d -> new Decision(text(d, "id"), text(d, "text"))));
    }

    static String write(ActionItem a) {
        ObjectNode o = start(a.id());
        o.put("side", a.side().alpha3());
        o.put("meetingId", a.meetingId());
        o.put("decisionId", a.decisionId());
        o.put("title", a.title());
        o.put("assignee", a.assignee());
        o.put("due", a.due().toString());
        o.put("status", a.status().name());
        ArrayNode history = o.putArray("history");
        a.history()
                .forEach(c -> history.addObject()
                        .put("at", c.at().toString())
                        .put("by", c.by())
                        .put("what", c.what()));
        return text(o, "action item " + a.id());
    }

    static ActionItem readAction(String text) {
        JsonNode o = tree(text, "action item");
        return new ActionItem(
                text(o, "id"),
                Nation.of(text(o, "side")),
                text(o, "meetingId"),
                text(o, "decisionId"),
                text(o, "title"),
                text(o, "assignee"),
                LocalDate.parse(text(o, "due")),
                ActionStatus.valueOf(text(o, "status")),
                list(
                        o,
                        "history",
                        c -> new ActionChange(Instant.parse(text(c, "at")), text(c, "by"), text(c, "what"))));
    }

    static String write(AcquisitionCase c) {
        ObjectNode o = start(c.id());
        o.put("owningSide", c.owningSide().alpha3());
        o.put("requestingSide", c.requestingSide().alpha3());
        o.put("providingSide", c.providingSide().alpha3());
        o.put("title", c.title());
        ArrayNode steps = o.putArray("steps");
        c.steps()
                .forEach(s -> steps.addObject()
                        .put("kind", s.kind().name())
                        .put("date", s.date().toString())
                        .put("reference", s.reference()));
        ArrayNode lines = o.putArray("lines");
        for (EquipmentLine l : c.lines()) {
            ObjectNode n = lines.addObject()
                    .put("id", l.id())
                    .put("category", l.category().name())
                    .put("description", l.description())
                    .put("quantity", l.quantity())
                    // as text, so the scale (and so equality) survives
                    .put("unitValue", l.unitValue().amount().toPlainString())
                    .put("currency", l.unitValue().currency().getCurrencyCode());
            l.trackable().ifPresent(k -> n.put("trackable", k.name()));
        }
        ArrayNode milestones = o.putArray("milestones");
        for (Milestone m : c.milestones()) {
            ObjectNode n = milestones
                    .addObject()
                    .put("name", m.name())
                    .put("planned", m.planned().toString());
            m.actual().ifPresent(a -> n.put("actual", a.toString()));
        }
        ArrayNode deliveries = o.putArray("deliveries");
        for (Delivery d : c.deliveries()) {
            ObjectNode n = deliveries
                    .addObject()
                    .put("lineId", d.lineId())
                    .put("date", d.date().toString())
                    .put("quantity", d.quantity());
            ArrayNode ids = n.putArray("assetIds");
            d.assetIds().forEach(ids::add);
        }
        return text(o, "acquisition case " + c.id());
    }

    static AcquisitionCase readCase(String text) {
        JsonNode o = tree(text, "acquisition case");
        return new AcquisitionCase(
                text(o, "id"),
                Nation.of(text(o, "owningSide")),
                Nation.of(text(o, "requestingSide")),
                Nation.of(text(o, "providingSide")),
                text(o, "title"),
                list(
                        o,
                        "steps",
                        s -> new CaseStep(
                                StepKind.valueOf(text(s, "kind")),
                                LocalDate.parse(text(s, "date")),
                                text(s, "reference"))),
                list(
                        o,
                        "lines",
                        l -> new EquipmentLine(
                                text(l, "id"),
                                EquipmentCategory.valueOf(text(l, "category")),
                                text(l, "description"),
                                number(l, "quantity").intValue(),
                                new Money(
                                        new BigDecimal(text(l, "unitValue")),
                                        Currency.getInstance(text(l, "currency"))),
                                optional(l, "trackable").map(AssetKind::valueOf))),
                list(
                        o,
                        "milestones",
                        m -> new Milestone(
                                text(m, "name"),
                                LocalDate.parse(text(m, "planned")),
                                optional(m, "actual").map(LocalDate::parse))),
                list(
                        o,
                        "deliveries",
                        d -> new Delivery(
                                text(d, "lineId"),
                                LocalDate.parse(text(d, "date")),
                                number(d, "quantity").intValue(),
                                list(d, "assetIds", JsonNode::asText))));
    }

    static String write(Asset a) {
        ObjectNode o = start(a.id());
        o.put("owningSide", a.owningSide().alpha3());
        o.put("kind", a.kind().name());
        o.put("name", a.name());
        o.put("registration", a.registration());
        a.search().ifPresent(s -> {
            ObjectNode n = o.putObject("search")
                    .put("searchSpeedKnots", s.searchSpeedKnots())
                    .put("enduranceHours", s.enduranceHours())
                    .put("searchHeightMetres", s.searchHeightMetres());
            ArrayNode sensors = n.putArray("sensors");
            s.sensors().forEach(sensors::add);
        });
        o.put("caseId", a.caseId());
        o.put("lineId", a.lineId());
        o.put("delivered", a.delivered().toString());
        return text(o, "asset " + a.id());
    }

    static Asset readAsset(String text) {
        JsonNode o = tree(text, "asset");
        JsonNode s = o.get("search");
        return new Asset(
                text(o, "id"),
                Nation.of(text(o, "owningSide")),
                AssetKind.valueOf(text(o, "kind")),
                text(o, "name"),
                text(o, "registration"),
                s == null
                        ? Optional.empty()
                        : Optional.of(new SearchCapability(
                                number(s, "searchSpeedKnots").doubleValue(),
                                number(s, "enduranceHours").doubleValue(),
                                number(s, "searchHeightMetres").doubleValue(),
                                list(s, "sensors", JsonNode::asText))),
                text(o, "caseId"),
                text(o, "lineId"),
                LocalDate.parse(text(o, "delivered")));
    }

    private static Number number(JsonNode o, String name) {
        JsonNode n = o.get(name);
        if (n == null || !n.isNumber()) {
            throw new IllegalArgumentException("programme document member \"" + name + "\" is missing or not a number");
        }
        return n.numberValue();
    }

    private static ObjectNode start(String id) {
        ObjectNode o = JSON.createObjectNode();
        o.put("version", VERSION);
        o.put("id", id);
        return o;
    }

    private static ArrayNode participants(List<Participant> people) {
        ArrayNode out = JSON.createArrayNode();
        people.forEach(
                p -> out.addObject().put("name", p.name()).put("side", p.side().alpha3()));
        return out;
    }

    private static Participant participant(JsonNode n) {
        return new Participant(text(n, "name"), Nation.of(text(n, "side")));
    }

    private static String text(ObjectNode o, String what) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write " + what + " as JSON", e);
        }
    }

    private static JsonNode tree(String text, String what) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(what + " document is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String text(JsonNode o, String name) {
        JsonNode n = o.get(name);
        if (n == null || !n.isTextual()) {
            throw new IllegalArgumentException("programme document member \"" + name + "\" is missing or not text");
        }
        return n.asText();
    }

    private static Optional<String> optional(JsonNode o, String name) {
        return o.has(name) ? Optional.of(text(o, name)) : Optional.empty();
    }

    private static <T> List<T> list(JsonNode o, String name, Function<JsonNode, T> item) {
        JsonNode n = o.get(name);
        if (n == null || !n.isArray()) {
            throw new IllegalArgumentException("programme document member \"" + name + "\" is missing or not a list");
        }
        List<T> out = new ArrayList<>();
        n.forEach(e -> out.add(item.apply(e)));
        return out;
    }
}
