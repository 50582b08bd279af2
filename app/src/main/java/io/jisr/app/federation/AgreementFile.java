package io.jisr.app.federation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.jisr.exchange.DataCategory;
import io.jisr.exchange.GeoPoint;
import io.jisr.exchange.Nation;
import io.jisr.exchange.NodeId;
import io.jisr.exchange.ReleasabilityMarking;
import io.jisr.exchange.agreement.Agreement;
import io.jisr.exchange.agreement.AgreementId;
import io.jisr.exchange.agreement.AgreementProblem;
import io.jisr.exchange.agreement.AgreementReference;
import io.jisr.exchange.agreement.AgreementStatus;
import io.jisr.exchange.agreement.AgreementValidator;
import io.jisr.exchange.agreement.Area;
import io.jisr.exchange.agreement.CertificateFingerprint;
import io.jisr.exchange.agreement.Grading;
import io.jisr.exchange.agreement.Party;
import io.jisr.exchange.agreement.PartyNode;
import io.jisr.exchange.agreement.Precision;
import io.jisr.exchange.agreement.SharingAnnex;
import io.jisr.exchange.agreement.SubjectFilter;
import io.jisr.exchange.agreement.Validity;
import io.jisr.exchange.agreement.ZoneLookup;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads an agreement from a YAML or JSON file into the exchange model and validates it with {@link
 * AgreementValidator}. Every mistake is an {@link IllegalArgumentException} naming the file and the
 * key ({@code dza-usa.yaml: annexes[1].marking: ...}). The format is in {@code docs/federation.md}.
 */
public final class AgreementFile {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final String file;

    private AgreementFile(String file) {
        this.file = file;
    }

    /** Reads and validates the agreement in {@code path}; named zones are looked up in {@code zones}. */
    public static Agreement read(Path path, ZoneLookup zones) {
        return read(path, new AgreementValidator(zones));
    }

    /**
     * Reads the agreement in {@code path} and validates it with {@code validator} (the configuration reads
     * with {@link AgreementValidator#ignoringZones()}: the zone catalogue is checked when federation starts).
     */
    public static Agreement read(Path path, AgreementValidator validator) {
        String name = path.toString();
        JsonNode root;
        try {
            // YAML is a superset of JSON, so one parser reads both.
            root = YAML.readTree(Files.readString(path));
        } catch (IOException e) {
            throw new IllegalArgumentException(name + ": cannot read the agreement: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(name + ": an agreement must be a mapping of keys to values");
        }
        Agreement agreement = new AgreementFile(name).agreement(root);
        List<AgreementProblem> problems = validator.validate(agreement);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(name + ": agreement " + agreement.id() + " version "
                    + agreement.version() + " is not valid: "
                    + String.join(
                            "; ",
                            problems.stream().map(AgreementProblem::toString).toList()));
        }
        return agreement;
    }

