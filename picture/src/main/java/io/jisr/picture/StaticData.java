package io.jisr.picture;

import io.jisr.ais.identity.ImoNumber;
import io.jisr.ais.message.Dimensions;
import io.jisr.ais.message.Eta;
import io.jisr.ais.message.ShipType;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a station says about itself and its voyage, merged over the messages that carry parts of it
 * (types 5, 19, 21, 24 A and B). A part that a message leaves out keeps its earlier value.
 *
 * @param name vessel or aid name
 * @param callSign radio call sign
 * @param imo IMO number
 * @param shipType type of ship and cargo
 * @param dimensions dimensions and reference point, when any distance is known
 * @param destination declared destination
 * @param eta declared estimated time of arrival
 * @param draughtMetres declared draught
 */
public record StaticData(
        Optional<String> name,
        Optional<String> callSign,
        Optional<ImoNumber> imo,
        Optional<ShipType> shipType,
        Optional<Dimensions> dimensions,
        Optional<String> destination,
        Optional<Eta> eta,
        OptionalDouble draughtMetres) {

    /** Nothing known. */
    public static final StaticData NONE = new StaticData(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            OptionalDouble.empty());

    /** Returns the dimensions as known, or empty when all four distances are "not available". */
    public static Optional<Dimensions> known(Dimensions d) {
        return d.toBow() == 0 && d.toStern() == 0 && d.toPort() == 0 && d.toStarboard() == 0
                ? Optional.empty()
                : Optional.of(d);
    }

    /** Returns this data with every part that {@code newer} has replaced by the newer value. */
    public StaticData updatedWith(StaticData newer) {
        return new StaticData(
                newer.name.or(() -> name),
                newer.callSign.or(() -> callSign),
                newer.imo.or(() -> imo),
                newer.shipType.or(() -> shipType),
                newer.dimensions.or(() -> dimensions),
                newer.destination.or(() -> destination),
                newer.eta.or(() -> eta),
                newer.draughtMetres.isPresent() ? newer.draughtMetres : draughtMetres);
    }

    /** Returns whether identity fields (name, call sign, IMO, ship type, dimensions) differ, ignoring voyage data. */
    public boolean identityDiffers(StaticData other) {
        return !name.equals(other.name)
                || !callSign.equals(other.callSign)
                || !imo.equals(other.imo)
                || !shipType.equals(other.shipType)
                || !dimensions.equals(other.dimensions);
    }
}
