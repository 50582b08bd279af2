package io.jisr.app.federation;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.exchange.DataCategory;
import io.jisr.exchange.GeoPoint;
import io.jisr.exchange.Nation;
import io.jisr.exchange.NodeId;
import io.jisr.exchange.ReleasabilityMarking;
import io.jisr.exchange.agreement.AgreementId;
import io.jisr.exchange.agreement.Grading;
import io.jisr.exchange.log.Batch;
import io.jisr.exchange.log.BatchFormat;
import io.jisr.exchange.log.Cursor;
import io.jisr.exchange.log.LogEntry;
import io.jisr.exchange.record.HandlingTerms;
import io.jisr.exchange.record.Origin;
import io.jisr.exchange.record.ReleaseGrant;
import io.jisr.exchange.record.ShareableRecord;
import io.jisr.exchange.record.Subject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The batch reader on hostile and on random text: it never throws, it refuses exactly as the tree
 * reader (the format's reference) refuses, and it reads what the writer wrote back to the same batch,
 * storing what {@link BatchJson#writeRecord} writes.
 */
class BatchJsonFuzzTest {
    static final List<Nation> NATIONS = List.of("DZA", "USA", "FRA", "ITA", "ESP", "TUN", "MAR", "GBR").stream()
            .map(Nation::of)
            .toList();

    /** Pieces a mutation inserts: JSON punctuation, kinds of value, unknown fields, bombs. */
    static final List<String> PIECES = List.of(
            "{",
            "}",
            "[",
            "]",
            ",",
            ":",
            "\"",
            "\\",
            "\\u00",
            "null",
            "true",
            "1",
            "-0",
            "1.5e308",
            "1e999999",
            "123456789012345678901234567890",
            "9".repeat(1200),
            "NaN",
            "\"x\"",
            "{}",
            "[]",
            "\"unknown\":1,",
            "\"extra\":{\"x\":[1,\"s\",2.5e-3,null,true,{\"y\":123456789012345678901234567890}]},",
            "\"extra\":\"" + "x".repeat(300) + "\",",
            "\"key\":\"dup\",",
            "\"sequence\":7,",
            "\"critical\":[\"records.handling.embargoUntil\"],",
            "\"critical\":[\"records.key\"],",
            "\"critical\":\"records.key\",",
            "[".repeat(1500),
            "{\"a\":".repeat(1200),
            "\u0000",
            "\ud800",
            "é",
            " \n\t");

    /** Characters a mutation puts in place of one. */
    static final String CHARS = " \"{}[],:0-9.eE\\atnfulx\u0001";

    @Property(tries = 400)
    void read_mutatedBatch_neverThrows_andDecidesAsTheTreeReader(
            @ForAll("batches") Batch batch, @ForAll("seeds") long seed) {
        String text = mutate(BatchJson.write(batch), new Random(seed));

        BatchJson.Read read = BatchJson.read(text);
        BatchJson.Read tree = BatchJson.readTree(text);

        Statistics.collect(
                tree instanceof BatchJson.Read.Accepted a
                        ? (a.ignored().isEmpty() ? "accepted" : "accepted, fields ignored")
                        : "refused");
        switch (tree) {
            case BatchJson.Read.Refused refused -> assertThat(read).as(text).isEqualTo(refused);
            case BatchJson.Read.Accepted accepted -> {
                assertThat(read).as(text).isInstanceOf(BatchJson.Read.Accepted.class);
                BatchJson.Read.Accepted streamed = (BatchJson.Read.Accepted) read;
                assertThat(streamed.batch()).as(text).isEqualTo(accepted.batch());
                assertThat(streamed.ignored()).as(text).isEqualTo(accepted.ignored());
                List<ShareableRecord> records = accepted.batch().entries().stream()
                        .map(LogEntry::record)
                        .toList();
                assertThat(streamed.storedForms().stream()
                                .map(BatchJson::readRecord)
                                .toList())
                        .as(text)
                        .isEqualTo(records);
            }
        }
    }

    @Property(tries = 200)
    void read_writtenBatch_isTheSameBatch_storingWhatWriteRecordWrites(@ForAll("batches") Batch batch) {
        BatchJson.Read read = BatchJson.read(BatchJson.write(batch));

        assertThat(read)
                .isEqualTo(new BatchJson.Read.Accepted(
                        batch,
                        Set.of(),
                        batch.entries().stream()
                                .map(e -> BatchJson.writeRecord(e.record()))
                                .toList()));
    }

    @Property(tries = 300)
    void read_anyDecimalLatitude_isTheTreeReadersDouble(
            @ForAll("digits") String whole, @ForAll("digits") String fraction, @ForAll("exponents") String exponent) {
        String latitude = whole.substring(0, Math.min(whole.length(), 2)) + "." + fraction + exponent;
        String text = BatchJsonTest.WIRE.replace("\"latitude\":36.8", "\"latitude\":" + latitude);

        assertThat(BatchJson.read(text)).as(text).satisfies(read -> {
            BatchJson.Read tree = BatchJson.readTree(text);
            if (tree instanceof BatchJson.Read.Accepted accepted) {
                assertThat(((BatchJson.Read.Accepted) read).batch()).isEqualTo(accepted.batch());
            } else {
                assertThat(read).isEqualTo(tree);
            }
        });
    }

    @Provide
    Arbitrary<String> digits() {
        return Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(40);
    }

    @Provide
    Arbitrary<String> exponents() {
        return Arbitraries.of("", "e0", "e-1", "E+1", "e-5", "e-320", "e-330", "e-400", "e1", "e2");
    }

    static String mutate(String text, Random random) {
        StringBuilder s = new StringBuilder(text);
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations && !s.isEmpty(); m++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(7)) {
                case 0 -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(8)));
                case 1 -> s.insert(at, PIECES.get(random.nextInt(PIECES.size())));
                case 2 -> s.setCharAt(at, CHARS.charAt(random.nextInt(CHARS.length())));
                case 3 -> s.setLength(at);
                case 4 -> swapValue(s, at, random);
                case 5 -> duplicateMember(s, at);
                default -> {
                    // After a colon: a value replaced by another piece (a bomb, a huge number, another kind).
                    int colon = s.indexOf(":", at);
                    if (colon >= 0) {
                        s.insert(colon + 1, PIECES.get(random.nextInt(PIECES.size())));
                    }
                }
            }
        }
        return s.toString();
    }

    /** Replaces the value after a colon by one of another kind. */
    static void swapValue(StringBuilder s, int at, Random random) {
        int colon = s.indexOf(":", at);
        if (colon < 0) {
            return;
        }
        int end = colon + 1;
        if (end < s.length() && s.charAt(end) == '"') {
            end = s.indexOf("\"", end + 1) + 1;
        } else {
            while (end < s.length() && ",}]".indexOf(s.charAt(end)) < 0) {
                end++;
            }
        }
        if (end <= colon) {
            return;
        }
        String[] kinds = {"\"7\"", "7", "7.5", "true", "null", "[]", "{}", "-1", "\"\""};
        s.replace(colon + 1, end, kinds[random.nextInt(kinds.length)]);
    }

    /** Repeats the member that starts after the next quote at or after {@code at}. */
    static void duplicateMember(StringBuilder s, int at) {
        int open = s.indexOf(",\"", at);
        if (open < 0) {
            return;
        }
        int next = s.indexOf(",\"", open + 2);
        if (next < 0) {
            return;
        }
        s.insert(open, s.substring(open, next));
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Provide
    Arbitrary<Batch> batches() {
        return records().list().ofMaxSize(6).map(records -> {
            List<LogEntry> entries = new ArrayList<>();
            long sequence = 1000;
            for (ShareableRecord r : records) {
                sequence += 1 + Math.floorMod(r.key().hashCode(), 5);
                entries.add(new LogEntry(sequence, r));
            }
            return new Batch(
                    BatchFormat.VERSION,
                    BatchJsonTest.DZA,
                    Cursor.at(1000),
                    Cursor.at(sequence + Math.floorMod(records.size(), 2)),
                    entries);
        });
    }

    static Arbitrary<ShareableRecord> records() {
        Arbitrary<String> anyText = Arbitraries.strings().all().ofMaxLength(12);
        Arbitrary<Instant> times = Combinators.combine(
                        Arbitraries.longs().between(0, 4_000_000_000L),
                        Arbitraries.oneOf(
                                Arbitraries.just(0), Arbitraries.integers().between(0, 999_999_999)))
                .as(Instant::ofEpochSecond);
        Arbitrary<Optional<GeoPoint>> positions = Combinators.combine(
                        Arbitraries.doubles().between(-90, 90),
                        Arbitraries.doubles().between(-180, 180))
                .as(GeoPoint::of)
                .optional();
        Arbitrary<TreeMap<String, String>> contents = Arbitraries.maps(
                        Arbitraries.strings()
                                .withCharRange('a', 'z')
                                .withChars("_.-0")
                                .ofMinLength(1)
                                .ofMaxLength(10)
                                .filter(n -> Character.isLetter(n.charAt(0))),
                        anyText)
                .ofMaxSize(4)
                .map(TreeMap::new);
        Arbitrary<HandlingTerms> handling = Combinators.combine(
                        Arbitraries.of(NATIONS).set().ofMinSize(1).ofMaxSize(3),
                        Arbitraries.longs().between(0, 100_000_000),
                        Arbitraries.of(NATIONS).set().ofMaxSize(2),
                        Arbitraries.integers().between(1, 5),
                        Arbitraries.of("A1", "A2", "annex-3"))
                .as((marking, seconds, onward, version, annex) -> new HandlingTerms(
                        new ReleasabilityMarking(new LinkedHashSet<>(marking)),
                        Duration.ofSeconds(seconds),
                        onward,
                        new ReleaseGrant(AgreementId.of("dza-usa-maritime"), version, annex)));
        Arbitrary<Subject> vessels = Combinators.combine(
                        Arbitraries.integers().between(100_000_000, 999_999_999).optional(),
                        Arbitraries.integers().between(1, 99).optional(),
                        Arbitraries.of(NATIONS).optional(),
                        Arbitraries.of(true, false))
                .as(Subject.Vessel::new);
        Arbitrary<Subject> incidents = Combinators.combine(
                        Arbitraries.of("piracy", "smuggling", "pollution"), Arbitraries.of("A1", "B2", "F6"))
                .as((type, grading) -> new Subject.Incident(type, Grading.parse(grading)));
        Arbitrary<DataCategory> categories = Arbitraries.of(DataCategory.BUILT_IN);
        return Combinators.combine(
                        Arbitraries.strings().all().ofMinLength(1).ofMaxLength(30),
                        categories,
                        anyText,
                        times,
                        positions,
                        Combinators.combine(vessels, incidents).as(List::of),
                        contents,
                        handling)
                .as((key, category, sensor, time, position, subjects, content, terms) -> new ShareableRecord(
                        key,
                        category,
                        new Origin(Nation.of("DZA"), NodeId.of("dza-1"), sensor),
                        time,
                        position,
                        switch (category.subjectKind()) {
                            case VESSEL -> subjects.get(0);
                            case INCIDENT -> subjects.get(1);
                            case NONE -> new Subject.None();
                        },
                        content,
                        Optional.of(terms),
                        Optional.empty()));
    }
}
