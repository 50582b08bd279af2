package io.jisr.ais.message;

import io.jisr.ais.identity.Mmsi;
import java.util.Optional;

/**
 * Channel management, message type 22 (ITU-R M.1371-5 Annex 8, table 75): a base station commands the
 * channels, transmit/receive mode and power of the stations in an area, or of two addressed stations.
 *
 * @param repeatIndicator 0 to 3
 * @param mmsi the base station
 * @param channelA channel number for AIS channel A (ITU-R M.1084 Annex 4), 0 to 4095
 * @param channelB channel number for AIS channel B, 0 to 4095
 * @param txRxMode commanded transmit/receive mode
 * @param lowPower power flag: true commands low power, false high power (the default)
 * @param target the area or the two stations the command applies to; the addressed flag on the air is
 *     {@code target instanceof AddressedStations}
 * @param bandA channel A bandwidth flag: false as the channel number gives (the default); true is
 *     spare in M.1371-5 (it meant 12.5 kHz in M.1371-1)
 * @param bandB channel B bandwidth flag, as {@code bandA}
 * @param transitionalZoneNauticalMiles size of the transitional zone, 1 to 8 nautical miles (the raw
 *     field is one less; 5 nautical miles is the default)
 */
public record ChannelManagement(
        int repeatIndicator,
        Mmsi mmsi,
        int channelA,
        int channelB,
        TxRxMode txRxMode,
        boolean lowPower,
        Target target,
        boolean bandA,
        boolean bandB,
        int transitionalZoneNauticalMiles)
        implements AisMessage {
    /*
     * Implementation note: bits 69-138 hold either two corners of a rectangle in 1/10 minute or two
     * 30-bit MMSIs each followed by 5 spare bits; the addressed flag at bit 139, after them, says
     * which. The corners have no "not available" value in table 75; a corner outside ±180°/±90° is
     * decoded as empty, as every other position is. The 23 spare bits at the end are written as zero.
     * The zone size is described in nautical miles as zoneSizeNauticalMiles, not as gpsd's
     * "zonesize", which is the raw 3-bit code (miles minus one).
     */

    /** Payload length in bits. */
    static final int BITS = 168;

    /** Checks every field against its range in the standard. */
    public ChannelManagement {
        Kinematics.checkRepeat(repeatIndicator);
        Kinematics.checkUnsigned("channel A", channelA, 12);
        Kinematics.checkUnsigned("channel B", channelB, 12);
        if (target == null) {
            throw new IllegalArgumentException("channel management target must be an area or two stations, was null");
        }
        if (transitionalZoneNauticalMiles < 1 || transitionalZoneNauticalMiles > 8) {
            throw new IllegalArgumentException(
                    "transitional zone must be within 1..8 nautical miles, was " + transitionalZoneNauticalMiles);
        }
    }

    /** What a channel management command applies to: an area (broadcast) or two stations (addressed). */
    public sealed interface Target permits BroadcastArea, AddressedStations {}

    /**
     * The rectangle a broadcast command applies to, in 1/10 minute of arc.
     *
     * @param northEast the upper right corner
     * @param southWest the lower left corner
     */
    public record BroadcastArea(Optional<Position> northEast, Optional<Position> southWest) implements Target {}

    /**
     * The two stations an addressed command applies to.
     *
     * @param first the first addressed station
     * @param second the second addressed station
     */
    public record AddressedStations(Mmsi first, Mmsi second) implements Target {}

    @Override
    public int messageType() {
        return 22;
    }

    /** Decodes a payload already checked to hold at least {@link #BITS} bits. */
    static ChannelManagement decode(BitBuffer b) {
        Target target = b.flag(139)
                ? new AddressedStations(new Mmsi(b.unsigned(69, 30)), new Mmsi(b.unsigned(104, 30)))
                : new BroadcastArea(Coordinates.TENTH_MINUTE.read(b, 69), Coordinates.TENTH_MINUTE.read(b, 104));
        return new ChannelManagement(
                b.unsigned(6, 2),
                new Mmsi(b.unsigned(8, 30)),
                b.unsigned(40, 12),
                b.unsigned(52, 12),
                TxRxMode.ofCode(b.unsigned(64, 4)),
                b.flag(68),
                target,
                b.flag(140),
                b.flag(141),
                b.unsigned(142, 3) + 1);
    }

    @Override
    public void encode(BitBuffer out) {
        out.append(22, 6);
        out.append(repeatIndicator, 2);
        out.append(mmsi.value(), 30);
        out.append(0, 2);
        out.append(channelA, 12);
        out.append(channelB, 12);
        out.append(txRxMode.code(), 4);
        out.append(lowPower ? 1 : 0, 1);
        switch (target) {
            case BroadcastArea area -> {
                Coordinates.TENTH_MINUTE.write(out, area.northEast());
                Coordinates.TENTH_MINUTE.write(out, area.southWest());
            }
            case AddressedStations stations -> {
                out.append(stations.first().value(), 30);
                out.append(0, 5);
                out.append(stations.second().value(), 30);
                out.append(0, 5);
            }
        }
        out.append(target instanceof AddressedStations ? 1 : 0, 1);
        out.append(bandA ? 1 : 0, 1);
        out.append(bandB ? 1 : 0, 1);
        out.append(transitionalZoneNauticalMiles - 1, 3);
        out.append(0, 23);
    }

    @Override
    public void describe(FieldSink sink) {
        sink.integer("channelA", channelA);
        sink.integer("channelB", channelB);
        sink.code("txrx", txRxMode);
        sink.bool("power", lowPower);
        switch (target) {
            case BroadcastArea area -> {
                sink.bool("addressed", false);
                describeCorner(sink, "ne", area.northEast());
                describeCorner(sink, "sw", area.southWest());
            }
            case AddressedStations stations -> {
                sink.bool("addressed", true);
                sink.integer("dest1", stations.first().value());
                sink.integer("dest2", stations.second().value());
            }
        }
        sink.bool("bandA", bandA);
        sink.bool("bandB", bandB);
        sink.integer("zoneSizeNauticalMiles", transitionalZoneNauticalMiles);
    }

    /** Reports a 1/10-minute corner as {@code <prefix>Lat} and {@code <prefix>Lon}, absent when empty. */
    static void describeCorner(FieldSink sink, String prefix, Optional<Position> corner) {
        int digits = Coordinates.TENTH_MINUTE.fractionDigits();
        if (corner.isPresent()) {
            sink.decimal(prefix + "Lat", corner.get().latitude(), digits);
            sink.decimal(prefix + "Lon", corner.get().longitude(), digits);
        } else {
            sink.absent(prefix + "Lat");
            sink.absent(prefix + "Lon");
        }
    }
}
