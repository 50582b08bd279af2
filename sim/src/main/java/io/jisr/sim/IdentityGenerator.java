package io.jisr.sim;

import io.jisr.ais.identity.ImoNumber;
import io.jisr.ais.identity.MaritimeIdentificationDigits;
import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.Dimensions;
import io.jisr.ais.message.ShipType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Makes plausible, unique vessel identities: MMSIs with a MID of the flag (from the ITU table the
 * codec ships), IMO numbers with their check digit, call signs from the flag's ITU series, names, ship
 * types and dimensions fitting the vessel's category.
 *
 * <p>Not thread-safe: it remembers the MMSIs, IMO numbers and call signs it gave out, so that no two
 * vessels share one unless a scenario says so.
 */
public final class IdentityGenerator {
    /*
     * Implementation note: flags are drawn with weights that echo the region's traffic (Algerian
     * ferries and fishing boats, Spanish, French, Italian and Maltese coasters, and the open
     * registries of the through traffic: Panama, Liberia, the Marshall Islands, Malta). Call-sign
     * prefixes are from the ITU table of allocation of international call sign series (Radio
     * Regulations Appendix 42); suffixes are random letters and digits.
     */

    private static final Map<String, String[]> CALL_SIGN_PREFIXES = Map.ofEntries(
            Map.entry("DZA", new String[] {"7T", "7U", "7V", "7W", "7X", "7Y"}),
            Map.entry("ESP", new String[] {"EA", "EB", "EC", "ED", "EE", "EH"}),
            Map.entry("FRA", new String[] {"FA", "FB", "FN", "FM"}),
            Map.entry("ITA", new String[] {"IB", "IC", "ID", "IG"}),
            Map.entry("MLT", new String[] {"9H"}),
            Map.entry("PAN", new String[] {"3E", "3F", "HO", "HP"}),
            Map.entry("LBR", new String[] {"A8", "D5", "EL"}),
            Map.entry("MHL", new String[] {"V7"}),
            Map.entry("GRC", new String[] {"SV", "SX", "SY", "SZ"}),
            Map.entry("TUN", new String[] {"TS"}),
            Map.entry("MAR", new String[] {"CN"}),
            Map.entry("CYP", new String[] {"5B"}),
            Map.entry("USA", new String[] {"WD", "WDC", "KA"}),
            Map.entry("SGP", new String[] {"9V"}),
            Map.entry("HKG", new String[] {"VR"}));

    private static final String[] SEAGOING_FLAGS = {
        "PAN", "LBR", "MHL", "MLT", "GRC", "SGP", "HKG", "CYP", "ITA", "ESP", "FRA", "DZA", "USA", "TUN", "MAR"
    };
    private static final int[] SEAGOING_WEIGHTS = {16, 16, 13, 10, 7, 6, 5, 5, 5, 4, 3, 6, 1, 2, 1};
    private static final String[] COASTAL_FLAGS = {"DZA", "ESP", "FRA", "ITA", "TUN", "MLT", "MAR"};
    private static final int[] COASTAL_WEIGHTS = {40, 20, 12, 14, 7, 3, 4};

    private static final String[] NAME_FIRST = {
        "OCEAN", "SEA", "STAR", "NORTH", "MED", "BLUE", "GOLDEN", "SILVER", "ATLAS", "AURORA", "NOBLE", "PACIFIC",
        "GRAND", "ROYAL", "ORIENT", "CAPE", "DELTA", "POLAR", "ASTRA", "NOVA"
    };
    private static final String[] NAME_SECOND = {
        "SPIRIT", "PIONEER", "HARMONY", "TRADER", "VOYAGER", "GLORY", "FORTUNE", "HORIZON", "BREEZE", "PRIDE",
        "EXPRESS", "CARRIER", "LEGEND", "WIND", "DAWN", "VENTURE", "ARROW", "QUEEN", "MARINER", "JEWEL"
    };
    private static final String[] NAME_MAGHREB = {
        "EL BAHR",
        "NOUR",
        "AMAL",
        "EL MARSA",
        "RAIS HAMIDOU",
        "TIPASA",
        "HOGGAR",
        "DJURDJURA",
        "SAHEL",
        "CHELIFF",
        "SOUMMAM",
        "SEYBOUSE",
        "TASSILI",
        "EL BARAKA",
        "YASMINE",
        "SALAM",
        "CHERCHELL",
        "EL KALA",
        "MEDJERDA",
        "AURES"
    };
    private static final String[] NAME_LATIN = {
        "SANTA MARIA",
        "VIRGEN DEL MAR",
        "SAN GIORGIO",
        "STELLA MARIS",
        "NOTRE DAME",
        "MARE NOSTRUM",
        "LA PALOMA",
        "SAN PIETRO",
        "MISTRAL",
        "TRAMONTANA",
        "LEVANTE",
        "CALYPSO",
        "MARIA GRAZIA",
        "ESPERANZA",
        "SOL DE MAYO",
        "ILE DE BEAUTE",
        "GABBIANO",
        "DELFINO",
        "CORALLO",
        "ALBATROS"
    };

