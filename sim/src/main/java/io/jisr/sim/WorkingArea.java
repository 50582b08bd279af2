package io.jisr.sim;

import io.jisr.sim.geo.GeoPoint;
import java.util.List;

/**
 * A circle of sea where vessels work or wait: a fishing ground, a cruising area, an anchorage.
 *
 * @param name what it is called
 * @param centre its centre, at sea
 * @param radiusNm its radius
 */
public record WorkingArea(String name, GeoPoint centre, double radiusNm) {
    /*
     * Implementation note: the areas are our own, placed from the coastline and the ports they serve:
     * the trawling and purse-seine grounds of the Algerian shelf off each fishing port, the Gulf of Lion
     * and the Catalan and Valencian shelves, Sicily's Mazara del Vallo fleet; the anchorages off the
     * hydrocarbon terminals of Arzew, Skikda and Béjaïa and the roads of Algiers.
     */

    /** Fishing grounds near the coasts. */
    static final List<WorkingArea> FISHING_GROUNDS = List.of(
            new WorkingArea("off Ghazaouet", GeoPoint.of(35.22, -1.90), 5),
            new WorkingArea("off Oran", GeoPoint.of(35.90, -0.80), 5),
            new WorkingArea("off Mostaganem", GeoPoint.of(36.02, 0.05), 5),
            new WorkingArea("off Tenes", GeoPoint.of(36.66, 1.25), 5),
            new WorkingArea("off Cherchell", GeoPoint.of(36.72, 2.20), 5),
            new WorkingArea("bay of Algiers", GeoPoint.of(36.86, 3.20), 4),
            new WorkingArea("off Dellys", GeoPoint.of(37.00, 3.95), 5),
            new WorkingArea("gulf of Bejaia", GeoPoint.of(36.83, 5.35), 5),
            new WorkingArea("off Jijel", GeoPoint.of(36.93, 5.80), 5),
            new WorkingArea("off Collo", GeoPoint.of(37.08, 6.70), 4),
            new WorkingArea("gulf of Annaba", GeoPoint.of(36.97, 8.02), 5),
            new WorkingArea("off El Kala", GeoPoint.of(37.00, 8.45), 5),
            new WorkingArea("gulf of Lion", GeoPoint.of(43.15, 4.20), 10),
            new WorkingArea("off Palamos", GeoPoint.of(41.80, 3.30), 6),
            new WorkingArea("off Santa Pola", GeoPoint.of(38.15, -0.30), 5),
            new WorkingArea("off Mazara del Vallo", GeoPoint.of(37.45, 12.35), 6),
            new WorkingArea("off Bizerte", GeoPoint.of(37.45, 9.90), 5));

    /** Where pleasure craft cruise. */
    static final List<WorkingArea> CRUISING_AREAS = List.of(
            new WorkingArea("bay of Palma", GeoPoint.of(39.45, 2.68), 4),
            new WorkingArea("off Ibiza", GeoPoint.of(38.84, 1.48), 5),
            new WorkingArea("south of Menorca", GeoPoint.of(39.78, 4.05), 4),
            new WorkingArea("Cote d'Azur", GeoPoint.of(43.45, 7.10), 6),
            new WorkingArea("off Sidi Fredj", GeoPoint.of(36.80, 2.82), 3));

    /** Anchorages off oil and gas terminals and busy ports. */
    static final List<WorkingArea> ANCHORAGES = List.of(
            new WorkingArea("Arzew anchorage", GeoPoint.of(35.93, -0.17), 1.5),
            new WorkingArea("Skikda anchorage", GeoPoint.of(36.98, 6.99), 1.5),
            new WorkingArea("Bejaia anchorage", GeoPoint.of(36.79, 5.21), 1.2),
            new WorkingArea("Algiers roads", GeoPoint.of(36.84, 3.16), 1.5));
}
