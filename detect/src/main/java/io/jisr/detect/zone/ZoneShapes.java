package io.jisr.detect.zone;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * What every zone format checks the same way (GeoJSON, KML): the size of the file, the ranges of
 * positions, a budget of positions per file, closed rings and valid polygons, and the turning of
 * problems into a {@link ZoneImport.Rejected}. One instance reads one file.
 */
final class ZoneShapes {
    /** The largest input accepted, in characters. */
    static final int MAX_CHARACTERS = 64 * 1024 * 1024;

    /** The most zones (features, placemarks) accepted in one file. */
    static final int MAX_FEATURES = 100_000;

    /** The most coordinate positions accepted in one file. */
    static final int MAX_POSITIONS = 5_000_000;

    final GeometryFactory factory = new GeometryFactory();
    private int positions;

    /** Reads zones with {@code read} unless {@code text} is too long, turning problems into a rejection. */
    static ZoneImport importing(String text, Supplier<ZoneImport> read) {
        if (text.length() > MAX_CHARACTERS) {
            return new ZoneImport.Rejected(
                    "file", "is " + text.length() + " characters, more than the " + MAX_CHARACTERS + " accepted");
        }
        return read.get();
    }

    /** Builds the zones, turning a {@link ZoneProblem} or JTS's own refusal into a rejection. */
    static ZoneImport imported(Supplier<List<Zone>> zones) {
        try {
            return new ZoneImport.Imported(zones.get());
        } catch (ZoneProblem p) {
            return new ZoneImport.Rejected(p.where, p.getMessage());
        } catch (IllegalArgumentException e) {
            // JTS refuses some degenerate shapes itself (for example a ring that collapses to a line).
            return new ZoneImport.Rejected("geometry", "cannot be built: " + e.getMessage());
        }
    }

    /** Counts a ring of {@code size} positions: at least 4, and the file at most {@link #MAX_POSITIONS}. */
    void countRing(int size, String where) {
        if (size < 4) {
            throw new ZoneProblem(where, "a ring needs at least 4 positions, had " + size);
        }
        positions += size;
        if (positions > MAX_POSITIONS) {
            throw new ZoneProblem(where, "the file has more than the " + MAX_POSITIONS + " positions accepted");
        }
    }

    /**
     * Returns the position after checking its ranges; {@code lonShown} and {@code latShown} are the
     * values as the file wrote them, for the message.
     */
    static Coordinate position(
            double lon, double lat, String lonWhere, String latWhere, Object lonShown, Object latShown) {
        if (!(lon >= -180 && lon <= 180)) {
            throw new ZoneProblem(lonWhere, "longitude must be within -180..180, was " + lonShown);
        }
        if (!(lat >= -90 && lat <= 90)) {
            throw new ZoneProblem(latWhere, "latitude must be within -90..90, was " + latShown);
        }
        return new Coordinate(lon, lat);
    }

    /** Returns the closed ring; {@code firstShown} and {@code lastShown} name its ends for the message. */
    LinearRing ring(Coordinate[] coordinates, String where, String firstShown, String lastShown) {
        if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            throw new ZoneProblem(
                    where, "a ring must end where it starts; first " + firstShown + ", last " + lastShown);
        }
        return factory.createLinearRing(coordinates);
    }

    /** Returns {@code area} if it is a valid polygon or multipolygon, else says where it is not. */
    static Geometry valid(Geometry area, String where) {
        TopologyValidationError error = new IsValidOp(area).getValidationError();
        if (error != null) {
            Coordinate c = error.getCoordinate();
            throw new ZoneProblem(
                    where,
                    "is not a valid polygon: " + error.getMessage().toLowerCase(Locale.ROOT)
                            + (c == null ? "" : " at longitude " + c.x + ", latitude " + c.y));
        }
        return area;
    }

    /** The longest dwell a zone may ask for: a year. */
    static final long MAX_DWELL_MINUTES = 366L * 24 * 60;

    /** Returns the zone kind {@code text} names, in any case, with spaces or hyphens for underscores. */
    static ZoneKind kind(String text, String where) {
        try {
            return ZoneKind.valueOf(
                    text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new ZoneProblem(
                    where,
                    "\"" + Json.abbreviate(text) + "\" is not a zone kind; expected one of "
                            + List.of(ZoneKind.values()));
        }
    }

    /** Returns a dwell of {@code minutes} (1 minute to a year); {@code shown} is the value as written. */
    static Duration dwell(double minutes, String where, Object shown) {
        if (!(minutes >= 1 && minutes <= MAX_DWELL_MINUTES)) {
            throw new ZoneProblem(where, "must be 1.." + MAX_DWELL_MINUTES + " minutes, was " + shown);
        }
        return Duration.ofSeconds(Math.round(minutes * 60));
    }
}