    private final MaritimeIdentificationDigits mids;
    private final Map<String, int[]> midsByFlag = new HashMap<>();
    private final Set<Integer> usedMmsis = new HashSet<>();
    private final Set<Integer> usedImos = new HashSet<>();
    private final Set<String> usedCallSigns = new HashSet<>();

    /** Creates a generator over the ITU table of MIDs that the codec ships. */
    public IdentityGenerator() {
        this(MaritimeIdentificationDigits.itu());
    }

    /** Creates a generator over the given MID table. */
    public IdentityGenerator(MaritimeIdentificationDigits mids) {
        this.mids = mids;
        for (String flag : CALL_SIGN_PREFIXES.keySet()) {
            List<Integer> found = new ArrayList<>();
            for (int mid = 201; mid <= 775; mid++) {
                if (mids.flagOf(mid).map(f -> f.isoAlpha3().equals(flag)).orElse(false)) {
                    found.add(mid);
                }
            }
            if (found.isEmpty()) {
                throw new IllegalStateException("the MID table has no MID for flag " + flag);
            }
            midsByFlag.put(flag, found.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    /** Returns the MID table the MMSIs are drawn from. */
    public MaritimeIdentificationDigits mids() {
        return mids;
    }

    /** Makes an identity for a vessel of this category, drawing from {@code random}. */
    public VesselIdentity next(VesselCategory category, Transponder transponder, SplittableRandom random) {
        boolean coastal = category == VesselCategory.FISHING
                || category == VesselCategory.PLEASURE
                || category == VesselCategory.FERRY
                || category == VesselCategory.SCENARIO;
        String flag =
                coastal ? pick(COASTAL_FLAGS, COASTAL_WEIGHTS, random) : pick(SEAGOING_FLAGS, SEAGOING_WEIGHTS, random);
        return next(category, transponder, flag, random);
    }

    /** Makes an identity for a vessel of this category under the given flag. */
    public VesselIdentity next(VesselCategory category, Transponder transponder, String flag, SplittableRandom random) {
        if (!midsByFlag.containsKey(flag)) {
            throw new IllegalArgumentException("no MID known for flag \"" + flag + "\"; known: " + midsByFlag.keySet());
        }
        Mmsi mmsi = nextMmsi(flag, random);
        Shape shape = Shape.of(category, random);
        Optional<ImoNumber> imo = shape.hasImo ? Optional.of(nextImo(random)) : Optional.empty();
        boolean maghreb = flag.equals("DZA") || flag.equals("TUN") || flag.equals("MAR");
        String name = name(category, maghreb, random);
        int toBow = Math.max(1, (int) Math.round(shape.length * (0.75 + 0.1 * random.nextDouble())));
        int toPort = Math.max(1, shape.beam / 2);
        Dimensions dimensions =
                new Dimensions(Math.min(511, toBow), Math.min(511, shape.length - toBow), toPort, shape.beam - toPort);
        return new VesselIdentity(
                mmsi,
                imo,
                name,
                nextCallSign(flag, random),
                ShipType.of(shape.shipType),
                dimensions,
                flag,
                transponder,
                category);
    }

    private Mmsi nextMmsi(String flag, SplittableRandom random) {
        int[] candidates = midsByFlag.get(flag);
        while (true) {
            int mid = candidates[random.nextInt(candidates.length)];
            // Ship station MMSIs of new installations end in a non-zero digit group; any 6 digits are valid.
            int value = mid * 1_000_000 + random.nextInt(1_000_000);
            if (usedMmsis.add(value)) {
                return Mmsi.of(value);
            }
        }
    }

    private ImoNumber nextImo(SplittableRandom random) {
        while (true) {
            // Ships built in the last decades carry numbers from 9,000,000 up (IMO Res. A.1117(30)).
            int six = 900_000 + random.nextInt(100_000);
            int sum = 0;
            int rest = six;
            for (int weight = 2; weight <= 7; weight++) {
                sum += (rest % 10) * weight;
                rest /= 10;
            }
            int value = six * 10 + sum % 10;
            if (usedImos.add(value)) {
                return ImoNumber.of(value);
            }
        }
    }

    private String nextCallSign(String flag, SplittableRandom random) {
        String[] prefixes = CALL_SIGN_PREFIXES.get(flag);
        while (true) {
            StringBuilder sign = new StringBuilder(prefixes[random.nextInt(prefixes.length)]);
            int length = 5 + random.nextInt(2);
            while (sign.length() < length) {
                sign.append((char) (random.nextInt(4) == 0 ? '0' + random.nextInt(10) : 'A' + random.nextInt(26)));
            }
            if (usedCallSigns.add(sign.toString())) {
                return sign.toString();
            }
        }
    }

    private static String name(VesselCategory category, boolean maghreb, SplittableRandom random) {
        String base;
        if (category == VesselCategory.FISHING || category == VesselCategory.PLEASURE) {
            base = maghreb
                    ? NAME_MAGHREB[random.nextInt(NAME_MAGHREB.length)]
                    : NAME_LATIN[random.nextInt(NAME_LATIN.length)];
        } else if (maghreb && random.nextBoolean()) {
            base = NAME_MAGHREB[random.nextInt(NAME_MAGHREB.length)];
        } else {
            base = NAME_FIRST[random.nextInt(NAME_FIRST.length)] + " "
                    + NAME_SECOND[random.nextInt(NAME_SECOND.length)];
        }
        String suffix = random.nextInt(3) == 0 ? "" : " " + (1 + random.nextInt(29));
        String name = base + suffix;
        return name.length() > 20 ? name.substring(0, 20).strip() : name;
    }

    private static String pick(String[] values, int[] weights, SplittableRandom random) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    /** Type code and size of a category; sizes spread over the ranges such fleets show. */
    private record Shape(int shipType, int length, int beam, boolean hasImo) {
        static Shape of(VesselCategory category, SplittableRandom r) {
            return switch (category) {
                case THROUGH_CARGO -> {
                    int length = 120 + r.nextInt(280);
                    yield new Shape(70 + r.nextInt(5), length, Math.max(16, length / 7), true);
                }
                case THROUGH_TANKER, ANCHORED_TANKER -> {
                    int length = 100 + r.nextInt(230);
                    yield new Shape(80 + r.nextInt(5), length, Math.max(16, length / 6), true);
                }
                case PORT_CALL -> {
                    int length = 90 + r.nextInt(110);
                    yield new Shape(70 + r.nextInt(3), length, Math.max(14, length / 7), true);
                }
                case FERRY -> {
                    int length = 140 + r.nextInt(80);
                    yield new Shape(60 + r.nextInt(10), length, Math.max(20, length / 7), true);
                }
                case FISHING -> {
                    int length = 10 + r.nextInt(30);
                    yield new Shape(30, length, Math.max(3, length / 4), false);
                }
                case PLEASURE -> {
                    int length = 8 + r.nextInt(16);
                    yield new Shape(36 + r.nextInt(2), length, Math.max(3, length / 3), false);
                }
                case SCENARIO -> {
                    int length = 60 + r.nextInt(140);
                    yield new Shape(70, length, Math.max(10, length / 7), true);
                }
            };
        }
    }
}
