package io.jisr.incident.sample;

import io.jisr.incident.Casualties;
import io.jisr.incident.Count;
import io.jisr.incident.CountryCode;
import io.jisr.incident.EventDate;
import io.jisr.incident.EventType;
import io.jisr.incident.GeoPrecision;
import io.jisr.incident.Grading;
import io.jisr.incident.Incident;
import io.jisr.incident.IncidentLocation;
import io.jisr.incident.IncidentReport;
import io.jisr.incident.Releasability;
import io.jisr.incident.SubEventType;
import io.jisr.incident.TimePrecision;
import io.jisr.incident.csv.CsvColumn;
import io.jisr.incident.csv.CsvWriter;
import io.jisr.incident.csv.IncidentCsv;
import io.jisr.incident.sample.SahelPlaces.Place;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates synthetic but plausible incident reports for the Algeria–Mali–Niger border areas and the
 * central Sahel, deterministically from a seed: the same seed and count give the same reports on every
 * JDK ({@link SplittableRandom}'s algorithm is specified). Places come from {@link SahelPlaces}; types,
 * actors, casualties, gradings and dates (2022–2025) are drawn from mixes chosen to look like an
 * analyst desk's work, not measured from any dataset. Narratives are invented sentences.
 *
 * <p>{@link #csvWithErrors} also writes a CSV file with deliberately malformed rows among the good ones
 * and says on which lines they are, for import tests.
 */
public final class SahelSample {
    /** First day of generated events. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);

    /** Last day of generated events. */
    public static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);

    private static final CountryCode DZA = CountryCode.of("DZA");
    private static final CountryCode USA = CountryCode.of("USA");
    private static final CountryCode MLI = CountryCode.of("MLI");
    private static final CountryCode NER = CountryCode.of("NER");

    private final SplittableRandom random;
    private final int totalPlaceWeight;

    private SahelSample(long seed) {
        this.random = new SplittableRandom(seed);
        this.totalPlaceWeight = SahelPlaces.ALL.stream().mapToInt(Place::weight).sum();
    }

    /** Returns {@code count} synthetic incidents, identified {@code SYN-<country>-<number>}. */
    public static List<Incident> incidents(long seed, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
        SahelSample sample = new SahelSample(seed);
        List<Incident> out = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            out.add(sample.next(i));
        }
        return out;
    }

    /** A CSV sample file: its text, the good incidents in it, and the line and expected reason of each bad row. */
    public record SampleFile(String text, List<Incident> good, List<BadRow> bad) {
        /** Copies the lists. */
        public SampleFile {
            good = List.copyOf(good);
            bad = List.copyOf(bad);
        }
    }

    /** A deliberately malformed row: the line it starts on and a phrase the import's reason must contain. */
    public record BadRow(int line, String expectedReason) {}

    /**
     * Writes {@code count} good rows and one malformed row of each kind the import must catch (bad date,
     * coordinates, vocabulary, grading, counts, countries, markings, field count, quoting, duplicate id),
     * spread through the file, as a spreadsheet would save it: UTF-8 byte order mark, CRLF line ends, and
     * quoted fields holding commas, quotes and line breaks.
     */
    public static SampleFile csvWithErrors(long seed, int count) {
        List<Incident> good = incidents(seed, count);
        List<BadRow> bad = new ArrayList<>();
        StringBuilder text = new StringBuilder("\uFEFF");
        CsvWriter writer = new CsvWriter(text);
        writer.write(IncidentCsv.header());
        List<Malformation> kinds = List.of(Malformation.values());
        int every = Math.max(1, count / (kinds.size() + 1));
        int nextBad = 0;
        for (int i = 0; i < good.size(); i++) {
            writer.write(IncidentCsv.row(good.get(i)));
            if ((i + 1) % every == 0 && nextBad < kinds.size()) {
                Malformation kind = kinds.get(nextBad++);
                int line = lineAfter(text);
                List<String> fields = new ArrayList<>(IncidentCsv.row(good.get(i)));
                fields.set(CsvColumn.EVENT_ID_CNTY.ordinal(), "SYN-BAD-" + nextBad);
                bad.add(new BadRow(line, kind.apply(fields, good.get(0).id(), text)));
            }
        }
        return new SampleFile(text.toString(), good, bad);
    }

    /** Returns the line number the next record will start on: one more than the line breaks so far. */
    private static int lineAfter(CharSequence text) {
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    /** The kinds of malformed row in the sample file; each writes its row and returns the reason expected. */
    private enum Malformation {
        IMPOSSIBLE_DATE {
            @Override
            String apply(List<String> f, String firstId, StringBuilder out) {
                return write(f, CsvColumn.EVENT_DATE, "2024-02-30", out, "event_date \"2024-02-30\" is not a date");
            }
        },
        LATITUDE_OUT_OF_RANGE {
            @Override
            String apply(List<String> f, String firstId, StringBuilder out) {
                return write(f, CsvColumn.LATITUDE, "123.5", out, "latitude must be between -90 and 90, was 123.5");
            }
        },
        UNKNOWN_SUB_EVENT_TYPE {
            @Override
            String apply(List<String> f, String firstId, StringBuilder out) {
                f.set(CsvColumn.JISR_SUB_TYPE.ordinal(), "");
                f.set(CsvColumn.JISR_TYPE.ordinal(), "");
                return write(
                        f,
                        CsvColumn.SUB_EVENT_TYPE,
                        "Camel race",
                        out,
                        "sub_event_type \"Camel race\" is not a codebook sub-event type");
            }
        },
        RELIABILITY_NOT_A_TO_F {
            @Override
            String apply(List<String> f, String firstId, StringBuilder out) {
                return write(
                        f,
                        CsvColumn.SOURCE_RELIABILITY,
                        "G",
                        out,
                        "source reliability must be a letter A to F, was \"G\"");
            }
        },
        NEGATIVE_FATALITIES {
            @Override
            String apply(List<String> f, String firstId, StringBuilder out) {
                return write(f, CsvColumn.FATALITIES, "-3", out, "fatalities \"-3\" is not a count of people");
            }
        },
        UNKNOWN_COUNTRY {
            @Override
            String apply(List<String> f, String firstId, StringBuilder out) {
                return write(f, CsvColumn.ISO3, "XXX", out, "iso3 \"XXX\" is not an ISO 3166-1 alpha-3 country code");
            }
        },
        TIME_PRECISION_OUT_OF_RANGE {
            @Override
            String apply(List<String> f, String firstId, StringBuilder out) {
                return write(
                        f,
                        CsvColumn.TIME_PRECISION,
                        "7",
                        out,
                        "time precision must be 1 (day), 2 (week) or 3 (month), was 7");
            }
        },
        MARKING_NAMES_NO_COUNTRY {
            @Override
            String apply(List<String> f, String firstId, StringBuilder out) {
                return write(f, CsvColumn.RELEASABILITY, "REL TO DZA, ZZZ", out, "releasability names \"ZZZ\"");
            }
        },
        TYPE_CONTRADICTS_CODEBOOK {
            @Override
            String apply(List<String> f, String firstId, StringBuilder out) {
                f.set(CsvColumn.EVENT_TYPE.ordinal(), "Battles");
                f.set(CsvColumn.JISR_TYPE.ordinal(), "explosion_remote_violence");
                return write(
                        f,
                        CsvColumn.JISR_SUB_TYPE,
                        "ied",
                        out,
                        "jisr_sub_type ied is filed under Explosions/Remote violence");
            }
        },
        TOO_FEW_FIELDS {
            @Override
            String apply(List<String> f, String firstId, StringBuilder out) {
                new CsvWriter(out).write(f.subList(0, f.size() - 3));
                return "the row has " + (f.size() - 3) + " fields, the header " + f.size();
            }
        },
        TEXT_AFTER_CLOSING_QUOTE {
            @Override
            String apply(List<String> f, String firstId, StringBuilder out) {
                int location = CsvColumn.LOCATION.ordinal();
                for (int i = 0; i < f.size(); i++) {
                    out.append(i == 0 ? "" : ",")
                            .append(i == location ? "\"" + f.get(i) + "\" (approx.)" : CsvWriter.quote(f.get(i)));
                }
                out.append("\r\n");
                return "unexpected text after the closing quote of field " + (location + 1);
            }
        },
        DUPLICATE_ID {
            @Override
            String apply(List<String> f, String firstId, StringBuilder out) {
                return write(
                        f,
                        CsvColumn.EVENT_ID_CNTY,
                        firstId,
                        out,
                        "event_id_cnty \"" + firstId + "\" repeats the row on line 2");
            }
        };

        abstract String apply(List<String> fields, String firstId, StringBuilder out);

        static String write(List<String> f, CsvColumn column, String value, StringBuilder out, String reason) {
            f.set(column.ordinal(), value);
            new CsvWriter(out).write(f);
            return reason;
        }
    }

    private Incident next(int number) {
        Place place = place();
        SubEventType sub = subType(place.country());
        EventDate date = date();
        GeoPrecision geo =
                pick(new GeoPrecision[] {GeoPrecision.EXACT_PLACE, GeoPrecision.NEAR, GeoPrecision.REGION}, 70, 22, 8);
        double latitude = place.latitude();
        double longitude = place.longitude();
        if (geo == GeoPrecision.NEAR) {
            // "Near" places an event within a few tens of kilometres; the coordinates stay the town's in
            // the codebook convention, so only a little rounding noise is added.
            latitude = round(latitude + (random.nextDouble() - 0.5) * 0.02);
            longitude = round(longitude + (random.nextDouble() - 0.5) * 0.02);
        }
        IncidentLocation location = new IncidentLocation(
                place.name(), place.admin1(), place.admin2(), place.country(), latitude, longitude, geo);
        List<String> actors = actors(sub, place.country());
        Casualties casualties = casualties(sub);
        CountryCode sourceNation = pick(new CountryCode[] {DZA, USA, MLI, NER}, 60, 30, 5, 5);
        Releasability releasability = pick(
                new Releasability[] {
                    Releasability.relTo(DZA, USA), Releasability.NOT_RELEASABLE, Releasability.relTo(DZA, USA, MLI, NER)
                },
                80,
                12,
                8);
        String handling = random.nextInt(10) == 0 ? "Originator controlled: ask before onward release." : "";
        IncidentReport report = new IncidentReport(
                date,
                location,
                sub,
                actors,
                casualties,
                narrative(sub, place, actors, casualties),
                sources(),
                grading(),
                sourceNation,
                releasability,
                handling);
        return new Incident(
                String.format(Locale.ROOT, "SYN-%s-%05d", place.country().alpha3(), number), 1, report);
    }

    private Place place() {
        int r = random.nextInt(totalPlaceWeight);
        for (Place p : SahelPlaces.ALL) {
            r -= p.weight();
            if (r < 0) {
                return p;
            }
        }
        throw new IllegalStateException("place weights do not add up");
    }

    private SubEventType subType(CountryCode country) {
        boolean algeria = country.equals(DZA);
        // Algeria's side of the border sees interdictions, arrests and border incidents; the other side
        // the insurgency: clashes, attacks on civilians, IEDs and kidnappings.
        EventType type = algeria
                ? pick(EventType.values(), 6, 3, 4, 4, 18, 34, 26, 2, 3)
                : pick(EventType.values(), 24, 20, 18, 12, 3, 7, 7, 4, 5);
        return switch (type) {
            case ARMED_CLASH ->
                pick(
                        new SubEventType[] {
                            SubEventType.ARMED_CLASH, SubEventType.TERRITORY_REGAINED, SubEventType.TERRITORY_TAKEN
                        },
                        85,
                        8,
                        7);
            case ATTACK_ON_CIVILIANS ->
                pick(new SubEventType[] {SubEventType.ATTACK, SubEventType.SEXUAL_VIOLENCE}, 95, 5);
            case EXPLOSION_REMOTE_VIOLENCE ->
                pick(
                        new SubEventType[] {
                            SubEventType.IED,
                            SubEventType.SUICIDE_BOMB,
                            SubEventType.SHELLING,
                            SubEventType.AIR_STRIKE,
                            SubEventType.GRENADE
                        },
                        55,
                        5,
                        15,
                        22,
                        3);
            case ABDUCTION -> pick(new SubEventType[] {SubEventType.ABDUCTION, SubEventType.KIDNAP_FOR_RANSOM}, 60, 40);
            case BORDER_INCIDENT ->
                pick(new SubEventType[] {SubEventType.BORDER_INCURSION, SubEventType.BORDER_VIOLATION}, 30, 70);
            case SMUGGLING_INTERDICTION ->
                pick(
                        new SubEventType[] {
                            SubEventType.ARMS_SEIZURE,
                            SubEventType.DRUGS_SEIZURE,
                            SubEventType.FUEL_GOODS_SEIZURE,
                            SubEventType.MIGRANT_SMUGGLING
                        },
                        25,
                        30,
                        30,
                        15);
            case ARREST -> SubEventType.ARREST;
            case DEMONSTRATION ->
                pick(
                        new SubEventType[] {
                            SubEventType.PEACEFUL_PROTEST,
                            SubEventType.PROTEST_WITH_INTERVENTION,
                            SubEventType.VIOLENT_DEMONSTRATION
                        },
                        70,
                        20,
                        10);
            case OTHER_DEVELOPMENT ->
                pick(
                        new SubEventType[] {
                            SubEventType.DISRUPTED_WEAPONS_USE,
                            SubEventType.LOOTING,
                            SubEventType.BASE_ESTABLISHED,
                            SubEventType.CHANGE_TO_GROUP
                        },
                        45,
                        30,
                        10,
                        15);
        };
    }

    private EventDate date() {
        long span = LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay() + 1;
        LocalDate day = FIRST_DAY.plusDays(random.nextLong(span));
        TimePrecision precision = pick(TimePrecision.values(), 86, 9, 5);
        if (precision == TimePrecision.MONTH) {
            // The codebook convention for a month-only date: a day inside the month; the middle is usual.
            day = day.withDayOfMonth(15);
        }
        return new EventDate(day, precision);
    }

    /** Armed groups by the country of the event, roughly where open reporting places each. */
    private static String[] armedGroups(CountryCode country) {
        return switch (country.alpha3()) {
            case "MLI" ->
                new String[] {
                    "JNIM", "Islamic State Sahel Province", "Unidentified Armed Group", "CSP-DPA", "Katiba Macina"
                };
            case "NER" -> new String[] {"Islamic State Sahel Province", "JNIM", "Unidentified Armed Group"};
            case "BFA" -> new String[] {"Ansarul Islam", "JNIM", "Islamic State Sahel Province"};
            default -> new String[] {"Unidentified Armed Group", "JNIM", "Islamic State Sahel Province"};
        };
    }

    /** Spellings an analyst might type for the same groups, so that suggestions have something to merge. */
    private static final String[] VARIANT_SPELLINGS = {
        "J.N.I.M.", "Jnim", "Islamic State - Sahel Province", "Unidentified armed group"
    };

    private List<String> actors(SubEventType sub, CountryCode country) {
        String force = stateForce(country);
        String group = random.nextInt(12) == 0
                ? VARIANT_SPELLINGS[random.nextInt(VARIANT_SPELLINGS.length)]
                : pickOne(armedGroups(country));
        String civilians = "Civilians (" + country.englishName() + ")";
        return switch (sub.type()) {
            case ARMED_CLASH -> random.nextInt(5) == 0 ? List.of(group, "Dozo militia") : List.of(force, group);
            case ATTACK_ON_CIVILIANS, ABDUCTION ->
                List.of(sub == SubEventType.KIDNAP_FOR_RANSOM ? "Criminal gang" : group, civilians);
            case EXPLOSION_REMOTE_VIOLENCE ->
                sub == SubEventType.AIR_STRIKE || sub == SubEventType.SHELLING
                        ? List.of(force, group)
                        : List.of(group, force);
            case BORDER_INCIDENT -> List.of("Unidentified Armed Group", force);
            case SMUGGLING_INTERDICTION -> List.of(force, "Smugglers");
            case ARREST -> List.of(force, random.nextBoolean() ? "Suspected " + group + " members" : "Smugglers");
            case DEMONSTRATION -> List.of("Protesters (" + country.englishName() + ")");
            case OTHER_DEVELOPMENT -> List.of(random.nextBoolean() ? force : group);
        };
    }

    private String stateForce(CountryCode country) {
        return switch (country.alpha3()) {
            case "DZA" ->
                pick(
                        new String[] {
                            "Military Forces of Algeria",
                            "Border Guards of Algeria",
                            "Customs of Algeria",
                            "Gendarmerie of Algeria"
                        },
                        40,
                        30,
                        15,
                        15);
            case "MLI" -> pick(new String[] {"Military Forces of Mali", "Gendarmerie of Mali"}, 85, 15);
            case "NER" ->
                pick(
                        new String[] {"Military Forces of Niger", "National Guard of Niger", "Gendarmerie of Niger"},
                        60,
                        25,
                        15);
            case "BFA" -> pick(new String[] {"Military Forces of Burkina Faso", "VDP militia"}, 70, 30);
            default -> "Military Forces of " + country.englishName();
        };
    }

    private Casualties casualties(SubEventType sub) {
        int killedScale = switch (sub.type()) {
            case ARMED_CLASH -> 8;
            case ATTACK_ON_CIVILIANS -> 6;
            case EXPLOSION_REMOTE_VIOLENCE -> sub == SubEventType.SUICIDE_BOMB ? 10 : 3;
            case ABDUCTION, DEMONSTRATION -> 0;
            case BORDER_INCIDENT -> 1;
            default -> 0;
        };
        Count killed = maybeUnknown(killedScale == 0 ? (random.nextInt(15) == 0 ? 1 : 0) : geometric(killedScale));
        Count wounded = maybeUnknown(killedScale == 0 ? 0 : geometric(killedScale * 1.5));
        Count kidnapped = sub.type() == EventType.ABDUCTION ? maybeUnknown(1 + geometric(2)) : Count.of(0);
        return new Casualties(killed, wounded, kidnapped);
    }

    private Count maybeUnknown(int value) {
        return random.nextInt(100) < 15 ? Count.UNKNOWN : Count.of(value);
    }

    private int geometric(double mean) {
        return (int) Math.floor(-Math.log(1 - random.nextDouble()) * mean);
    }

    private Grading grading() {
        return Grading.parse(pick(
                new String[] {"A1", "B1", "B2", "B3", "C2", "C3", "C4", "D3", "E5", "F6"},
                2,
                3,
                25,
                15,
                12,
                20,
                6,
                5,
                2,
                10));
    }

    private List<String> sources() {
        String[] all = {
            "Partner liaison cable",
            "Local security source",
            "Gendarmerie report",
            "Customs report",
            "Regional radio",
            "Open source (social media)",
            "Humanitarian contact",
            "Border post log"
        };
        List<String> out = new ArrayList<>(List.of(all[random.nextInt(all.length)]));
        if (random.nextInt(3) == 0) {
            String second = all[random.nextInt(all.length)];
            if (!out.contains(second)) {
                out.add(second);
            }
        }
        return out;
    }

    private String narrative(SubEventType sub, Place place, List<String> actors, Casualties casualties) {
        String where = place.name();
        String who = actors.getFirst();
        String killed = casualties.killed().known().isPresent()
                ? casualties.killed().orElse(0) + " killed"
                : "an unknown number of casualties";
        String text = switch (sub) {
            case ARMED_CLASH -> who + " clashed with " + actors.getLast() + " near " + where + "; " + killed + ".";
            case ATTACK ->
                "Gunmen on motorbikes attacked a village near " + where + ", burning granaries; " + killed + ".";
            case IED ->
                "A vehicle of " + actors.getLast() + " struck an IED on the road out of " + where + "; " + killed + ".";
            case KIDNAP_FOR_RANSOM ->
                "Two traders taken on the track north of " + where
                        + "; the kidnappers asked the families for a \"fine\".";
            case ABDUCTION -> "Armed men took villagers from a well near " + where + ".";
            case BORDER_VIOLATION ->
                "A convoy of pick-ups crossed the border near " + where + " without stopping at the post.";
            case BORDER_INCURSION ->
                "Armed men crossed from the other side near " + where + ", fired at the post, and withdrew.";
            case ARMS_SEIZURE ->
                "Patrol stopped two 4x4s near " + where + ": rifles, ammunition and detonators seized.";
            case DRUGS_SEIZURE -> "Cannabis resin (several hundred kg) seized from a convoy near " + where + ".";
            case FUEL_GOODS_SEIZURE ->
                "Fuel drums, food and cigarettes seized on a smuggling track near " + where + ".";
            case MIGRANT_SMUGGLING -> "Truck carrying migrants intercepted near " + where + "; drivers detained.";
            case ARREST -> who + " arrested suspects in " + where + ".";
            case AIR_STRIKE -> "Drone strike on a gathering near " + where + "; " + killed + " according to the army.";
            default -> sub.label() + " reported at " + where + ".";
        };
        int flavour = random.nextInt(20);
        if (flavour == 0) {
            // A second paragraph, as cables have: a line break inside the quoted CSV field.
            text += "\nUpdate: local sources give a different toll, \"not confirmed\".";
        } else if (flavour == 1) {
            text += " Reported by \"Radio Nord\", relayed by partners.";
        }
        return text;
    }

    private <T> T pick(T[] values, int... weights) {
        if (values.length != weights.length) {
            throw new IllegalArgumentException(values.length + " values but " + weights.length + " weights");
        }
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
        throw new IllegalStateException("weights do not add up");
    }

    private String pickOne(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static double round(double degrees) {
        return Math.round(degrees * 10_000) / 10_000.0;
    }
}
