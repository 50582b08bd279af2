package io.jisr.app.http;

import io.jisr.picture.BoundingBox;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a request's parameters and checks them, collecting every problem rather than stopping at the
 * first, so one 400 answer names all of them. A parameter sent empty ({@code kind=}) counts as not
 * sent; names this class is never asked about are ignored.
 *
 * <p>Each reader returns a usable value even when the parameter is bad (the default, or empty); call
 * {@link #check()} before using any of them.
 */
final class QueryParameters {

    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,9})([smhd])");
    private static final Pattern ALPHA_3 = Pattern.compile("[A-Z]{3}");

    private final Map<String, List<String>> values;
    private final Map<String, List<ErrorJson.FieldError>> errors = new LinkedHashMap<>();

    QueryParameters(Map<String, List<String>> values) {
        this.values = values;
    }

    /** Records a problem with parameter {@code name}; {@code value} is null when it was missing. */
    void reject(String name, String message, String value) {
        errors.computeIfAbsent(name, n -> new ArrayList<>()).add(new ErrorJson.FieldError(message, value));
    }

    /** Returns whether parameter {@code name} has a problem already. */
    boolean isRejected(String name) {
        return errors.containsKey(name);
    }

    /** Throws the 400 answer when any parameter was rejected. */
    void check() {
        if (errors.isEmpty()) {
            return;
        }
        String message;
        if (errors.size() == 1 && errors.values().iterator().next().size() == 1) {
            Map.Entry<String, List<ErrorJson.FieldError>> only =
                    errors.entrySet().iterator().next();
            message = "bad parameter " + only.getKey() + ": "
                    + only.getValue().get(0).message();
        } else {
            message = "bad parameters " + String.join(", ", errors.keySet()) + ": see errors";
        }
        throw new ApiException(400, new ErrorJson(ErrorJson.BAD_PARAMETER, message, errors));
    }

    /** Returns the one value of {@code name}, stripped; empty when not sent (or sent empty). */
    Optional<String> text(String name) {
        List<String> given = nonBlank(name);
        if (given.isEmpty()) {
            return Optional.empty();
        }
        if (given.size() > 1) {
            reject(name, "must be given once, was given " + given.size() + " times", String.join(",", given));
            return Optional.empty();
        }
        return Optional.of(given.get(0));
    }

    /** Returns the text of {@code name}, which must be sent and at most {@code maxLength} characters. */
    String requiredText(String name, int maxLength) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            if (!isRejected(name)) {
                reject(name, "is required", null);
            }
            return "";
        }
        if (text.get().length() > maxLength) {
            reject(
                    name,
                    "must be at most " + maxLength + " characters, was "
                            + text.get().length(),
                    text.get());
            return "";
        }
        return text.get();
    }

    /** Returns the whole number {@code name}, {@code defaultValue} when not sent. */
    int integer(String name, int defaultValue, int min, int max) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return defaultValue;
        }
        long value;
        try {
            value = Long.parseLong(text.get());
        } catch (NumberFormatException e) {
            reject(name, "must be a whole number", text.get());
            return defaultValue;
        }
        if (value < min || value > max) {
            reject(name, "must be within " + min + ".." + max, text.get());
            return defaultValue;
        }
        return (int) value;
    }

    /** Returns the number {@code name}, empty when not sent. */
    OptionalDouble decimal(String name, double min, double max) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return OptionalDouble.empty();
        }
        OptionalDouble value = parseDecimal(text.get());
        if (value.isEmpty()) {
            reject(name, "must be a number", text.get());
            return OptionalDouble.empty();
        }
        if (value.getAsDouble() < min || value.getAsDouble() > max) {
            reject(name, "must be within " + format(min) + ".." + format(max), text.get());
            return OptionalDouble.empty();
        }
        return value;
    }

    /** Returns the number {@code name}, which must be sent; NaN when it is missing or bad. */
    double requiredDecimal(String name, double min, double max) {
        OptionalDouble value = decimal(name, min, max);
        if (value.isEmpty() && !isRejected(name)) {
            reject(name, "is required", null);
        }
        return value.orElse(Double.NaN);
    }

    /**
     * Returns the box {@code name} given as {@code south,west,north,east} in degrees, {@code whenAbsent}
     * when not sent. West greater than east is a box across the antimeridian.
     */
    BoundingBox bbox(String name, BoundingBox whenAbsent) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return whenAbsent;
        }
        String[] parts = text.get().split(",", -1);
        double[] edges = new double[4];
        boolean numbers = parts.length == 4;
        for (int i = 0; numbers && i < 4; i++) {
            OptionalDouble edge = parseDecimal(parts[i].strip());
            numbers = edge.isPresent();
            edges[i] = edge.orElse(0);
        }
        if (!numbers) {
            reject(name, "must be four numbers: south,west,north,east in degrees", text.get());
            return whenAbsent;
        }
        return box(name, edges, text.get()).orElse(whenAbsent);
    }

    /**
     * Returns the box with {@code edges} south, west, north, east, or records each edge out of range
     * against {@code name} and returns empty.
     */
    Optional<BoundingBox> box(String name, double[] edges, String value) {
        boolean good = true;
        String[] edgeNames = {"south", "west", "north", "east"};
        for (int i = 0; i < 4; i++) {
            double limit = i % 2 == 0 ? 90 : 180;
            if (edges[i] < -limit || edges[i] > limit) {
                reject(name, edgeNames[i] + " must be within " + format(-limit) + ".." + format(limit), value);
                good = false;
            }
        }
        if (good && edges[0] > edges[2]) {
            reject(name, "south must be <= north", value);
            good = false;
        }
        return good ? Optional.of(new BoundingBox(edges[0], edges[1], edges[2], edges[3])) : Optional.empty();
    }

    /**
     * Returns the constants of {@code type} named in {@code name}, comma-separated or repeated,
     * case-insensitive; empty when not sent.
     */
    <E extends Enum<E>> Set<E> enums(String name, Class<E> type) {
        Set<E> found = new LinkedHashSet<>();
        for (String item : items(name)) {
            try {
                found.add(Enum.valueOf(type, item.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                reject(
                        name,
                        "must be one of "
                                + Arrays.stream(type.getEnumConstants())
                                        .map(Enum::name)
                                        .collect(Collectors.joining(", ")),
                        item);
            }
        }
        return found;
    }

    /** Returns the one constant of {@code type} named by {@code name}, case-insensitive; empty when not sent. */
    <E extends Enum<E>> Optional<E> enumValue(String name, Class<E> type) {
        Set<E> found = enums(name, type);
        if (found.size() > 1) {
            reject(name, "must be one value", String.join(",", items(name)));
            return Optional.empty();
        }
        return found.stream().findFirst();
    }

    /** Returns {@code name}, which must be one of {@code allowed}; {@code whenAbsent} when not sent. */
    String oneOf(String name, String whenAbsent, Set<String> allowed) {
        Optional<String> text = text(name);
        if (text.isPresent() && !allowed.contains(text.get())) {
            reject(name, "must be one of " + String.join(", ", new java.util.TreeSet<>(allowed)), text.get());
            return whenAbsent;
        }
        return text.orElse(whenAbsent);
    }

    /** Returns the MMSI {@code name}: a whole number of one to nine digits; empty when not sent. */
    Optional<io.jisr.ais.identity.Mmsi> mmsi(String name) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String t = text.get();
        if (t.length() > 9 || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
            reject(name, "must be an MMSI: a whole number of up to nine digits", t);
            return Optional.empty();
        }
        return Optional.of(io.jisr.ais.identity.Mmsi.of(Integer.parseInt(t)));
    }

    /** Returns the ISO 3166-1 alpha-3 codes in {@code name}, comma-separated or repeated, upper-cased. */
    Set<String> countryCodes(String name) {
        Set<String> found = new LinkedHashSet<>();
        for (String item : items(name)) {
            String code = item.toUpperCase(Locale.ROOT);
            if (ALPHA_3.matcher(code).matches()) {
                found.add(code);
            } else {
                reject(name, "must be ISO 3166-1 alpha-3 codes such as DZA, comma-separated", item);
            }
        }
        return found;
    }

    /**
     * Returns the positive duration {@code name}: ISO-8601 ({@code PT30M}) or a whole number with
     * {@code s}, {@code m}, {@code h} or {@code d} ({@code 30m}); empty when not sent.
     */
    Optional<Duration> duration(String name) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Duration value = null;
        Matcher shortForm = SHORT_DURATION.matcher(text.get());
        if (shortForm.matches()) {
            long amount = Long.parseLong(shortForm.group(1));
            value = switch (shortForm.group(2)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        } else {
            try {
                value = Duration.parse(text.get());
            } catch (DateTimeParseException e) {
                value = null;
            }
        }
        if (value == null || value.isNegative() || value.isZero()) {
            reject(
                    name,
                    "must be a positive duration: ISO-8601 such as PT30M, or a whole number with s, m, h or d"
                            + " such as 30m",
                    text.get());
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** Returns the time {@code name} in ISO-8601 ({@code 2026-01-01T00:00:00Z}); empty when not sent. */
    Optional<Instant> instant(String name) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text.get()));
        } catch (DateTimeParseException e) {
            reject(name, "must be an ISO-8601 time such as 2026-01-01T00:00:00Z", text.get());
            return Optional.empty();
        }
    }

    private List<String> nonBlank(String name) {
        List<String> given = values.getOrDefault(name, List.of());
        List<String> kept = new ArrayList<>(given.size());
        for (String v : given) {
            if (v != null && !v.isBlank()) {
                kept.add(v.strip());
            }
        }
        return kept;
    }

    private List<String> items(String name) {
        List<String> items = new ArrayList<>();
        for (String value : nonBlank(name)) {
            for (String item : value.split(",", -1)) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
        }
        return items;
    }

    /** Parses a finite decimal number; empty for anything else (including NaN, Infinity and hex). */
    static OptionalDouble parseDecimal(String text) {
        if (text.isEmpty()
                || !text.chars()
                        .allMatch(c ->
                                (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
            return OptionalDouble.empty();
        }
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** Formats a bound without a useless {@code .0}. */
    static String format(double bound) {
        return bound == Math.rint(bound) ? Long.toString((long) bound) : Double.toString(bound);
    }
}
