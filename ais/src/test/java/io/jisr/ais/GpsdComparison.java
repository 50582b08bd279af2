package io.jisr.ais;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares one Jisr message's fields with gpsd's object for the same message, field by field, after
 * turning gpsd's ways of writing "not available", dates and coded words into Jisr's form.
 *
 * <p>Only common fields are compared: a name Jisr's {@code describe()} reports that gpsd's object
 * also has (gpsd keys converted by {@link GpsdJson#lowerCamel(String)}). A difference that an {@link
 * AgreementRule} explains is counted as explained, not as a disagreement.
 */
final class GpsdComparison {
    /*
     * Implementation note: normalisation only rewrites gpsd's *encodings* of a value, never decides
     * that two different values are equal. Every sentinel below is "not available" in ITU-R M.1371-5
     * (tables 45, 48, 50, 76 and the type 27 table) or IMO SN.1/Circ.289 (DAC 1 FI 31 meteorological
     * and hydrographic data), in gpsd 3.22's scaled units; sentinels are scoped to the message types
     * that use them, since 63 knots is a real speed in a type 1 but "not available" in a type 27.
     * Anything else that differs is a disagreement unless a named AgreementRule explains it.
     */

    /** How one common field compared. */
    enum Outcome {
        /** The values are equal after normalisation, numbers within the coarser printed precision. */
        AGREE,
        /** The values differ and no rule explains it. */
        DISAGREE,
        /** The values differ for a reason a rule names. */
        EXPLAINED
    }

    /**
     * The comparison of one common field.
     *
     * @param field the field's name (path)
     * @param ours Jisr's value
     * @param gpsd gpsd's value after normalisation
     * @param outcome how it compared
     * @param rule the rule that explained a difference, or null
     * @param kind for a difference: which side lacks a value, or that the values differ
     */
    record FieldResult(
            String field, FieldValue ours, FieldValue gpsd, Outcome outcome, AgreementRule rule, String kind) {}

    /** A gpsd number that means "not available" in the given message types (all types when empty). */
    private record Sentinel(BigDecimal value, Set<Integer> types) {
        boolean matches(int type, BigDecimal n) {
            return (types.isEmpty() || types.contains(type)) && value.compareTo(n) == 0;
        }
    }

    private static final Set<Integer> CLASS_A = Set.of(1, 2, 3);
    private static final Set<Integer> WITH_SECOND = Set.of(1, 2, 3, 9, 18, 19, 21);
    private static final Set<Integer> MET_HYDRO = Set.of(8);
    private static final Map<String, List<Sentinel>> SENTINELS = new LinkedHashMap<>();

    static {
        sentinel("heading", "511", Set.of());
        sentinel("speed", "102.3", Set.of(1, 2, 3, 18, 19));
        sentinel("speed", "1023", Set.of(9));
        sentinel("speed", "63", Set.of(27));
        sentinel("course", "360", Set.of(1, 2, 3, 9, 18, 19));
        sentinel("course", "511", Set.of(27));
        sentinel("lat", "91", Set.of());
        sentinel("lon", "181", Set.of());
        for (String second : List.of("60", "61", "62", "63")) {
            sentinel("second", second, WITH_SECOND);
        }
        sentinel("draught", "0", Set.of(5));
        sentinel("imo", "0", Set.of(5));
        sentinel("shiptype", "0", Set.of(5, 19, 24));
        // Table 79: for an auxiliary craft the 30 dimension bits hold the mother ship's MMSI; all zero is
        // the dimension field's default, "not available" (A = B = C = D = 0), and names no station.
        sentinel("mothershipMmsi", "0", Set.of(24));
        sentinel("alt", "4095", Set.of(9));
        // IMO SN.1/Circ.289 meteorological and hydrographic data (type 8, DAC 1, FI 31), scaled as gpsd prints it.
        for (String f : List.of("wspeed", "wgust")) {
            sentinel(f, "127", MET_HYDRO);
        }
        for (String f : List.of("wdir", "wgustdir", "cdir", "cdir2", "cdir3", "wavedir", "swelldir")) {
            sentinel(f, "360", MET_HYDRO);
        }
        for (String f : List.of("cspeed", "cspeed2", "cspeed3", "waveheight", "swellheight")) {
            sentinel(f, "25.5", MET_HYDRO);
        }
        for (String f : List.of("cdepth2", "cdepth3")) {
            sentinel(f, "31", MET_HYDRO);
        }
        for (String f : List.of("waveperiod", "swellperiod")) {
            sentinel(f, "63", MET_HYDRO);
        }
        sentinel("humidity", "101", MET_HYDRO);
        sentinel("airtemp", "-102.4", MET_HYDRO);
        sentinel("dewpoint", "50.1", MET_HYDRO);
        sentinel("pressure", "1310", MET_HYDRO);
        sentinel("visibility", "12.7", MET_HYDRO);
        sentinel("waterlevel", "30.0", MET_HYDRO);
        sentinel("seastate", "13", MET_HYDRO);
        sentinel("watertemp", "50.1", MET_HYDRO);
        sentinel("salinity", "51.0", MET_HYDRO);
        sentinel("salinity", "51.1", MET_HYDRO); // raw 511: "sensor not available"
    }

    /**
     * Words gpsd's scaled output prints for "not available", and the fields it prints them in: only
     * there, since "N/A" is also a destination a crew may type. The empty string is "not available"
     * in every text field (six-bit text of only {@code @} or spaces).
     */
    private static final Map<String, Set<String>> NOT_AVAILABLE_WORDS = Map.of(
            "nan", Set.of("turn", "speed", "alt"),
            "N/A", Set.of("ice", "leveltrend", "preciptype", "pressuretend"),
            "fastleft", Set.of("turn"),
            "fastright", Set.of("turn"));

    /** gpsd 3.22's navigation status wording (it prints words, not codes, for type 27's status). */
    private static final Map<String, Set<Integer>> NAVIGATION_STATUS_WORDS = Map.ofEntries(
            Map.entry("Under way using engine", Set.of(0)),
            Map.entry("At anchor", Set.of(1)),
            Map.entry("Not under command", Set.of(2)),
            Map.entry("Restricted manoeuverability", Set.of(3)),
            Map.entry("Constrained by her draught", Set.of(4)),
            Map.entry("Moored", Set.of(5)),
            Map.entry("Aground", Set.of(6)),
            Map.entry("Engaged in fishing", Set.of(7)),
            Map.entry("Under way sailing", Set.of(8)),
            Map.entry("Reserved for HSC", Set.of(9)),
            Map.entry("Reserved for WIG", Set.of(10)),
            Map.entry("Reserved", Set.of(11, 12, 13, 14)),
            Map.entry("Not defined", Set.of(15)));

    /** Type 24 part number (M.1371-5 table 76: 0 = part A, 1 = part B), which gpsd prints as a letter. */
    private static final Map<String, Set<Integer>> PART_WORDS = Map.of("A", Set.of(0), "B", Set.of(1));

    /** gpsd's dates joined into one string; each group is a part with its own "not available" value. */
    private static final List<DatePattern> DATE_PATTERNS = List.of(
            new DatePattern(
                    Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})Z"),
                    List.of("year", "month", "day", "hour", "minute", "second")),
            new DatePattern(
                    Pattern.compile("(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2})Z"), List.of("month", "day", "hour", "minute")),
            new DatePattern(Pattern.compile("(\\d{2})T(\\d{2}):(\\d{2})Z"), List.of("day", "hour", "minute")));

    /** Each date part's "not available" value (M.1371-5 tables 48 and 49 for ETA and UTC date). */
    private static final Map<String, Integer> DATE_PART_NOT_AVAILABLE =
            Map.of("year", 0, "month", 0, "day", 0, "hour", 24, "minute", 60, "second", 60);

    private record DatePattern(Pattern pattern, List<String> parts) {}

    /** Type 22 and 23 corners, which gpsd 3.22 prints as strings ("ne_lat":"49.000000"). */
    private static final Set<String> CORNERS = Set.of("neLat", "neLon", "swLat", "swLon");

    /** gpsd's form of undecoded binary data: bit count, a colon, whole bytes in hex. */
    private static final Pattern BIT_STRING = Pattern.compile("(\\d+):([0-9a-f]*)");

    /** Type 20 reservation block fields, which gpsd prints flat ({@code offset1} … {@code increment4}). */
    private static final List<String> RESERVATION_FIELDS = List.of("offset", "number", "timeout", "increment");

    private GpsdComparison() {}

    private static void sentinel(String field, String value, Set<Integer> types) {
        SENTINELS.computeIfAbsent(field, f -> new ArrayList<>()).add(new Sentinel(new BigDecimal(value), types));
    }

    /**
     * Compares every common field of Jisr's description with gpsd's object.
     *
     * @param type the message type
     * @param ours Jisr's fields, from {@link FlatFieldSink#of}
     * @param gpsd gpsd's object
     */
    static List<FieldResult> compare(int type, SequencedMap<String, FieldValue> ours, GpsdJson.Message gpsd) {
        return compare(type, ours, gpsd, -1);
    }

    /**
     * Compares every common field of Jisr's description with gpsd's object, knowing the payload's
     * length (which some rules need).
     *
     * @param type the message type
     * @param ours Jisr's fields, from {@link FlatFieldSink#of}
     * @param gpsd gpsd's object
     * @param payloadBits the payload's length in bits, or -1 when not known
     */
    static List<FieldResult> compare(
            int type, SequencedMap<String, FieldValue> ours, GpsdJson.Message gpsd, int payloadBits) {
        SequencedMap<String, FieldValue> theirs = normalise(type, gpsd.fields());
        List<FieldResult> results = new ArrayList<>();
        for (Map.Entry<String, FieldValue> e : ours.entrySet()) {
            String field = e.getKey();
            FieldValue g = theirs.get(field);
            if (g == null) {
                continue;
            }
            FieldValue o = e.getValue();
            if (same(field, o, g)) {
                results.add(new FieldResult(field, o, g, Outcome.AGREE, null, null));
                continue;
            }
            String kind = o instanceof FieldValue.Absent
                    ? "Jisr absent, gpsd has a value"
                    : g instanceof FieldValue.Absent ? "gpsd not available, Jisr has a value" : "values differ";
            AgreementRule rule =
                    AgreementRule.explaining(new AgreementRule.Difference(type, field, o, g, theirs, payloadBits));
            results.add(new FieldResult(field, o, g, rule == null ? Outcome.DISAGREE : Outcome.EXPLAINED, rule, kind));
        }
        return results;
    }

    /** Rewrites gpsd's encodings into Jisr's: sentinels and "not available" words become absent, dates split. */
    static SequencedMap<String, FieldValue> normalise(int type, SequencedMap<String, FieldValue> gpsd) {
        SequencedMap<String, FieldValue> out = new LinkedHashMap<>();
        for (Map.Entry<String, FieldValue> e : gpsd.entrySet()) {
            String key = e.getKey();
            String leaf = leaf(key);
            FieldValue v = e.getValue();
            switch (v) {
                case FieldValue.Text(String raw) -> {
                    String text = raw.strip();
                    if (text.isEmpty()
                            || NOT_AVAILABLE_WORDS.getOrDefault(text, Set.of()).contains(leaf)) {
                        // fastleft/fastright: ROT ±127, which Jisr reports as turn absent with a turnKind.
                        out.put(key, FieldValue.ABSENT);
                    } else if (CORNERS.contains(leaf) && parseNumber(text) != null) {
                        out.put(key, parseNumber(text));
                    } else if (leaf.equals("data") && BIT_STRING.matcher(text).matches()) {
                        out.put(key, new FieldValue.Text(clearPadding(text)));
                    } else if (leaf.equals("speed") && text.equals("fast") && CLASS_A.contains(type)) {
                        // gpsd writes raw 1022, "102.2 knots or more", as a word; Jisr reports 102.2.
                        out.put(key, new FieldValue.Number(new BigDecimal("102.2"), 1));
                    } else if (!splitDate(key, text, gpsd, out)) {
                        out.put(key, new FieldValue.Text(text));
                    }
                }
                case FieldValue.Number(BigDecimal n, int digits) ->
                    out.put(key, isSentinel(type, leaf, n) ? FieldValue.ABSENT : v);
                default -> out.put(key, v);
            }
        }
        restructure(type, out);
        return out;
    }

    /**
     * Rewrites gpsd fields whose layout or unit differs from Jisr's for the same data: type 20's flat
     * reservation blocks become Jisr's list, type 22's raw zone size code becomes nautical miles, the
     * application identifier of structured type 25/26 messages becomes DAC and FI, and type 24's
     * "not available" vendor ID (gpsd: empty {@code vendorid}, model 0, serial 0) becomes absent.
     */
    private static void restructure(int type, SequencedMap<String, FieldValue> out) {
        switch (type) {
            case 20 -> {
                for (int block = 1; block <= 4; block++) {
                    for (String f : RESERVATION_FIELDS) {
                        FieldValue v = out.remove(f + block);
                        if (v != null) {
                            out.put("reservations[" + (block - 1) + "]." + f, v);
                        }
                    }
                }
            }
            case 22 -> {
                // M.1371-5 table 75: the zone size in nautical miles is the 3-bit code plus one.
                if (out.get("zonesize") instanceof FieldValue.Number(BigDecimal code, int digits)) {
                    out.put("zoneSizeNauticalMiles", new FieldValue.Number(code.add(BigDecimal.ONE), 0));
                }
            }
            case 24 -> {
                // Table 79: a vendor ID of "@@@@@@@" (all 42 bits zero) is "not available".
                if (!(out.get("vendorid") instanceof FieldValue.Text)
                        && isZero(out.get("model"))
                        && isZero(out.get("serial"))) {
                    out.put("model", FieldValue.ABSENT);
                    out.put("serial", FieldValue.ABSENT);
                }
            }
            case 25, 26 -> {
                // Tables 80/82 and annex 5 section 2.1: the application identifier is DAC (10 bits) and FI (6).
                if (out.get("structured") instanceof FieldValue.Bool(boolean structured)
                        && structured
                        && out.get("appId") instanceof FieldValue.Number(BigDecimal id, int digits)) {
                    int appId = id.intValueExact();
                    out.put("dac", new FieldValue.Number(BigDecimal.valueOf(appId >> 6), 0));
                    out.put("fid", new FieldValue.Number(BigDecimal.valueOf(appId & 0x3f), 0));
                }
            }
            default -> {}
        }
    }

    private static boolean isZero(FieldValue v) {
        return v instanceof FieldValue.Number(BigDecimal n, int digits) && n.signum() == 0;
    }

    /**
     * Sets to zero the bits of the last hex byte past the bit count: gpsd 3.22 copies whole bytes, so
     * they hold whatever followed the data (for type 26, the communication state). They are not data.
     */
    static String clearPadding(String bitString) {
        Matcher m = BIT_STRING.matcher(bitString);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a bit string: " + bitString);
        }
        int length = Integer.parseInt(m.group(1));
        String hex = m.group(2);
        StringBuilder b = new StringBuilder(hex.length());
        for (int i = 0; i < hex.length(); i++) {
            int digit = Character.digit(hex.charAt(i), 16);
            int valid = Math.clamp(length - 4L * i, 0, 4);
            b.append(Character.forDigit(digit & (0xf << (4 - valid)) & 0xf, 16));
        }
        return length + ":" + b;
    }

    /** Returns the bits of a {@code <length>:<hex>} bit string as a string of 0s and 1s, or null. */
    static String bitsOf(FieldValue v) {
        if (!(v instanceof FieldValue.Text(String text))) {
            return null;
        }
        Matcher m = BIT_STRING.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        int length = Integer.parseInt(m.group(1));
        StringBuilder b = new StringBuilder();
        for (char c : m.group(2).toCharArray()) {
            String nibble = Integer.toBinaryString(Character.digit(c, 16));
            b.append("0".repeat(4 - nibble.length())).append(nibble);
        }
        return b.length() < length ? null : b.substring(0, length);
    }

    /** Returns whether gpsd's number means "not available" in this field of this message type. */
    static boolean isSentinel(int type, String field, BigDecimal n) {
        for (Sentinel s : SENTINELS.getOrDefault(field, List.of())) {
            if (s.matches(type, n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Splits a gpsd date string into its parts as {@code key.part}, and as a top-level {@code part}
     * where gpsd has no such key; the string itself stays as text unless every part is "not available".
     */
    private static boolean splitDate(
            String key, String text, SequencedMap<String, FieldValue> gpsd, SequencedMap<String, FieldValue> out) {
        for (DatePattern p : DATE_PATTERNS) {
            Matcher m = p.pattern().matcher(text);
            if (!m.matches()) {
                continue;
            }
            String parent = key.contains(".") ? key.substring(0, key.lastIndexOf('.') + 1) : "";
            boolean anyAvailable = false;
            for (int i = 0; i < p.parts().size(); i++) {
                String part = p.parts().get(i);
                int value = Integer.parseInt(m.group(i + 1));
                boolean available = value != DATE_PART_NOT_AVAILABLE.get(part);
                anyAvailable |= available;
                FieldValue v = available ? new FieldValue.Number(BigDecimal.valueOf(value), 0) : FieldValue.ABSENT;
                out.put(key + "." + part, v);
                if (!gpsd.containsKey(parent + part)) {
                    out.putIfAbsent(parent + part, v);
                }
            }
            out.put(key, anyAvailable ? new FieldValue.Text(text) : FieldValue.ABSENT);
            return true;
        }
        return false;
    }

    /** Returns the parts of a gpsd date string, or an empty map when it is not one. */
    static Map<String, Integer> dateParts(String text) {
        for (DatePattern p : DATE_PATTERNS) {
            Matcher m = p.pattern().matcher(text);
            if (m.matches()) {
                Map<String, Integer> parts = new LinkedHashMap<>();
                for (int i = 0; i < p.parts().size(); i++) {
                    parts.put(p.parts().get(i), Integer.parseInt(m.group(i + 1)));
                }
                return parts;
            }
        }
        return Map.of();
    }

    /** Returns whether a date part's value means "not available". */
    static boolean isDatePartNotAvailable(String part, int value) {
        return DATE_PART_NOT_AVAILABLE.get(part) == value;
    }

    /** Returns whether the two values are the same, by type-aware rules. */
    static boolean same(String field, FieldValue ours, FieldValue gpsd) {
        return switch (ours) {
            case FieldValue.Absent a -> gpsd instanceof FieldValue.Absent;
            case FieldValue.Number n ->
                switch (gpsd) {
                    case FieldValue.Number g -> close(n, g);
                    case FieldValue.Bool(boolean b) -> n.value().compareTo(b ? BigDecimal.ONE : BigDecimal.ZERO) == 0;
                    case FieldValue.Text(String t) -> {
                        Set<Integer> codes = words(field).get(t);
                        if (codes != null) {
                            yield isInteger(n.value())
                                    && codes.contains(n.value().intValueExact());
                        }
                        FieldValue.Number parsed = parseNumber(t);
                        yield parsed != null && close(n, parsed);
                    }
                    default -> false;
                };
            case FieldValue.Code(int code, String name) ->
                switch (gpsd) {
                    case FieldValue.Number(BigDecimal g, int digits) -> g.compareTo(BigDecimal.valueOf(code)) == 0;
                    case FieldValue.Text(String t) -> {
                        Set<Integer> codes = words(field).get(t);
                        yield codes != null
                                ? codes.contains(code)
                                : constantName(t).equals(name);
                    }
                    default -> false;
                };
            case FieldValue.Bool(boolean b) ->
                switch (gpsd) {
                    case FieldValue.Bool(boolean g) -> b == g;
                    case FieldValue.Number(BigDecimal g, int digits) ->
                        g.compareTo(b ? BigDecimal.ONE : BigDecimal.ZERO) == 0;
                    default -> false;
                };
            case FieldValue.Text(String t) ->
                switch (gpsd) {
                    case FieldValue.Text(String g) -> t.strip().equals(g.strip());
                    case FieldValue.Number(BigDecimal g, int digits) ->
                        t.strip().equals(g.toPlainString());
                    // gpsd's "" was normalised to absent; an empty Jisr text (types 12, 14) is the same text.
                    case FieldValue.Absent a -> t.isEmpty();
                    default -> false;
                };
        };
    }

    /** Numbers agree within half a unit of the last digit of the coarser of the two precisions. */
    static boolean close(FieldValue.Number ours, FieldValue.Number gpsd) {
        int digits = Math.min(ours.fractionDigits(), gpsd.fractionDigits());
        BigDecimal tolerance = BigDecimal.ONE.scaleByPowerOfTen(-digits).divide(BigDecimal.TWO);
        // A nanounit more, for doubles whose binary expansion lands a hair past an exact half.
        tolerance = tolerance.add(new BigDecimal("1e-9"));
        return ours.value().subtract(gpsd.value()).abs().compareTo(tolerance) <= 0;
    }

    private static Map<String, Set<Integer>> words(String field) {
        return switch (leaf(field)) {
            case "status" -> NAVIGATION_STATUS_WORDS;
            case "part" -> PART_WORDS;
            default -> Map.of();
        };
    }

    private static FieldValue.Number parseNumber(String text) {
        try {
            BigDecimal n = new BigDecimal(text);
            return new FieldValue.Number(n, Math.max(0, n.scale()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isInteger(BigDecimal n) {
        return n.stripTrailingZeros().scale() <= 0;
    }

    /** "Not defined" → "NOT_DEFINED": gpsd's words in the form of a Java constant. */
    private static String constantName(String words) {
        return words.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
    }

    /** Returns the last segment of a field path: {@code eta.month} → {@code month}. */
    static String leaf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
