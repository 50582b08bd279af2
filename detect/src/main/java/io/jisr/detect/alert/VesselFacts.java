package io.jisr.detect.alert;

import io.jisr.ais.identity.Mmsi;
import io.jisr.picture.ShipCategory;
import java.util.Optional;

/** What alert rules need to know of a vessel that a detection does not carry; the app answers from the picture. */
public interface VesselFacts {

    /** Returns the vessel's ship category, {@link ShipCategory#UNKNOWN} when not known. */
    ShipCategory category(Mmsi mmsi);

    /** Returns the ISO 3166-1 alpha-3 code of the flag its MMSI points to, when known. */
    Optional<String> flag(Mmsi mmsi);
}
