package io.jisr.ais.message;

import io.jisr.ais.identity.Mmsi;
import java.util.Optional;

/**
 * Aids-to-navigation report, message type 21 (ITU-R M.1371-5 Annex 8, table 73): position and status
 * of a buoy, light, beacon or other aid, real or virtual.
 *
 * @param repeatIndicator 0 to 3
 * @param mmsi the aid's identity (usually 99MIDXXXX)
 * @param aidType type of aid (table 74)
 * @param name the full name, up to 34 characters: the 20-character name field followed by the name
 *     extension, if sent
 * @param highAccuracy position accuracy flag: true for better than 10 m
 * @param position reported position
 * @param dimensions dimensions of the aid and its reference point
 * @param epfd type of position fixing device
 * @param second UTC second of the position fix, or why it is not given
 * @param offPosition off-position indicator: true when a floating aid is off its charted position;
 *     meaningful only for floating aids whose {@code second} is a real second (table 73, note 1)
 * @param atonStatus the 8-bit AtoN status field, reserved for regional or IALA use, uninterpreted
 * @param raim whether receiver autonomous integrity monitoring is in use
 * @param virtualAid true for a virtual aid that does not physically exist
 * @param assignedMode true when the station is in assigned mode, false when autonomous
 * @param nameExtensionBits how many bits followed the 272-bit fixed part on the air, 0 to 88: name
 *     extension characters and the spare bits that pad them; see {@link #standardExtensionBits(int)}
 */
