package io.jisr.app.alerts;

import io.jisr.ais.identity.Flag;
import io.jisr.ais.identity.MaritimeIdentificationDigits;
import io.jisr.ais.identity.Mmsi;
import io.jisr.detect.alert.VesselFacts;
import io.jisr.picture.Picture;
import io.jisr.picture.ShipCategory;
import io.jisr.picture.Vessel;
import java.util.Optional;

/** What alert rules ask of a vessel, answered from the live picture and the ITU flag table. */
public record PictureVesselFacts(Picture picture, MaritimeIdentificationDigits mids) implements VesselFacts {

    @Override
    public ShipCategory category(Mmsi mmsi) {
        return picture.vessel(mmsi).map(Vessel::category).orElse(ShipCategory.UNKNOWN);
    }

    @Override
    public Optional<String> flag(Mmsi mmsi) {
        return mids.flagOf(mmsi).map(Flag::isoAlpha3);
    }
}
