package io.jisr.ais.message;

import io.jisr.ais.identity.Mmsi;
import java.util.Optional;

/**
 * Group assignment command, message type 23 (ITU-R M.1371-5 Annex 8, tables 76 and 77): a base station
 * sets the transmit/receive mode, reporting interval and quiet time of the mobile stations of one
 * kind in an area.
 *
 * @param repeatIndicator 0 to 3
 * @param mmsi the assigning base station
 * @param northEast the upper right corner of the area, in 1/10 minute of arc
 * @param southWest the lower left corner of the area
 * @param stationType the kind of station addressed
 * @param shipType the type of ship and cargo addressed; empty addresses all types (code 0)
 * @param txRxMode commanded transmit/receive mode, codes 0 to 3
 * @param reportingInterval commanded reporting interval
 * @param quietTimeMinutes how long the addressed stations stay silent, 1 to 15 minutes; 0 commands no
 *     quiet time
 */
public record GroupAssignmentCommand(
        int repeatIndicator,
        Mmsi mmsi,
        Optional<Position> northEast,
        Optional<Position> southWest,
        StationType stationType,
        Optional<ShipType> shipType,
        TxRxMode txRxMode,
        ReportingInterval reportingInterval,
        int quietTimeMinutes)
        implements AisMessage {
    /*
     * Implementation note: as in type 22, the corners have no "not available" value and decode as
     * empty only when outside ±180°/±90°. The spare fields (2 bits after the MMSI, 22 after the ship
     * type, 6 at the end) are written as zero.
     *
     * Ship type 0 here is not "not available" as in messages 5, 19 and 24: table 76 defines it as
     * "all types of ships" (the default), a selection. describe() therefore writes it as the code 0
     * with that wording, where the other messages report their 0 as absent; the record holds it as
     * an empty Optional, since no ShipType names "all types".
     */

    /** The wording of ship type 0 in a group assignment (table 76). */
    static final String ALL_SHIP_TYPES = "All types of ships";

    /** Payload length in bits. */
    static final int BITS = 160;

    /** Checks every field against its range in the standard. */
    public GroupAssignmentCommand {
        Kinematics.checkRepeat(repeatIndicator);
        if (txRxMode.code() > 3) {
            throw new IllegalArgumentException(
                    "group assignment Tx/Rx mode must have a 2-bit code (0..3), was " + txRxMode);
        }
        Kinematics.checkUnsigned("quiet time", quietTimeMinutes, 4);
    }

    @Override
    public int messageType() {
        return 23;
    }

    /** Decodes a payload already checked to hold at least {@link #BITS} bits. */
    static GroupAssignmentCommand decode(BitBuffer b) {
        int shipType = b.unsigned(114, 8);
        return new GroupAssignmentCommand(
                b.unsigned(6, 2),
                new Mmsi(b.unsigned(8, 30)),
                Coordinates.TENTH_MINUTE.read(b, 40),
                Coordinates.TENTH_MINUTE.read(b, 75),
                StationType.ofCode(b.unsigned(110, 4)),
                shipType == 0 ? Optional.empty() : Optional.of(new ShipType(shipType)),
                TxRxMode.ofCode(b.unsigned(144, 2)),
                ReportingInterval.ofCode(b.unsigned(146, 4)),
                b.unsigned(150, 4));
    }

    @Override
    public void encode(BitBuffer out) {
        out.append(23, 6);
        out.append(repeatIndicator, 2);
        out.append(mmsi.value(), 30);
        out.append(0, 2);
        Coordinates.TENTH_MINUTE.write(out, northEast);
        Coordinates.TENTH_MINUTE.write(out, southWest);
        out.append(stationType.code(), 4);
        out.append(shipType.map(ShipType::code).orElse(0), 8);
        out.append(0, 22);
        out.append(txRxMode.code(), 2);
        out.append(reportingInterval.code(), 4);
        out.append(quietTimeMinutes, 4);
        out.append(0, 6);
    }

    @Override
    public void describe(FieldSink sink) {
        ChannelManagement.describeCorner(sink, "ne", northEast);
        ChannelManagement.describeCorner(sink, "sw", southWest);
        sink.code("stationtype", stationType);
        if (shipType.isPresent()) {
            Texts.describeShipType(sink, shipType);
        } else {
            sink.integer("shiptype", 0);
            sink.text("shiptypeText", ALL_SHIP_TYPES);
        }
        sink.code("txrx", txRxMode);
        sink.code("interval", reportingInterval);
        sink.integer("quiet", quietTimeMinutes);
    }

    /** The kind of station a group assignment addresses (table 76, "station type"). The code is the ordinal. */
    public enum StationType implements Coded {
        ALL_MOBILES("All types of mobiles"),
        CLASS_A("Class A mobile stations only"),
        ALL_CLASS_B("All types of Class B mobile stations"),
        SAR_AIRBORNE("SAR airborne mobile station"),
        CLASS_B_SO("Class B \"SO\" mobile stations only"),
        CLASS_B_CS("Class B \"CS\" shipborne mobile station only"),
        INLAND_WATERWAYS("Inland waterways"),
        REGIONAL_7("Regional use"),
        REGIONAL_8("Regional use"),
        REGIONAL_9("Regional use"),
        BASE_STATION_COVERAGE_AREA("Base station coverage area"),
        RESERVED_11("Reserved for future use"),
        RESERVED_12("Reserved for future use"),
        RESERVED_13("Reserved for future use"),
        RESERVED_14("Reserved for future use"),
        RESERVED_15("Reserved for future use");

        private static final StationType[] BY_CODE = values();

        private final String description;

        StationType(String description) {
            this.description = description;
        }

        /** Returns the station type with this four-bit code. */
        public static StationType ofCode(int code) {
            return BY_CODE[code & 0xF];
        }

        /** Returns the four-bit code. */
        @Override
        public int code() {
            return ordinal();
        }

        /** Returns the wording of table 76. */
        public String description() {
            return description;
        }
    }

    /** A commanded reporting interval (table 77). The code is the ordinal. */
    public enum ReportingInterval implements Coded {
        AUTONOMOUS("As given by the autonomous mode"),
        MINUTES_10("10 minutes"),
        MINUTES_6("6 minutes"),
        MINUTES_3("3 minutes"),
        MINUTE_1("1 minute"),
        SECONDS_30("30 seconds"),
        SECONDS_15("15 seconds"),
        SECONDS_10("10 seconds"),
        SECONDS_5("5 seconds"),
        NEXT_SHORTER("Next shorter reporting interval"),
        NEXT_LONGER("Next longer reporting interval"),
        SECONDS_2("2 seconds (not for Class B \"CS\")"),
        RESERVED_12("Reserved for future use"),
        RESERVED_13("Reserved for future use"),
        RESERVED_14("Reserved for future use"),
        RESERVED_15("Reserved for future use");

        private static final ReportingInterval[] BY_CODE = values();

        private final String description;

        ReportingInterval(String description) {
            this.description = description;
        }

        /** Returns the interval with this four-bit code. */
        public static ReportingInterval ofCode(int code) {
            return BY_CODE[code & 0xF];
        }

        /** Returns the four-bit code. */
        @Override
        public int code() {
            return ordinal();
        }

        /** Returns the wording of table 77. */
        public String description() {
            return description;
        }
    }
}
