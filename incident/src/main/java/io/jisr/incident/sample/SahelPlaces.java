package io.jisr.incident.sample;

import io.jisr.incident.CountryCode;
import java.util.List;

/**
 * Places for synthetic reports: towns, border posts and wells along the Algeria–Mali–Niger borders and
 * in the central Sahel, with their first and second administrative divisions. Coordinates are rounded
 * approximations from general geographic knowledge (a few kilometres off at worst), good enough for a
 * plausible map and not meant for anything else. The weight is how often the generator picks a place.
 */
final class SahelPlaces {
    private SahelPlaces() {}

    record Place(
            String name,
            String admin1,
            String admin2,
            CountryCode country,
            double latitude,
            double longitude,
            int weight) {}

    private static final CountryCode DZA = CountryCode.of("DZA");
    private static final CountryCode MLI = CountryCode.of("MLI");
    private static final CountryCode NER = CountryCode.of("NER");
    private static final CountryCode BFA = CountryCode.of("BFA");
    private static final CountryCode LBY = CountryCode.of("LBY");

    static final List<Place> ALL = List.of(
            // Algeria's far south: the wilayas along the Mali and Niger borders.
            new Place("Tamanrasset", "Tamanrasset", "Tamanrasset", DZA, 22.785, 5.523, 4),
            new Place("In Guezzam", "In Guezzam", "In Guezzam", DZA, 19.567, 5.769, 8),
            new Place("Tin Zaouatine", "In Guezzam", "Tin Zaouatine", DZA, 19.966, 2.985, 9),
            new Place("Bordj Badji Mokhtar", "Bordj Badji Mokhtar", "Bordj Badji Mokhtar", DZA, 21.329, 0.948, 9),
            new Place("Timiaouine", "Bordj Badji Mokhtar", "Timiaouine", DZA, 20.450, 1.800, 6),
            new Place("Djanet", "Djanet", "Djanet", DZA, 24.554, 9.485, 3),
            new Place("Illizi", "Illizi", "Illizi", DZA, 26.483, 8.467, 2),
            new Place("In Amenas", "Illizi", "In Amenas", DZA, 28.050, 9.550, 2),
            new Place("Adrar", "Adrar", "Adrar", DZA, 27.874, -0.294, 2),
            new Place("Reggane", "Adrar", "Reggane", DZA, 26.716, 0.171, 2),
            new Place("In Salah", "In Salah", "In Salah", DZA, 27.197, 2.483, 2),
            // Northern Mali: Kidal, Gao, Ménaka, Timbuktu.
            new Place("Kidal", "Kidal", "Kidal", MLI, 18.441, 1.408, 8),
            new Place("Tessalit", "Kidal", "Tessalit", MLI, 20.201, 1.012, 7),
            new Place("Aguelhok", "Kidal", "Tessalit", MLI, 19.461, 0.858, 6),
            new Place("Tinzaouaten", "Kidal", "Abeibara", MLI, 19.940, 2.940, 8),
            new Place("Abeibara", "Kidal", "Abeibara", MLI, 19.117, 1.750, 3),
            new Place("Anefis", "Kidal", "Tin-Essako", MLI, 18.050, 0.600, 4),
            new Place("Gao", "Gao", "Gao", MLI, 16.272, -0.044, 6),
            new Place("Bourem", "Gao", "Bourem", MLI, 16.955, -0.349, 4),
            new Place("Ansongo", "Gao", "Ansongo", MLI, 15.659, 0.502, 5),
            new Place("Tessit", "Gao", "Ansongo", MLI, 15.220, 0.950, 4),
            new Place("Ménaka", "Ménaka", "Ménaka", MLI, 15.917, 2.400, 7),
            new Place("Andéramboukane", "Ménaka", "Andéramboukane", MLI, 15.420, 3.030, 5),
            new Place("Inékar", "Ménaka", "Ménaka", MLI, 15.950, 3.150, 3),
            new Place("Tombouctou", "Tombouctou", "Tombouctou", MLI, 16.773, -3.007, 4),
            new Place("Léré", "Tombouctou", "Niafunké", MLI, 15.710, -4.910, 3),
            new Place("Douentza", "Mopti", "Douentza", MLI, 15.003, -2.950, 3),
            new Place("Boni", "Mopti", "Douentza", MLI, 15.080, -1.870, 3),
            new Place("Bandiagara", "Mopti", "Bandiagara", MLI, 14.350, -3.610, 3),
            // Niger: Agadez in the north, Tillabéri and Tahoua along the Mali border, Diffa in the east.
            new Place("Agadez", "Agadez", "Tchirozérine", NER, 16.974, 7.991, 4),
            new Place("Arlit", "Agadez", "Arlit", NER, 18.739, 7.385, 4),
            new Place("Assamaka", "Agadez", "Ingall", NER, 19.360, 5.790, 7),
            new Place("In Gall", "Agadez", "Ingall", NER, 16.780, 6.930, 2),
            new Place("Dirkou", "Agadez", "Bilma", NER, 18.990, 12.890, 2),
            new Place("Madama", "Agadez", "Bilma", NER, 21.970, 13.650, 2),
            new Place("Tillabéri", "Tillabéri", "Tillabéri", NER, 14.211, 1.453, 5),
            new Place("Ayorou", "Tillabéri", "Tillabéri", NER, 14.730, 0.920, 5),
            new Place("Ouallam", "Tillabéri", "Ouallam", NER, 14.320, 2.090, 4),
            new Place("Banibangou", "Tillabéri", "Banibangou", NER, 15.040, 2.700, 5),
            new Place("Abala", "Tillabéri", "Abala", NER, 14.930, 3.430, 4),
            new Place("Téra", "Tillabéri", "Téra", NER, 14.010, 0.750, 4),
            new Place("Torodi", "Tillabéri", "Torodi", NER, 13.120, 1.800, 3),
            new Place("Tillia", "Tahoua", "Tillia", NER, 16.130, 4.790, 4),
            new Place("Tahoua", "Tahoua", "Tahoua", NER, 14.890, 5.260, 2),
            new Place("Diffa", "Diffa", "Diffa", NER, 13.315, 12.611, 2),
            new Place("Bosso", "Diffa", "Bosso", NER, 13.700, 13.310, 2),
            new Place("Niamey", "Niamey", "Niamey", NER, 13.512, 2.112, 2),
            // Burkina Faso's Sahel region and south-west Libya, at the edges of the area.
            new Place("Djibo", "Sahel", "Soum", BFA, 14.100, -1.630, 3),
            new Place("Dori", "Sahel", "Séno", BFA, 14.030, -0.030, 2),
            new Place("Arbinda", "Sahel", "Soum", BFA, 14.230, -0.870, 2),
            new Place("Gorom-Gorom", "Sahel", "Oudalan", BFA, 14.440, -0.240, 2),
            new Place("Sebba", "Sahel", "Yagha", BFA, 13.440, 0.530, 2),
            new Place("Ghat", "Ghat", "Ghat", LBY, 24.960, 10.170, 1));
}