    /**
     * Reads an agreement in the file format from {@code root} without validating it (the caller does, to
     * name every problem); mistakes of form are an {@link IllegalArgumentException} naming {@code source}
     * and the key.
     */
    public static Agreement parse(JsonNode root, String source) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(source + ": an agreement must be a mapping of keys to values");
        }
        return new AgreementFile(source).agreement(root);
    }

    private Agreement agreement(JsonNode root) {
        AgreementId id = value("id", () -> AgreementId.of(text(root, "id")));
        int version =
                root.path("version").isInt() ? root.path("version").asInt() : fail("version", "must be an integer");
        JsonNode reference = root.path("reference");
        List<Party> parties = list(root, "parties", this::party);
        JsonNode validity = object(root, "validity");
        Validity dates = new Validity(instant(validity, "validity.from"), instant(validity, "validity.until"));
        AgreementStatus status = value(
                "status",
                () -> AgreementStatus.valueOf(
                        text(root, "status").strip().toUpperCase(Locale.ROOT).replace('-', '_')));
        List<SharingAnnex> annexes = list(root, "annexes", this::annex);
        return new Agreement(
                id,
                version,
                root.path("title").asText(""),
                new AgreementReference(
                        reference.path("memorandum").asText(""),
                        reference.path("implementingArrangement").asText("")),
                parties,
                dates,
                status,
                annexes);
    }

    private Party party(JsonNode p, String at) {
        Nation nation = value(at + ".nation", () -> Nation.of(text(p, "nation")));
        List<PartyNode> nodes = list(
                p,
                "nodes",
                (n, nodeAt) -> new PartyNode(
                        value(nodeAt + ".id", () -> NodeId.of(text(n, "id"))),
                        value(nodeAt + ".fingerprint", () -> CertificateFingerprint.parse(text(n, "fingerprint")))),
                at);
        return new Party(nation, nodes);
    }

    private SharingAnnex annex(JsonNode a, String at) {
        String categoryId = a.path("category").asText("");
        DataCategory category = DataCategory.builtIn(categoryId)
                .orElseGet(() -> fail(
                        at + ".category", "must be one of " + DataCategory.BUILT_IN + ", was \"" + categoryId + "\""));
        Nation from = value(at + ".from", () -> Nation.of(text(a, "from")));
        Nation to = value(at + ".to", () -> Nation.of(text(a, "to")));
        List<Area> areas = list(a, "areas", this::area, at);
        SubjectFilter subjects = subjects(a.path("subjects"), category, at + ".subjects");
        Duration delay = duration(a, "delay", at, Duration.ZERO);
        Precision precision = precision(a.path("precision"), at + ".precision");
        ReleasabilityMarking marking =
                switch (ReleasabilityMarking.parse(a.path("marking").asText(""))) {
                    case ReleasabilityMarking.Parsed.Valid valid -> valid.marking();
                    case ReleasabilityMarking.Parsed.Invalid invalid ->
                        fail(at + ".marking", invalid.message() + " (column " + invalid.column() + ")");
                };
        Duration retention = duration(a, "retention", at, Duration.ofDays(30));
        Set<Nation> onward = new TreeSet<>();
        for (JsonNode n : a.path("onwardReleaseTo")) {
            onward.add(value(at + ".onwardReleaseTo", () -> Nation.of(n.asText())));
        }
        return new SharingAnnex(
                a.path("id").asText(""),
                category,
                from,
                to,
                areas,
                subjects,
                delay,
                precision,
                marking,
                retention,
                onward);
    }

    private Area area(JsonNode a, String at) {
        if (a.isTextual() && a.asText().equals("everywhere")) {
            return new Area.Everywhere();
        }
        if (a.has("zone")) {
            return new Area.NamedZone(a.path("zone").asText());
        }
        if (a.has("polygon")) {
            List<GeoPoint> ring = list(
                    a,
                    "polygon",
                    (c, cornerAt) -> {
                        if (!c.isArray()
                                || c.size() != 2
                                || !c.get(0).isNumber()
                                || !c.get(1).isNumber()) {
                            return fail(cornerAt, "a corner is [latitude, longitude]");
                        }
                        return value(
                                cornerAt,
                                () -> GeoPoint.of(c.get(0).asDouble(), c.get(1).asDouble()));
                    },
                    at);
            return new Area.Polygon(a.path("name").asText(at), ring);
        }
        return fail(at, "an area is \"everywhere\", {zone: id} or {polygon: [[lat, lon], ...]}");
    }

    private SubjectFilter subjects(JsonNode s, DataCategory category, String at) {
        return switch (category.subjectKind()) {
            case VESSEL -> {
                Set<Integer> types = new TreeSet<>();
                for (JsonNode t : s.path("shipTypes")) {
                    if (!t.isInt()) {
                        fail(at + ".shipTypes", "ship types are integers 1-99, was " + t);
                    }
                    types.add(t.asInt());
                }
                Set<Nation> flags = new TreeSet<>();
                for (JsonNode f : s.path("flags")) {
                    flags.add(value(at + ".flags", () -> Nation.of(f.asText())));
                }
                yield new SubjectFilter.Vessels(
                        types,
                        flags,
                        s.path("excludeReleasersGovernmentVessels").asBoolean(false));
            }
            case INCIDENT -> {
                TreeSet<String> events = new TreeSet<>();
                s.path("eventTypes").forEach(e -> events.add(e.asText()));
                Optional<Grading> minimum = s.hasNonNull("minimumGrading")
                        ? Optional.of(value(at + ".minimumGrading", () -> Grading.parse(text(s, "minimumGrading"))))
                        : Optional.empty();
                yield new SubjectFilter.Incidents(events, minimum);
            }
            case NONE -> new SubjectFilter.Unfiltered();
        };
    }

    private Precision precision(JsonNode p, String at) {
        if (p.isMissingNode() || p.isNull() || (p.isTextual() && p.asText().equals("exact"))) {
            return new Precision.Exact();
        }
        if (p.isNumber() || p.isTextual()) {
            return value(at, () -> new Precision.DegreeGrid(new BigDecimal(p.asText())));
        }
        return fail(at, "precision is \"exact\" or a grid in degrees such as 0.1");
    }

    private Duration duration(JsonNode parent, String key, String at, Duration fallback) {
        JsonNode d = parent.path(key);
        if (d.isMissingNode() || d.isNull()) {
            return fallback;
        }
        return value(at + "." + key, () -> Duration.parse(d.asText()));
    }

    private Instant instant(JsonNode parent, String at) {
        String key = at.substring(at.lastIndexOf('.') + 1);
        String text = parent.path(key).asText("");
        try {
            return text.length() == 10
                    ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(text);
        } catch (DateTimeException e) {
            return fail(at, "must be a date (2026-01-01, midnight UTC) or an ISO-8601 instant, was \"" + text + "\"");
        }
    }

    private JsonNode object(JsonNode parent, String key) {
        JsonNode node = parent.path(key);
        if (!node.isObject()) {
            fail(key, "must be a mapping");
        }
        return node;
    }

    private static String text(JsonNode parent, String key) {
        JsonNode node = parent.path(key);
        if (!node.isValueNode()) {
            throw new IllegalArgumentException("is missing");
        }
        return node.asText();
    }

    /** Reads a list under {@code key}, naming each element by its index in messages. */
    private <T> List<T> list(JsonNode parent, String key, Element<T> element) {
        return list(parent, key, element, "");
    }

    private <T> List<T> list(JsonNode parent, String key, Element<T> element, String at) {
        String where = at.isEmpty() ? key : at + "." + key;
        JsonNode node = parent.path(key);
        if (!node.isArray()) {
            return fail(where, "must be a list");
        }
        List<T> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            items.add(element.read(node.get(i), where + "[" + i + "]"));
        }
        return items;
    }

    @FunctionalInterface
    private interface Element<T> {
        T read(JsonNode node, String at);
    }

    private <T> T value(String at, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException | DateTimeException e) {
            return fail(at, e.getMessage());
        }
    }

    private <T> T fail(String at, String message) {
        throw new IllegalArgumentException(file + ": " + at + ": " + message);
    }
}
