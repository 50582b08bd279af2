package io.jisr.ais;

import java.math.BigDecimal;
import java.util.List;
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
     * and the implementation notes of {@code Coordinates}, {@code Kinematics} and {@code Eta}; for
     * type 8 DAC 1 FI 31, the reserved codes of IMO SN.1/Circ.289 (a current direction of 511°, sea
     * state 15), see {@code MeteorologicalHydrographicData}.
     */
    OUT_OF_RANGE_IS_NOT_AVAILABLE(
            "lat, lon, corners (22, 23), course, heading, date parts, FI 31 fields (8)",
            "Jisr absent and gpsd's value outside the field's defined range",
            "Jisr decision: values the standard does not define are treated as not available") {
        @Override
        boolean explains(Difference d) {
            if (!(d.ours() instanceof FieldValue.Absent)) {
                return false;
            }
            return switch (d.gpsd()) {
                case FieldValue.Number(BigDecimal n, int digits) ->
                    outOfRange(GpsdComparison.leaf(d.field()), n) || (d.type() == 8 && reservedMetHydro(d.field(), n));
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
     * ITU-R M.1371-5 table 79 splits type 24 part B's 42-bit vendor ID into a 3-character
     * manufacturer ID, a 4-bit unit model code and a 20-bit serial number; gpsd 3.22 prints all 42
     * bits as up to 7 six-bit characters in {@code vendorid} (cut at the first {@code @}, trailing
     * spaces trimmed), and model and serial besides. The rule holds only when gpsd's text is exactly
     * Jisr's manufacturer followed by the four characters that gpsd's own {@code model} and {@code
     * serial} (compared separately) spell. See {@code ais-edge-cases.md} section 4.
     */
    TYPE24_VENDOR_ID_SPLIT(
            "vendorid (type 24)",
            "gpsd's text is Jisr's 3-character manufacturer ID followed by gpsd's model and serial bits as characters",
            "M.1371-5 table 79: manufacturer (3 chars) + model (4 bits) + serial (20 bits); gpsd prints 7 chars") {
        @Override
        boolean explains(Difference d) {
            if (!(d.type() == 24
                    && d.field().equals("vendorid")
                    && d.ours() instanceof FieldValue.Text(String ours)
                    && ours.length() == 3
                    && d.gpsd() instanceof FieldValue.Text(String gpsd)
                    && d.gpsdFields().get("model") instanceof FieldValue.Number(BigDecimal model, int md)
                    && d.gpsdFields().get("serial") instanceof FieldValue.Number(BigDecimal serial, int sd))) {
                return false;
            }
            int bits = model.intValueExact() << 20 | serial.intValueExact();
            StringBuilder text = new StringBuilder(ours);
            for (int shift = 18; shift >= 0; shift -= 6) {
                char c = SIX_BIT.charAt(bits >> shift & 0x3f);
                if (c == '@') {
                    break;
                }
                text.append(c);
            }
            return gpsd.equals(text.toString().stripTrailing());
        }
    },

    /**
     * gpsd 3.22 prints 0 for a part of a variable-length message that is not there: the
     * acknowledgement entries 2 to 4 of types 7 and 13, the requests 1.2 and 2.1 of type 15, the
     * second assignment of type 16 (it sets them to zero when the payload ends before them), and the
     * destination MMSI of a broadcast type 25 or 26. Jisr reports such a part absent (M.1371-5 Annex
     * 8, messages 7/13, 15 and 16: the message is shorter; tables 80 and 82: the destination
     * indicator says there is no destination; for type 15 the 160-bit form sends an unwanted request
     * 1.2 as zeros). The rule holds only when gpsd prints 0 in every field of that part.
     */
    GPSD_ZERO_FOR_ABSENT_PART(
            "mmsi2-4 (7, 13), type12, offset12, mmsi2, type21, offset21 (15), mmsi2, offset2, increment2 (16),"
                    + " destMmsi (25, 26)",
            "Jisr absent and gpsd 0 in every field of the part (for 25/26: gpsd's addressed is false)",
            "gpsd 3.22 zero-fills parts the payload does not carry; M.1371-5 messages 7/13, 15, 16; tables 80, 82") {
        @Override
        boolean explains(Difference d) {
            if (!(d.ours() instanceof FieldValue.Absent) || !isZero(d.gpsd())) {
                return false;
            }
            if ((d.type() == 25 || d.type() == 26) && d.field().equals("destMmsi")) {
                return d.gpsdFields().get("addressed") instanceof FieldValue.Bool(boolean addressed) && !addressed;
            }
            List<String> part = OPTIONAL_PARTS.getOrDefault(d.type(), Map.of()).get(d.field());
            return part != null
                    && part.stream().allMatch(f -> isZero(d.gpsdFields().get(f)));
        }
    },

    /**
     * gpsd 3.22 reads an optional part of types 7, 13 and 15 as soon as the payload reaches into it
     * (type 7/13 entry n when the payload is longer than 40 + 32(n − 1) bits; type 15 request 1.2
     * beyond 90 bits, 2.1 beyond 110), filling the missing bits with zeros. M.1371-5 Annex 8 defines
     * only whole parts for messages 7/13 and 15 (72, 104, 136 or 168 bits; 88, 110 or 160 bits), so
     * Jisr reads a part only when all its bits are there (types 4–17 decision 2). The rule holds only
     * when the payload ends inside the part.
     */
    GPSD_READS_PARTIAL_PART(
            "mmsi2-4 (7, 13), type12, offset12, mmsi2, type21, offset21 (15)",
            "Jisr absent and the payload (one sentence, so its length is known) ends inside the part",
            "M.1371-5 messages 7/13 and 15 have whole parts only; gpsd 3.22 reads a cut part padded with zeros") {
        @Override
        boolean explains(Difference d) {
            if (!(d.ours() instanceof FieldValue.Absent) || d.payloadBits() < 0) {
                return false;
            }
            int[] part = PART_BITS.getOrDefault(d.type(), Map.of()).get(d.field());
            return part != null && d.payloadBits() > part[0] && d.payloadBits() < part[1];
        }
    },

    /**
     * ITU-R M.1371-5 tables 80 and 82 put 2 spare bits after the 30-bit destination of an addressed
     * type 25 or 26 message ("30 bits are used for Destination ID and spare bits for byte
     * alignment"); gpsd 3.22 (like libais and pyais) starts the application identifier or data right
     * after the destination, so its data is Jisr's with 2 more bits in front, and its DAC and FI are
     * Jisr's shifted by 2 bits. See {@code docs/decisions/0002-binary-message-spare-bits.md}.
     */
    GPSD_NO_SPARE_AFTER_DESTINATION(
            "data, dac, fid (25, 26)",
            "gpsd's addressed is true and gpsd's value is Jisr's read 2 bits earlier",
            "M.1371-5 tables 80 and 82: spare 0/2 bits after an addressed destination; gpsd 3.22 omits them") {
        @Override
        boolean explains(Difference d) {
            if (!((d.type() == 25 || d.type() == 26)
                    && d.gpsdFields().get("addressed") instanceof FieldValue.Bool(boolean addressed)
                    && addressed)) {
                return false;
            }
            return switch (d.field()) {
                case "data" -> {
                    String ours = GpsdComparison.bitsOf(d.ours());
                    String gpsd = GpsdComparison.bitsOf(d.gpsd());
                    yield ours != null && gpsd != null && gpsd.length() == ours.length() + 2 && gpsd.endsWith(ours);
                }
                // gpsd's DAC is the 2 spare bits and the first 8 bits of Jisr's; its FI ends with Jisr's first 4.
                case "dac" -> shiftedByTwo(d, 10);
                case "fid" -> shiftedByTwo(d, 6);
                default -> false;
            };
        }
    },

    /**
     * gpsd 3.22 does not decode the communication state of type 26 (its decoder never reads the last
     * 20 bits), so it always prints {@code "radio":0}; ITU-R M.1371-5 table 82 ends the message with
     * the selector flag and the 19-bit communication state, which Jisr reports.
     */
    GPSD_TYPE26_RADIO_NOT_DECODED(
            "radio (26)",
            "gpsd's radio is 0",
            "gpsd 3.22 never reads type 26's communication state; M.1371-5 table 82") {
        @Override
        boolean explains(Difference d) {
            return d.type() == 26 && d.field().equals("radio") && isZero(d.gpsd());
        }
    },

    /**
     * gpsd 3.22 computes the IMO SN.1/Circ.289 water level (type 8, DAC 1, FI 31), (raw − 1000)/100
     * metres, in unsigned arithmetic, so a level below zero wraps to about 42,949,672 m; Jisr reports
     * the negative level the circular defines (−10.00 to +30.00 m).
     */
    GPSD_UNSIGNED_WATER_LEVEL(
            "waterlevel (8)",
            "Jisr's level is negative and gpsd's equals it plus 2^32/100",
            "IMO SN.1/Circ.289 water level -10.0..30.0 m; gpsd 3.22 subtracts the offset unsigned") {
        @Override
        boolean explains(Difference d) {
            return d.type() == 8
                    && d.field().equals("waterlevel")
                    && d.ours() instanceof FieldValue.Number o
                    && o.value().signum() < 0
                    && d.gpsd() instanceof FieldValue.Number g
                    && GpsdComparison.close(
                            new FieldValue.Number(o.value().add(TWO_TO_THE_32_HUNDREDTHS), o.fractionDigits()), g);
        }
    },

    /**
     * Even with {@code --split24}, gpsd 3.22 prints a part B that follows the part A of the same MMSI
     * merged with it (no {@code part} key) and copies part A's name into it. A Jisr part B carries no
     * name (ITU-R M.1371-5 tables 78 and 79: the name is in part A only).
     */
    TYPE24_MERGED_PART_A_NAME(
            "shipname (type 24)",
            "gpsd's object is a merged part A + B and Jisr's part B has no name",
            "gpsd merges parts even with --split24; the name is in part A only (M.1371-5 tables 78, 79)") {
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
     * @param payloadBits the payload's length in bits, or -1 when it is not known
     */
    record Difference(
            int type,
            String field,
            FieldValue ours,
            FieldValue gpsd,
            Map<String, FieldValue> gpsdFields,
            int payloadBits) {
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

    /** AIS six-bit ASCII, code 0 to 63. */
    private static final String SIX_BIT = "@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_ !\"#$%&'()*+,-./0123456789:;<=>?";

    private static final BigDecimal TWO_TO_THE_32_HUNDREDTHS = new BigDecimal("42949672.96");

    /**
     * The optional parts gpsd zero-fills, per message type: each field with every field of its part
     * that gpsd prints.
     */
    private static final Map<Integer, Map<String, List<String>>> OPTIONAL_PARTS = Map.of(
            7, acknowledgementEntries(),
            13, acknowledgementEntries(),
            15,
                    Map.of(
                            "type12", List.of("type12", "offset12"),
                            "offset12", List.of("type12", "offset12"),
                            "mmsi2", List.of("mmsi2", "type21", "offset21"),
                            "type21", List.of("mmsi2", "type21", "offset21"),
                            "offset21", List.of("mmsi2", "type21", "offset21")),
            16,
                    Map.of(
                            "mmsi2", List.of("mmsi2", "offset2", "increment2"),
                            "offset2", List.of("mmsi2", "offset2", "increment2"),
                            "increment2", List.of("mmsi2", "offset2", "increment2")));

    /** Where each optional part that gpsd reads when cut short starts and ends, in payload bits. */
    private static final Map<Integer, Map<String, int[]>> PART_BITS = Map.of(
            7, acknowledgementBits(),
            13, acknowledgementBits(),
            15,
                    Map.of(
                            "type12", new int[] {90, 108},
                            "offset12", new int[] {90, 108},
                            "mmsi2", new int[] {110, 158},
                            "type21", new int[] {110, 158},
                            "offset21", new int[] {110, 158}));

    private static Map<String, int[]> acknowledgementBits() {
        return Map.of("mmsi2", new int[] {72, 104}, "mmsi3", new int[] {104, 136}, "mmsi4", new int[] {136, 168});
    }

    private static Map<String, List<String>> acknowledgementEntries() {
        // gpsd 3.22 prints only the MMSI of each entry, not its sequence number.
        return Map.of("mmsi2", List.of("mmsi2"), "mmsi3", List.of("mmsi3"), "mmsi4", List.of("mmsi4"));
    }

    private static boolean isZero(FieldValue v) {
        return v instanceof FieldValue.Number(BigDecimal n, int digits) && n.signum() == 0;
    }

    /**
     * Whether gpsd's value of an application identifier part is Jisr's read 2 bits earlier: the low
     * {@code width - 2} bits of gpsd's equal the high {@code width - 2} bits of Jisr's.
     */
    private static boolean shiftedByTwo(Difference d, int width) {
        if (!(d.ours() instanceof FieldValue.Number(BigDecimal o, int od)
                && d.gpsd() instanceof FieldValue.Number(BigDecimal g, int gd))) {
            return false;
        }
        int mask = (1 << (width - 2)) - 1;
        return (g.intValueExact() & mask) == o.intValueExact() >> 2;
    }

    /**
     * The reserved values of IMO SN.1/Circ.289 meteorological and hydrographic data (DAC 1, FI 31), as
     * gpsd 3.22 prints them scaled; the "not available" values themselves are normalised before.
     */
    private static boolean reservedMetHydro(String field, BigDecimal n) {
        double v = n.doubleValue();
        return switch (field) {
            case "wdir", "wgustdir", "cdir", "cdir2", "cdir3", "wavedir", "swelldir" -> v > 360;
            case "humidity" -> v > 101;
            case "airtemp" -> v < -60 || v > 60;
            case "dewpoint" -> v < -20 || v > 50.1;
            case "watertemp" -> v < -10 || v > 50.1;
            case "pressure" -> v > 1201 && v < 1310;
            case "waterlevel" -> v > 30.0;
            case "cspeed", "cspeed2", "cspeed3", "waveheight", "swellheight" -> v > 25.1 && v < 25.5;
            case "waveperiod", "swellperiod" -> v > 60 && v < 63;
            case "seastate" -> v > 13;
            case "salinity" -> v > 50.1 && v < 51.0;
            default -> false;
        };
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
