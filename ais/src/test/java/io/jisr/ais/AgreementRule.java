package io.jisr.ais;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The explained differences between Jisr and gpsd 3.22: each rule names one field, the exact
 * condition under which a difference there is not counted as a disagreement, and why (the standard
 * or a recorded Jisr decision). Nothing else is excused; {@code docs/gpsd-agreement.md} lists the
 * same rules.
 */
enum AgreementRule {
    /**
     * gpsd 3.22's scaled {@code turn} is (ROT<sub>AIS</sub> / 4.733)² without its sign, rounded to a
     * whole degree per minute. ITU-R M.1371-5 table 45 gives rate of turn as a signed value, negative
     * to port, so Jisr keeps the sign: a negative Jisr rate whose magnitude matches gpsd's is the same
     * reading.
     */
    GPSD_UNSIGNED_RATE_OF_TURN(
            "turn",
            "Jisr's rate is negative and its magnitude equals gpsd's within gpsd's rounding",
            "gpsd 3.22 drops the sign of ROT when scaling; M.1371-5 table 45: negative = turning to port") {
        @Override
        boolean explains(Difference d) {
            return d.field().equals("turn")
                    && d.ours() instanceof FieldValue.Number o
                    && d.gpsd() instanceof FieldValue.Number g
                    && o.value().signum() < 0
                    && GpsdComparison.close(new FieldValue.Number(o.value().negate(), o.fractionDigits()), g);
        }
    },

    /**
     * Jisr reports a value outside the field's defined range as "not available" (a latitude of 109°
     * cannot be a place, a heading of 472° cannot be a heading); gpsd prints the raw value. The
     * ranges are those of ITU-R M.1371-5 tables 45, 48 and 49, see {@code ais-edge-cases.md} section 2
     * and the implementation notes of {@code Coordinates}, {@code Kinematics} and {@code Eta}.
     */
    OUT_OF_RANGE_IS_NOT_AVAILABLE(
            "lat, lon, course, heading, date parts",
            "Jisr absent and gpsd's value outside the field's defined range",
            "Jisr decision: values the standard does not define are treated as not available") {
        @Override
        boolean explains(Difference d) {
            if (!(d.ours() instanceof FieldValue.Absent)) {
                return false;
            }
            return switch (d.gpsd()) {
                case FieldValue.Number(BigDecimal n, int digits) -> outOfRange(GpsdComparison.leaf(d.field()), n);
                case FieldValue.Text(String t) -> {
                    Map<String, Integer> parts = GpsdComparison.dateParts(t);
                    yield !parts.isEmpty()
                            && parts.entrySet().stream()
                                    .allMatch(p -> GpsdComparison.isDatePartNotAvailable(p.getKey(), p.getValue())
                                            || outOfRange(p.getKey(), BigDecimal.valueOf(p.getValue())));
                }
                default -> false;
            };
        }
    },

    /**
     * Jisr reports a position only as a whole ({@code Optional<Position>}): when one coordinate is
     * "not available" or out of range, both {@code lat} and {@code lon} are absent, while gpsd still
     * prints the other, valid coordinate. See the implementation note of {@code Coordinates}.
     */
    POSITION_IS_ONE_VALUE(
            "lat, lon",
            "Jisr absent and gpsd's other coordinate of the same position is not available or out of range",
            "Jisr decision: a position with one unusable coordinate is not a place") {
        @Override
        boolean explains(Difference d) {
            if (!(d.ours() instanceof FieldValue.Absent)) {
                return false;
            }
            String leaf = GpsdComparison.leaf(d.field());
            String prefix = d.field().substring(0, d.field().length() - leaf.length());
            String other = switch (leaf) {
                case "lat" -> "lon";
                case "lon" -> "lat";
                case "neLat" -> "neLon";
                case "neLon" -> "neLat";
                case "swLat" -> "swLon";
                case "swLon" -> "swLat";
                default -> null;
            };
            if (other == null) {
                return false;
            }
            FieldValue partner = d.gpsdFields().get(prefix + other);
            return partner instanceof FieldValue.Absent
                    || (partner instanceof FieldValue.Number(BigDecimal n, int digits) && outOfRange(other, n));
        }
    },

