package io.jisr.incident;

/**
 * Where an event happened: the place's name, the first and second administrative divisions (wilaya,
 * region, cercle, département; empty when unknown), the country, WGS 84 coordinates in decimal degrees
 * and how precise they are.
 */
public record IncidentLocation(
        String place,
        String admin1,
        String admin2,
        CountryCode country,
        double latitude,
        double longitude,
        GeoPrecision precision) {

    /** Checks the fields: a place name, a country, finite coordinates in range and a precision. */
    public IncidentLocation {
        place = Text.requireShort("place", place);
        admin1 = Text.optionalShort("admin1", admin1);
        admin2 = Text.optionalShort("admin2", admin2);
        if (country == null || precision == null) {
            throw new IllegalArgumentException("location " + Text.quote(place) + " needs a country and a precision");
        }
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude must be between -90 and 90, was " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude must be between -180 and 180, was " + longitude);
        }
        // -0.0 and 0.0 are one place; without this, records holding them would not be equal.
        latitude += 0.0;
        longitude += 0.0;
    }
}
