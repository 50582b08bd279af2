package io.jisr.incident;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Report fixtures and jqwik generators for the tests of every package. */
public final class Reports {
    private Reports() {}

    public static final CountryCode DZA = CountryCode.of("DZA");
    public static final CountryCode MLI = CountryCode.of("MLI");
    public static final CountryCode NER = CountryCode.of("NER");
    public static final CountryCode USA = CountryCode.of("USA");

    /** A plain report: an IED near Tinzaouaten, graded B2, releasable to DZA and USA. */
    public static IncidentReport ied() {
        return new IncidentReport(
                EventDate.onDay(LocalDate.of(2025, 3, 14)),
                new IncidentLocation("Tinzaouaten", "Kidal", "Abeibara", MLI, 19.94, 2.94, GeoPrecision.NEAR),
                SubEventType.IED,
                List.of("JNIM", "Military Forces of Mali"),
                new Casualties(Count.of(3), Count.UNKNOWN, Count.of(0)),
                "A patrol struck an IED, \"two vehicles\" destroyed,\nsecond paragraph.",
                List.of("Partner liaison cable", "Regional radio"),
                Grading.parse("B2"),
                DZA,
                Releasability.relTo(DZA, USA),
                "");
    }

    /** Any text a person might paste: letters of several scripts, punctuation, quotes, commas, line breaks. */
    public static Arbitrary<String> hostileText(int maxLength) {
        return Arbitraries.strings()
                .withChars("aZé ,\"';\n\r\t\\<>&/")
                .withCharRange('؀', 'ۿ')
                .withCharRange('\u0000', '\u001f')
                .ofMaxLength(maxLength);
    }

    private static Arbitrary<String> name() {
        return Arbitraries.strings()
                .withChars("abcXYZ éà-'\"(),.")
                .withCharRange('ء', 'ي')
                .ofMinLength(1)
                .ofMaxLength(40)
                .filter(s -> !s.isBlank());
    }

    private static Arbitrary<Count> count() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Count.UNKNOWN)),
                net.jqwik.api.Tuple.of(
                        4, Arbitraries.integers().between(0, 5000).map(Count::of)));
    }

    private static Arbitrary<CountryCode> country() {
        return Arbitraries.of("DZA", "MLI", "NER", "USA", "BFA", "LBY", "FRA", "CIV")
                .map(CountryCode::of);
    }

    private static Arbitrary<IncidentLocation> location() {
        return Combinators.combine(
                        name(),
                        name().injectNull(0.3),
                        country(),
                        Arbitraries.doubles().between(-90, 90).ofScale(6),
                        Arbitraries.doubles().between(-180, 180).ofScale(6),
                        Arbitraries.of(GeoPrecision.class))
                .as((place, admin, c, lat, lon, p) ->
                        new IncidentLocation(place, admin == null ? "" : admin, "", c, lat, lon, p));
    }

    private static Arbitrary<EventDate> date() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 14_000).map(d -> EventDate.EARLIEST.plusDays(d)),
                        Arbitraries.of(TimePrecision.class))
                .as(EventDate::new);
    }

    /** Any valid report, with hostile texts in every free-text field. */
    public static Arbitrary<IncidentReport> any() {
        Arbitrary<List<String>> actors = name().map(s -> s.replace(";", ""))
                .filter(s -> !s.isBlank())
                .list()
                .ofMaxSize(4);
        Arbitrary<List<String>> sources = name().map(s -> s.replace(";", ""))
                .filter(s -> !s.isBlank())
                .list()
                .ofMinSize(1)
                .ofMaxSize(3);
        Arbitrary<Casualties> casualties =
                Combinators.combine(count(), count(), count()).as(Casualties::new);
        Arbitrary<Grading> grading = Combinators.combine(
                        Arbitraries.of(SourceReliability.class), Arbitraries.of(InformationCredibility.class))
                .as(Grading::new);
        Arbitrary<Releasability> marking =
                country().set().ofMaxSize(3).map(s -> new Releasability(new java.util.TreeSet<>(s)));
        return Combinators.combine(
                        date(),
                        location(),
                        Arbitraries.of(SubEventType.class),
                        actors,
                        casualties,
                        hostileText(200),
                        sources,
                        Combinators.combine(grading, country(), marking, hostileText(50))
                                .as(List::of))
                .as((d, l, s, a, c, n, src, rest) -> new IncidentReport(
                        d,
                        l,
                        s,
                        a,
                        c,
                        n,
                        src,
                        (Grading) rest.get(0),
                        (CountryCode) rest.get(1),
                        (Releasability) rest.get(2),
                        (String) rest.get(3)));
    }
}