    /**
     * gpsd's {@code *_text} fields are gpsd's own wording of a coded field (ship type, EPFD,
     * navigation status, ...), including "Not available" where Jisr reports no wording for an absent
     * code; Jisr words them after the standard. The code itself is compared in its own field.
     */
    DESCRIPTIVE_WORDING(
            "*Text",
            "the field is a wording of a code that is compared separately",
            "wording is not data; the code beside it is compared") {
        @Override
        boolean explains(Difference d) {
            return d.field().endsWith("Text") && !(d.ours() instanceof FieldValue.Number);
        }
    },

    /**
     * ITU-R M.1371-5 table 76 splits type 24 part B's 42-bit vendor ID into a 3-character
     * manufacturer ID, a 4-bit unit model code and a 20-bit serial number; gpsd 3.22 prints all 42
     * bits as 7 characters in {@code vendorid} (and model and serial besides). See {@code
     * ais-edge-cases.md} section 4.
     */
    TYPE24_VENDOR_ID_SPLIT(
            "vendorid (type 24)",
            "gpsd's 7 characters start with Jisr's 3-character manufacturer ID",
            "M.1371-5 table 76: manufacturer (3 chars) + model (4 bits) + serial (20 bits); gpsd prints 7 chars") {
        @Override
        boolean explains(Difference d) {
            return d.type() == 24
                    && d.field().equals("vendorid")
                    && d.ours() instanceof FieldValue.Text(String ours)
                    && d.gpsd() instanceof FieldValue.Text(String gpsd)
                    && gpsd.length() == 7
                    && gpsd.startsWith(ours.strip());
        }
    },

    /**
     * Even with {@code --split24}, gpsd 3.22 prints a part B that follows the part A of the same MMSI
     * merged with it (no {@code part} key) and copies part A's name into it. A Jisr part B carries no
     * name (ITU-R M.1371-5 table 76: the name is in part A only).
     */
    TYPE24_MERGED_PART_A_NAME(
            "shipname (type 24)",
            "gpsd's object is a merged part A + B and Jisr's part B has no name",
            "gpsd merges parts even with --split24; the name is in part A only (M.1371-5 table 76)") {
        @Override
        boolean explains(Difference d) {
            return d.type() == 24
                    && d.mergedType24()
                    && d.field().equals("shipname")
                    && d.ours() instanceof FieldValue.Absent;
        }
    };

    /**
     * One field on which Jisr and gpsd differ.
     *
     * @param type the message type
     * @param field the field
     * @param ours Jisr's value
     * @param gpsd gpsd's value, normalised
     * @param gpsdFields gpsd's whole object, normalised
     */
    record Difference(int type, String field, FieldValue ours, FieldValue gpsd, Map<String, FieldValue> gpsdFields) {
        /** Returns whether gpsd's object is a type 24 part B merged with its part A (it has no part key). */
        boolean mergedType24() {
            return type == 24 && !gpsdFields.containsKey("part");
        }
    }

    private final String fields;
    private final String condition;
    private final String reason;

    AgreementRule(String fields, String condition, String reason) {
        this.fields = fields;
        this.condition = condition;
        this.reason = reason;
    }

    /** Returns whether this rule explains the difference. */
    abstract boolean explains(Difference d);

    /** Returns the field or fields the rule concerns. */
    String fields() {
        return fields;
    }

    /** Returns the condition under which the rule applies. */
    String condition() {
        return condition;
    }

    /** Returns why the difference is not a disagreement. */
    String reason() {
        return reason;
    }

    /** Returns the first rule that explains the difference, or null. */
    static AgreementRule explaining(Difference d) {
        for (AgreementRule rule : values()) {
            if (rule.explains(d)) {
                return rule;
            }
        }
        return null;
    }

    /** The defined ranges of the fields whose out-of-range values Jisr treats as not available. */
    private static boolean outOfRange(String field, BigDecimal n) {
        double v = n.doubleValue();
        return switch (field) {
            case "lat", "neLat", "swLat" -> Math.abs(v) > 90;
            case "lon", "neLon", "swLon" -> Math.abs(v) > 180;
            case "course" -> v > 360;
            case "heading" -> v >= 360 && v < 511;
            case "month" -> v < 1 || v > 12;
            case "day" -> v < 1 || v > 31;
            case "hour" -> v > 24;
            case "minute", "second" -> v > 60;
            default -> false;
        };
    }
}
