package io.jisr.app.node;

import com.fasterxml.jackson.databind.JsonNode;
import io.jisr.detect.DeclaredReceiver;
import io.jisr.detect.DetectionKind;
import io.jisr.detect.alert.AlertRule;
import io.jisr.detect.alert.Severity;
import io.jisr.detect.alert.TimeWindow;
import io.jisr.detect.zone.GeoJsonZones;
import io.jisr.detect.zone.KmlZones;
import io.jisr.detect.zone.Zone;
import io.jisr.detect.zone.ZoneImport;
import io.jisr.detect.zone.ZoneKind;
import io.jisr.picture.ShipCategory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code detection} section of {@code jisr.yaml}: whether detection runs, the zone files to
 * load (GeoJSON or KML, paths relative to the configuration file) and the alert rules. Every mistake
 * stops the start with the key that is wrong. The format is in {@code docs/configuration.md}.
 */
final class DetectionConfig {
    private DetectionConfig() {}

    static NodeConfig.Detection read(String source, Optional<Path> baseDirectory, JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return NodeConfig.Detection.DEFAULTS;
        }
        NodeConfig.Detection defaults = NodeConfig.Detection.DEFAULTS;
        boolean enabled =
                !node.path("enabled").isBoolean() || node.path("enabled").asBoolean();
        List<Zone> zones = zones(source, baseDirectory, node.path("zones"));
        List<AlertRule> rules = node.has("alerts") ? rules(source, node.path("alerts"), zones) : defaults.rules();
        int days = node.path("keepClosedAlertsDays").isInt()
                ? node.path("keepClosedAlertsDays").asInt()
                : (int) defaults.keepClosedAlerts().toDays();
        if (days < 1 || days > 3650) {
            throw new ConfigException(source + ": detection.keepClosedAlertsDays must be within 1..3650, was " + days);
        }
        return new NodeConfig.Detection(
                enabled, zones, rules, Duration.ofDays(days), receivers(source, node.path("receivers")));
    }

    /** Reads {@code detection.receivers}: the shore receivers whose range the gap detector may rely on. */
    private static List<DeclaredReceiver> receivers(String source, JsonNode list) {
        if (list.isMissingNode() || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw new ConfigException(source + ": detection.receivers must be a list");
        }
        List<DeclaredReceiver> receivers = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "detection.receivers[" + i + "]";
            JsonNode r = list.get(i);
            for (String key : List.of("lat", "lon", "rangeNm")) {
                if (!r.path(key).isNumber()) {
                    throw new ConfigException(source + ": " + at + "." + key + " must be a number");
                }
            }
            try {
                DeclaredReceiver receiver = new DeclaredReceiver(
                        r.path("id").asText(""),
                        r.path("lat").asDouble(),
                        r.path("lon").asDouble(),
                        r.path("rangeNm").asDouble());
                if (!ids.add(receiver.id())) {
                    throw new ConfigException(
                            source + ": " + at + ": receiver id \"" + receiver.id() + "\" is used twice");
                }
                receivers.add(receiver);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(source + ": " + at + ": " + e.getMessage());
            }
        }
        return receivers;
    }

    private static List<Zone> zones(String source, Optional<Path> base, JsonNode list) {
        if (list.isMissingNode() || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw new ConfigException(source + ": detection.zones must be a list");
        }
        List<Zone> zones = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "detection.zones[" + i + "]";
            JsonNode z = list.get(i);
            String file = z.path("file").asText("");
            if (file.isBlank()) {
                throw new ConfigException(source + ": " + at + ".file is required");
            }
            ZoneKind kind = parse(source, at + ".kind", z.path("kind").asText("OPERATOR"), ZoneKind.class);
            Path path = base.map(b -> b.resolve(file)).orElse(Path.of(file));
            for (Zone zone : load(source, at, path, kind)) {
                if (!ids.add(zone.id())) {
                    throw new ConfigException(source + ": " + at + ": zone id \"" + zone.id() + "\" is used twice");
                }
                zones.add(zone);
            }
        }
        return zones;
    }

    private static List<Zone> load(String source, String at, Path path, ZoneKind kind) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(source + ": " + at + ".file: cannot read " + path + ": " + e.getMessage(), e);
        }
        boolean kml = path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".kml");
        return switch (kml ? KmlZones.read(text, kind) : GeoJsonZones.read(text, kind)) {
            case ZoneImport.Imported imported -> imported.zones();
            case ZoneImport.Rejected rejected ->
                throw new ConfigException(
                        source + ": " + at + ".file " + path + ": " + rejected.where() + ": " + rejected.message());
        };
    }

    private static List<AlertRule> rules(String source, JsonNode list, List<Zone> zones) {
        if (!list.isArray()) {
            throw new ConfigException(source + ": detection.alerts must be a list");
        }
        List<AlertRule> rules = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "detection.alerts[" + i + "]";
            JsonNode r = list.get(i);
            Optional<String> zone =
                    r.hasNonNull("zone") ? Optional.of(r.path("zone").asText()) : Optional.empty();
            if (zone.isPresent() && zones.stream().noneMatch(z -> z.id().equals(zone.get()))) {
                throw new ConfigException(
                        source + ": " + at + ".zone \"" + zone.get() + "\" is not a zone of detection.zones");
            }
            try {
                rules.add(new AlertRule(
                        r.path("name").asText(""),
                        enums(source, at + ".kinds", r.path("kinds"), DetectionKind.class),
                        zone,
                        enums(source, at + ".categories", r.path("categories"), ShipCategory.class),
                        strings(source, at + ".flags", r.path("flags")),
                        window(source, at + ".window", r.path("window")),
                        parse(source, at + ".severity", r.path("severity").asText("MEDIUM"), Severity.class)));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(source + ": " + at + ": " + e.getMessage(), e);
            }
        }
        return rules;
    }

    private static Optional<TimeWindow> window(String source, String at, JsonNode w) {
        if (w.isMissingNode() || w.isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new TimeWindow(
                    LocalTime.parse(w.path("from").asText("")),
                    LocalTime.parse(w.path("to").asText("")),
                    ZoneId.of(w.path("timeZone").asText("UTC"))));
        } catch (DateTimeException e) {
            throw new ConfigException(
                    source + ": " + at + " needs from and to as HH:MM and a valid timeZone such as"
                            + " Africa/Algiers: " + e.getMessage(),
                    e);
        }
    }

    private static <E extends Enum<E>> Set<E> enums(String source, String at, JsonNode list, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        for (String s : strings(source, at, list)) {
            values.add(parse(source, at, s, type));
        }
        return values;
    }

    private static Set<String> strings(String source, String at, JsonNode list) {
        if (list.isMissingNode() || list.isNull()) {
            return Set.of();
        }
        if (!list.isArray()) {
            throw new ConfigException(source + ": " + at + " must be a list");
        }
        Set<String> values = new LinkedHashSet<>();
        list.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static <E extends Enum<E>> E parse(String source, String at, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(source + ": " + at + " must be one of "
                    + EnumSet.allOf(type).stream().map(Enum::name).toList() + ", was \"" + value + "\"");
        }
    }
}