public record AidToNavigationReport(
        int repeatIndicator,
        Mmsi mmsi,
        AidType aidType,
        Optional<String> name,
        boolean highAccuracy,
        Optional<Position> position,
        Dimensions dimensions,
        EpfdType epfd,
        ReportSecond second,
        boolean offPosition,
        int atonStatus,
        boolean raim,
        boolean virtualAid,
        boolean assignedMode,
        int nameExtensionBits)
        implements AisMessage {
    /*
     * Implementation note: the name extension (0 to 14 six-bit characters) sits after the fixed part
     * at bit 272, followed by 0, 2, 4 or 6 spare bits to a byte boundary. Transmitters vary: some send
     * one '@' character as the "empty" extension (280 bits), some omit the padding (308 bits for six
     * characters). Keeping the count of trailing bits lets encode give back the same payload length,
     * and with it the same number of characters; the characters themselves are the part of the name
     * past 20. The name is read across both fields and cut at the first '@', so text after an '@'
     * (junk in real data, e.g. "AHAAHA ROCKS NORTH@@" + ">S+>N") is not part of it; gpsd does the same.
     * Payloads longer than 360 bits, the longest the table allows, keep only 88 trailing bits.
     */

    /** Payload length in bits without a name extension. */
    static final int BITS = 272;

    private static final int NAME = 43;
    private static final int NAME_CHARS = 20;
    private static final int EXTENSION_CHARS = 14;
    private static final int MAX_EXTENSION_BITS = 88;

    /** Checks every field against its range in the standard and the name against the extension size. */
    public AidToNavigationReport {
        Kinematics.checkRepeat(repeatIndicator);
        Kinematics.checkUnsigned("AtoN status", atonStatus, 8);
        if (nameExtensionBits < 0 || nameExtensionBits > MAX_EXTENSION_BITS) {
            throw new IllegalArgumentException(
                    "name extension must be within 0.." + MAX_EXTENSION_BITS + " bits, was " + nameExtensionBits);
        }
        CanonicalText.check("AtoN name", name, NAME_CHARS + EXTENSION_CHARS);
        int room = NAME_CHARS + nameExtensionBits / 6;
        if (name.isPresent() && name.get().length() > room) {
            throw new IllegalArgumentException(
                    "AtoN name \"" + name.get() + "\" has " + name.get().length()
                            + " characters, more than the " + room + " that " + nameExtensionBits
                            + " extension bits hold");
        }
    }

    /**
     * Returns the extension length the standard prescribes for a name of {@code nameLength}
     * characters: six bits per character past 20, padded to a byte boundary.
     */
    public static int standardExtensionBits(int nameLength) {
        if (nameLength < 0 || nameLength > NAME_CHARS + EXTENSION_CHARS) {
            throw new IllegalArgumentException("AtoN name length must be within 0..34, was " + nameLength);
        }
        int bits = 6 * Math.max(0, nameLength - NAME_CHARS);
        return bits + (8 - bits % 8) % 8;
    }

    @Override
    public int messageType() {
        return 21;
    }

    /** Decodes a payload already checked to hold at least {@link #BITS} bits. */
    static AidToNavigationReport decode(BitBuffer b) {
        int extensionBits = Math.min(MAX_EXTENSION_BITS, b.length() - BITS);
        return new AidToNavigationReport(
                b.unsigned(6, 2),
                new Mmsi(b.unsigned(8, 30)),
                AidType.ofCode(b.unsigned(38, 5)),
                Texts.optional(readName(b, extensionBits / 6)),
                b.flag(163),
                Coordinates.TEN_THOUSANDTH_MINUTE.read(b, 164),
                Dimensions.read(b, 219),
                EpfdType.ofCode(b.unsigned(249, 4)),
                ReportSecond.ofRaw(b.unsigned(253, 6)),
                b.flag(259),
                b.unsigned(260, 8),
                b.flag(268),
                b.flag(269),
                b.flag(270),
                extensionBits);
    }

    /** Reads the name field and {@code extensionChars} extension characters as one text. */
    private static String readName(BitBuffer b, int extensionChars) {
        char[] out = new char[NAME_CHARS + extensionChars];
        int n = 0;
        for (int i = 0; i < out.length; i++) {
            int v = b.unsigned(i < NAME_CHARS ? NAME + 6 * i : BITS + 6 * (i - NAME_CHARS), 6);
            if (v == 0) {
                break;
            }
            out[n++] = (char) (v < 32 ? v + 64 : v);
        }
        while (n > 0 && out[n - 1] == ' ') {
            n--;
        }
        return new String(out, 0, n);
    }

    @Override
    public void encode(BitBuffer out) {
        String full = name.orElse("");
        out.append(21, 6);
        out.append(repeatIndicator, 2);
        out.append(mmsi.value(), 30);
        out.append(aidType.code(), 5);
        out.appendText(full.substring(0, Math.min(NAME_CHARS, full.length())), NAME_CHARS);
        out.append(highAccuracy ? 1 : 0, 1);
        Coordinates.TEN_THOUSANDTH_MINUTE.write(out, position);
        dimensions.write(out);
        out.append(epfd.code(), 4);
        out.append(second.raw(), 6);
        out.append(offPosition ? 1 : 0, 1);
        out.append(atonStatus, 8);
        out.append(raim ? 1 : 0, 1);
        out.append(virtualAid ? 1 : 0, 1);
        out.append(assignedMode ? 1 : 0, 1);
        out.append(0, 1);
        int extensionChars = nameExtensionBits / 6;
        out.appendText(full.length() > NAME_CHARS ? full.substring(NAME_CHARS) : "", extensionChars);
        out.append(0, nameExtensionBits - 6 * extensionChars);
    }

    @Override
    public void describe(FieldSink sink) {
        sink.code("aidType", aidType);
        sink.text("name", name);
        sink.bool("accuracy", highAccuracy);
        Coordinates.TEN_THOUSANDTH_MINUTE.describe(sink, position);
        dimensions.describe(sink);
        sink.code("epfd", epfd);
        second.describe(sink);
        sink.bool("offPosition", offPosition);
        sink.integer("regional", atonStatus);
        sink.bool("raim", raim);
        sink.bool("virtualAid", virtualAid);
        sink.bool("assigned", assignedMode);
    }

    /** Type of aid to navigation (ITU-R M.1371-5 table 74). The code is the ordinal. */
    public enum AidType implements Coded {
        NOT_SPECIFIED("Default, type of AtoN not specified"),
        REFERENCE_POINT("Reference point"),
        RACON("RACON"),
        FIXED_STRUCTURE_OFF_SHORE("Fixed structure off shore, such as oil platforms, wind farms, rigs"),
        RESERVED_4("Spare, reserved for future use"),
        LIGHT_WITHOUT_SECTORS("Light, without sectors"),
        LIGHT_WITH_SECTORS("Light, with sectors"),
        LEADING_LIGHT_FRONT("Leading light front"),
        LEADING_LIGHT_REAR("Leading light rear"),
        BEACON_CARDINAL_N("Beacon, cardinal N"),
        BEACON_CARDINAL_E("Beacon, cardinal E"),
        BEACON_CARDINAL_S("Beacon, cardinal S"),
        BEACON_CARDINAL_W("Beacon, cardinal W"),
        BEACON_PORT_HAND("Beacon, port hand"),
        BEACON_STARBOARD_HAND("Beacon, starboard hand"),
        BEACON_PREFERRED_CHANNEL_PORT_HAND("Beacon, preferred channel port hand"),
        BEACON_PREFERRED_CHANNEL_STARBOARD_HAND("Beacon, preferred channel starboard hand"),
        BEACON_ISOLATED_DANGER("Beacon, isolated danger"),
        BEACON_SAFE_WATER("Beacon, safe water"),
        BEACON_SPECIAL_MARK("Beacon, special mark"),
        CARDINAL_MARK_N("Cardinal mark N"),
        CARDINAL_MARK_E("Cardinal mark E"),
        CARDINAL_MARK_S("Cardinal mark S"),
        CARDINAL_MARK_W("Cardinal mark W"),
        PORT_HAND_MARK("Port hand mark"),
        STARBOARD_HAND_MARK("Starboard hand mark"),
        PREFERRED_CHANNEL_PORT_HAND("Preferred channel port hand"),
        PREFERRED_CHANNEL_STARBOARD_HAND("Preferred channel starboard hand"),
        ISOLATED_DANGER("Isolated danger"),
        SAFE_WATER("Safe water"),
        SPECIAL_MARK("Special mark"),
        LIGHT_VESSEL("Light vessel, LANBY or rigs");

        private static final AidType[] BY_CODE = values();

        private final String description;

        AidType(String description) {
            this.description = description;
        }

        /** Returns the type with this five-bit code. */
        public static AidType ofCode(int code) {
            return BY_CODE[code & 0x1F];
        }

        /** Returns the five-bit code. */
        @Override
        public int code() {
            return ordinal();
        }

        /** Returns the wording of table 74. */
        public String description() {
            return description;
        }
    }
}
