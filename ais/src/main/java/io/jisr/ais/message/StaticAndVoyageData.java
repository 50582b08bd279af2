package io.jisr.ais.message;

import io.jisr.ais.identity.ImoNumber;
import io.jisr.ais.identity.Mmsi;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Class A static and voyage related data, message type 5 (ITU-R M.1371-5 §3.3.8.2.3, table 48).
 *
 * @param repeatIndicator 0 to 3
 * @param mmsi the reporting station
 * @param aisVersion 0 for ITU-R M.1371-1, 1 for -3, 2 for -5, 3 for later editions
 * @param imo IMO number, if sent
 * @param callSign call sign, if sent
 * @param vesselName name, if sent
 * @param shipType type of ship and cargo, if sent
 * @param dimensions dimensions and reference point
 * @param epfd type of position fixing device
 * @param eta estimated time of arrival, if sent
 * @param draughtMetres maximum present static draught; 25.5 means 25.5 m or more
 * @param destination destination, if sent
 * @param dataTerminalReady whether the data terminal equipment is available (the DTE bit is 0)
 */
public record StaticAndVoyageData(
        int repeatIndicator,
        Mmsi mmsi,
        int aisVersion,
        Optional<ImoNumber> imo,
        Optional<String> callSign,
        Optional<String> vesselName,
        Optional<ShipType> shipType,
        Dimensions dimensions,
        EpfdType epfd,
        Optional<Eta> eta,
        OptionalDouble draughtMetres,
        Optional<String> destination,
        boolean dataTerminalReady)
        implements AisMessage {

    /** Payload length in bits. */
    static final int BITS = 424;

    /** Checks every field against its range in the standard. */
    public StaticAndVoyageData {
        Kinematics.checkRepeat(repeatIndicator);
        Kinematics.checkUnsigned("AIS version", aisVersion, 2);
        CanonicalText.check("call sign", callSign, 7);
        CanonicalText.check("vessel name", vesselName, 20);
        CanonicalText.check("destination", destination, 20);
        if (draughtMetres.isPresent() && !(draughtMetres.getAsDouble() > 0 && draughtMetres.getAsDouble() <= 25.5)) {
            throw new IllegalArgumentException(
                    "draught must be within 0.1..25.5 m, was " + draughtMetres.getAsDouble());
        }
    }

    @Override
    public int messageType() {
        return 5;
    }

    /** Decodes a payload already checked to hold at least {@link #BITS} bits. */
    static StaticAndVoyageData decode(BitBuffer b) {
        int imo = b.unsigned(40, 30);
        int shipType = b.unsigned(232, 8);
        int draught = b.unsigned(294, 8);
        return new StaticAndVoyageData(
                b.unsigned(6, 2),
                new Mmsi(b.unsigned(8, 30)),
                b.unsigned(38, 2),
                imo == 0 ? Optional.empty() : Optional.of(new ImoNumber(imo)),
                Texts.optional(b.text(70, 7)),
                Texts.optional(b.text(112, 20)),
                shipType == 0 ? Optional.empty() : Optional.of(new ShipType(shipType)),
                Dimensions.read(b, 240),
                EpfdType.ofCode(b.unsigned(270, 4)),
                Eta.read(b, 274),
                draught == 0 ? OptionalDouble.empty() : OptionalDouble.of(draught / 10.0),
                Texts.optional(b.text(302, 20)),
                !b.flag(422));
    }

    @Override
    public void encode(BitBuffer out) {
        out.append(5, 6);
        out.append(repeatIndicator, 2);
        out.append(mmsi.value(), 30);
        out.append(aisVersion, 2);
        out.append(imo.map(ImoNumber::value).orElse(0), 30);
        out.appendText(callSign.orElse(""), 7);
        out.appendText(vesselName.orElse(""), 20);
        out.append(shipType.map(ShipType::code).orElse(0), 8);
        dimensions.write(out);
        out.append(epfd.code(), 4);
        Eta.write(out, eta);
        out.append(draughtMetres.isPresent() ? Math.round(draughtMetres.getAsDouble() * 10) : 0, 8);
        out.appendText(destination.orElse(""), 20);
        out.append(dataTerminalReady ? 0 : 1, 1);
        out.append(0, 1);
    }

    @Override
    public void describe(FieldSink sink) {
        sink.integer("aisVersion", aisVersion);
        if (imo.isPresent()) {
            sink.integer("imo", imo.get().value());
        } else {
            sink.absent("imo");
        }
        sink.text("callsign", callSign);
        sink.text("shipname", vesselName);
        Texts.describeShipType(sink, shipType);
        dimensions.describe(sink);
        sink.code("epfd", epfd);
        Eta.describe(sink, eta);
        sink.decimal("draught", draughtMetres, 1);
        sink.text("destination", destination);
        sink.bool("dataTerminalReady", dataTerminalReady);
    }
}
