package io.jisr.app.simulate;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.jisr.sim.DurationText;
import io.jisr.sim.geo.GeoPoint;
import io.jisr.sim.scenario.Scenario;
import io.jisr.sim.scenario.ScenarioEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads a scenario file (YAML, or JSON, which is YAML too) into the simulator's model. Every problem
 * is reported as an {@link IllegalArgumentException} naming the file, the event and the field.
 */
public final class ScenarioYaml {
    /** The bundled default scenario, one event of each type off the Algerian coast. */
    public static final String DEFAULT_RESOURCE = "/io/jisr/sim/default-scenario.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> TOP = Set.of("name", "description", "events");

    private final String source;

    private ScenarioYaml(String source) {
        this.source = source;
    }

    /** Returns the bundled default scenario. */
    public static Scenario defaultScenario() {
        try (InputStream in = ScenarioYaml.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the default scenario " + DEFAULT_RESOURCE + " is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "default scenario");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses scenario text.
     *
     * @param source names the text in error messages (a file name)
     */
    public static Scenario parse(String text, String source) {
        return new ScenarioYaml(source).read(text);
    }

    private Scenario read(String text) {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(source + ": not valid YAML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(source + ": a scenario is a mapping with \"name\" and \"events\"");
        }
        unknown(root, TOP, "scenario");
        String name = root.path("name").asText("unnamed");
        JsonNode events = root.path("events");
        if (events.isMissingNode() || events.isNull()) {
            return new Scenario(name, List.of());
        }
        if (!events.isArray()) {
            throw new IllegalArgumentException(source + ": \"events\" must be a list");
        }
        List<ScenarioEvent> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            out.add(event(events.get(i), i + 1));
        }
        try {
            return new Scenario(name, out);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    private ScenarioEvent event(JsonNode e, int number) {
        String where = "event " + number;
        if (!e.isObject()) {
            throw new IllegalArgumentException(source + ": " + where + " must be a mapping with a \"type\"");
        }
        String id = e.path("id").asText("");
        if (!id.isEmpty()) {
            where += " (\"" + id + "\")";
        }
        Fields f = new Fields(e, where);
        String type = f.text("type");
        try {
            return switch (type) {
                case "dark" -> {
                    f.only("type", "id", "at", "off", "path", "speed");
                    yield new ScenarioEvent.Dark(
                            f.text("id"), f.duration("at"), f.duration("off"), f.path("path"), f.number("speed"));
                }
                case "rendezvous" -> {
                    f.only("type", "id", "at", "duration", "meeting", "first-from", "second-from");
                    yield new ScenarioEvent.Rendezvous(
                            f.text("id"),
                            f.duration("at"),
                            f.duration("duration"),
                            f.point("meeting"),
                            f.point("first-from"),
                            f.point("second-from"));
                }
                case "loiter" -> {
                    f.only("type", "id", "at", "duration", "centre", "radius-nm", "from");
                    yield new ScenarioEvent.Loiter(
                            f.text("id"),
                            f.duration("at"),
                            f.duration("duration"),
                            f.point("centre"),
                            f.number("radius-nm"),
                            f.point("from"));
                }
                case "zone-entry" -> {
                    f.only("type", "id", "zone", "path", "speed");
                    JsonNode zone = f.required("zone");
                    Fields z = new Fields(zone, where + " zone");
                    z.only("name", "polygon");
                    yield new ScenarioEvent.ZoneEntry(
                            f.text("id"), z.text("name"), z.path("polygon"), f.path("path"), f.number("speed"));
                }
                case "spoof-jump" -> {
                    f.only("type", "id", "at", "duration", "path", "speed", "jump-nm");
                    yield new ScenarioEvent.SpoofJump(
                            f.text("id"),
                            f.duration("at"),
                            f.duration("duration"),
                            f.path("path"),
                            f.number("speed"),
                            f.number("jump-nm"));
                }
                case "shared-mmsi" -> {
                    f.only("type", "id", "at", "duration", "first-path", "second-path", "speed");
                    yield new ScenarioEvent.SharedMmsi(
                            f.text("id"),
                            f.duration("at"),
                            f.duration("duration"),
                            f.path("first-path"),
                            f.path("second-path"),
                            f.number("speed"));
                }
                case "distress" -> {
                    f.only("type", "id", "at", "duration", "from", "bearing", "speed");
                    yield new ScenarioEvent.Distress(
                            f.text("id"),
                            f.duration("at"),
                            f.duration("duration"),
                            f.point("from"),
                            f.number("bearing"),
                            f.number("speed"));
                }
                default ->
                    throw new IllegalArgumentException("unknown type \"" + type + "\"; known types: dark,"
                            + " rendezvous, loiter, zone-entry, spoof-jump, shared-mmsi, distress");
            };
        } catch (IllegalArgumentException ex) {
            if (ex.getMessage().startsWith(source + ": ")) {
                throw ex;
            }
            throw new IllegalArgumentException(source + ": " + where + ": " + ex.getMessage(), ex);
        }
    }

    private void unknown(JsonNode node, Set<String> allowed, String where) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!allowed.contains(n)) {
                throw new IllegalArgumentException(source + ": " + where + ": unknown field \"" + n + "\"; allowed: "
                        + allowed.stream().sorted().toList());
            }
        }
    }

    /** Typed access to one mapping's fields. */
    private final class Fields {
        private final JsonNode node;
        private final String where;

        Fields(JsonNode node, String where) {
            this.node = node;
            this.where = where;
        }

        void only(String... allowed) {
            unknown(node, Set.of(allowed), where);
        }

        JsonNode required(String name) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                throw new IllegalArgumentException("missing field \"" + name + "\"");
            }
            return v;
        }

        String text(String name) {
            JsonNode v = required(name);
            if (!v.isValueNode()) {
                throw new IllegalArgumentException("\"" + name + "\" must be text");
            }
            return v.asText();
        }

        double number(String name) {
            JsonNode v = required(name);
            if (!v.isNumber()) {
                throw new IllegalArgumentException("\"" + name + "\" must be a number, was " + v);
            }
            return v.asDouble();
        }

        Duration duration(String name) {
            try {
                return DurationText.parse(text(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("\"" + name + "\": " + e.getMessage(), e);
            }
        }

        GeoPoint point(String name) {
            return point(required(name), name);
        }

        List<GeoPoint> path(String name) {
            JsonNode v = required(name);
            if (!v.isArray()) {
                throw new IllegalArgumentException("\"" + name + "\" must be a list of [latitude, longitude]");
            }
            List<GeoPoint> out = new ArrayList<>();
            for (JsonNode p : v) {
                out.add(point(p, name));
            }
            return out;
        }

        private GeoPoint point(JsonNode p, String name) {
            if (!p.isArray()
                    || p.size() != 2
                    || !p.get(0).isNumber()
                    || !p.get(1).isNumber()) {
                throw new IllegalArgumentException(
                        "\"" + name + "\" needs positions as [latitude, longitude], found " + p);
            }
            try {
                return GeoPoint.of(p.get(0).asDouble(), p.get(1).asDouble());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("\"" + name + "\": " + e.getMessage(), e);
            }
        }
    }
}
