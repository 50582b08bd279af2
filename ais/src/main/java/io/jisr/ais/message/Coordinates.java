package io.jisr.ais.message;

import java.util.Optional;

/**
 * Reads and writes AIS longitude/latitude pairs at the resolutions the message types use.
 *
 * <p>ITU-R M.1371-5 encodes positions as signed minutes scaled by a power of ten: 1/10,000 minute
 * in most messages, 1/1,000 minute in the IMO 289 meteorological message, 1/10 minute in types 17,
 * 22, 23 and 27. Longitude 181° and latitude 91° mean "not available"; any other value outside ±180/±90
 * is invalid and is treated the same way, since it cannot be a place.
 */
public enum Coordinates {
    /** 1/10,000 minute: types 1–4, 9, 11, 18, 19, 21 (28-bit longitude, 27-bit latitude). */
    TEN_THOUSANDTH_MINUTE(600_000, 28, 27),
    /** 1/1,000 minute: type 8 DAC 1 FI 31 (25-bit longitude, 24-bit latitude). */
    THOUSANDTH_MINUTE(60_000, 25, 24),
    /** 1/10 minute: types 17, 22, 23 and 27 (18-bit longitude, 17-bit latitude). */
    TENTH_MINUTE(600, 18, 17);

    private final int unitsPerDegree;
    private final int longitudeBits;
    private final int latitudeBits;

    Coordinates(int unitsPerDegree, int longitudeBits, int latitudeBits) {
        this.unitsPerDegree = unitsPerDegree;
        this.longitudeBits = longitudeBits;
        this.latitudeBits = latitudeBits;
    }

    /** Returns the number of raw units in one degree. */
    public int unitsPerDegree() {
        return unitsPerDegree;
    }

    /** Returns the width of the longitude field in bits. */
    public int longitudeBits() {
        return longitudeBits;
    }

    /** Returns the width of the latitude field in bits. */
    public int latitudeBits() {
        return latitudeBits;
    }

    /** Reads longitude at {@code start} and latitude right after it; empty when not available or invalid. */
    public Optional<Position> read(BitBuffer bits, int start) {
        int lon = bits.signed(start, longitudeBits);
        int lat = bits.signed(start + longitudeBits, latitudeBits);
        return toPosition(lon, lat);
    }

    /** Converts raw units to a position; empty when not available or out of range. */
    public Optional<Position> toPosition(int rawLongitude, int rawLatitude) {
        long maxLon = 180L * unitsPerDegree;
        long maxLat = 90L * unitsPerDegree;
        if (Math.abs((long) rawLongitude) > maxLon || Math.abs((long) rawLatitude) > maxLat) {
            return Optional.empty();
        }
        return Optional.of(new Position((double) rawLatitude / unitsPerDegree, (double) rawLongitude / unitsPerDegree));
    }

    /** Writes longitude then latitude; an empty position writes 181°/91°, "not available". */
    public void write(BitBuffer out, Optional<Position> position) {
        if (position.isEmpty()) {
            out.append(181L * unitsPerDegree, longitudeBits);
            out.append(91L * unitsPerDegree, latitudeBits);
        } else {
            out.append(Math.round(position.get().longitude() * unitsPerDegree), longitudeBits);
            out.append(Math.round(position.get().latitude() * unitsPerDegree), latitudeBits);
        }
    }

    /** Returns the number of fraction digits that show this resolution exactly enough for people. */
    public int fractionDigits() {
        return unitsPerDegree >= 600_000 ? 6 : unitsPerDegree >= 60_000 ? 5 : 3;
    }

    /** Reports a position as {@code lat}/{@code lon} fields, both absent when not available. */
    public void describe(FieldSink sink, Optional<Position> position) {
        if (position.isPresent()) {
            sink.decimal("lat", position.get().latitude(), fractionDigits());
            sink.decimal("lon", position.get().longitude(), fractionDigits());
        } else {
            sink.absent("lat");
            sink.absent("lon");
        }
    }
}
