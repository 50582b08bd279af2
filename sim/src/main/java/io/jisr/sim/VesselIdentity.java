package io.jisr.sim;

import io.jisr.ais.identity.ImoNumber;
import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.Dimensions;
import io.jisr.ais.message.ShipType;
import java.util.Objects;
import java.util.Optional;

/**
 * Who a simulated vessel says it is.
 *
 * @param mmsi its MMSI, whose MID belongs to {@code flag}
 * @param imo its IMO number (with a valid check digit); empty for fishing and pleasure craft
 * @param name its name, upper-case AIS six-bit characters, at most 20
 * @param callSign its call sign from the flag's ITU series, at most 7 characters
 * @param shipType the AIS ship and cargo type
 * @param dimensions GNSS antenna to bow, stern, port and starboard, metres
 * @param flag ISO 3166-1 alpha-3 of the flag state
 * @param transponder Class A or Class B
 * @param category what the vessel does
 */
public record VesselIdentity(
        Mmsi mmsi,
        Optional<ImoNumber> imo,
        String name,
        String callSign,
        ShipType shipType,
        Dimensions dimensions,
        String flag,
        Transponder transponder,
        VesselCategory category) {

    /** Checks the fields that AIS limits. */
    public VesselIdentity {
        Objects.requireNonNull(mmsi, "MMSI must not be null");
        if (name.length() > 20) {
            throw new IllegalArgumentException("vessel name must have at most 20 characters, was \"" + name + "\"");
        }
        if (callSign.length() > 7) {
            throw new IllegalArgumentException("call sign must have at most 7 characters, was \"" + callSign + "\"");
        }
    }

    /** Returns the length overall in metres. */
    public int lengthMetres() {
        return dimensions.toBow() + dimensions.toStern();
    }
}
