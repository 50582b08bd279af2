package io.jisr.sim;

import io.jisr.sim.geo.GeoPoint;

/**
 * A shore AIS receiver.
 *
 * @param id the station's identifier, written as the tag block's {@code s:} source
 * @param partner the partner that runs it (ISO 3166-1 alpha-3), whose node gets what it hears
 * @param position where the antenna is
 * @param rangeNm how far it hears a ship's transmitter
 * @param name the site's name
 */
public record Receiver(String id, String partner, GeoPoint position, double rangeNm, String name) {
    /** Checks the fields. */
    public Receiver {
        if (id.isEmpty() || !id.chars().allMatch(c -> c > ' ' && c < 127 && c != ',' && c != '*' && c != '\\')) {
            throw new IllegalArgumentException(
                    "receiver id must be printable ASCII without ',', '*' or '\\', was \"" + id + "\"");
        }
        if (!(rangeNm > 0 && rangeNm <= 500)) {
            throw new IllegalArgumentException("receiver range must be within 0..500 NM, was " + rangeNm);
        }
    }
}
