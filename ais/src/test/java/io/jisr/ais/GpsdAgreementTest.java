package io.jisr.ais;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.ais.GpsdComparison.FieldResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SequencedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Measures how often Jisr and gpsd 3.22 decode the recorded corpus to the same values, field by
 * field, and fails when fewer than {@value #REQUIRED_AGREEMENT} of the compared messages agree on
 * every common field. Method, rules and the last measured result: {@code docs/gpsd-agreement.md}.
 *
 * <p>The full report (per file, per message type, per disagreement class with examples, per rule) is
 * printed and written to {@code target/gpsd-agreement.md}.
 */
class GpsdAgreementTest {
    /*
     * Implementation note: gpsd's fixtures (src/test/resources/gpsd-json, see its README) hold one
     * JSON object per decoded message in input order. Per file, Jisr's messages and gpsd's AIS
     * objects are aligned by (type, MMSI) with SequenceAlignment, since each decoder drops input the
     * other accepts; only aligned pairs are compared, and the unpaired ones are reported by type so
     * that a decoder dropping good messages shows up even though it cannot lower the agreement rate.
     */

    /** The share of compared messages that must agree on every common field. */
    static final double REQUIRED_AGREEMENT = 0.999;

    /**
     * The share of gpsd's AIS objects that must find a Jisr partner, so that the rate above is
     * measured on nearly the whole corpus and a broken alignment cannot make the test pass vacuously.
     */
    static final double REQUIRED_PAIRED_SHARE = 0.99;

    private static final int EXAMPLES = 3;

    /** The whole corpus agrees with gpsd on at least the required share of messages. */
    @Test
    void agreement_wholeCorpus_meetsRequiredShare() throws IOException {
        Measurement m = new Measurement();
        for (String file : Corpus.dataFiles()) {
            m.measure(file);
        }
        String report = m.report();
        System.out.println(report);
        Path out = Path.of("target", "gpsd-agreement.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        Files.write(out.resolveSibling("gpsd-unpaired.tsv"), m.unpairedLines, StandardCharsets.UTF_8);

        assertThat(m.total.paired)
                .as("gpsd objects paired with a Jisr message (of %d)", m.total.gpsd)
                .isGreaterThanOrEqualTo((long) Math.ceil(REQUIRED_PAIRED_SHARE * m.total.gpsd));
        assertThat(m.total.agreementRate())
                .as("share of compared messages agreeing on every common field; see target/gpsd-agreement.md")
                .isGreaterThanOrEqualTo(REQUIRED_AGREEMENT);
    }

    /** Reads gpsd's fixture for a corpus file: its AIS objects, in order. */
    static List<GpsdJson.Message> gpsdMessages(String file) {
        String resource = "/gpsd-json/" + file + ".json";
        try (InputStream in = GpsdAgreementTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no gpsd fixture " + resource + "; see gpsd-json/README.md");
            }
            List<GpsdJson.Message> out = new ArrayList<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(GpsdJson::parse)
                    .filter(java.util.Objects::nonNull)
                    .forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-sentence VDM/VDO: payload and fill bits, which give the payload's length. */
    private static final Pattern SINGLE_SENTENCE =
            Pattern.compile("[A-Z=-]{2}VD[MO],1,1,[^,]*,[^,]*,([^,*]*),([0-5])\\*");

    /**
     * Returns the payload length in bits of a message carried by one sentence, read from the line that
     * completed it; -1 for a message of several sentences or a line with more than one sentence.
     */
    static int payloadBits(List<String> lines, Decoded.Message m) {
        if (m.reception().sentences() != 1) {
            return -1;
        }
        Matcher s = SINGLE_SENTENCE.matcher(lines.get((int) m.reception().lineNumber() - 1));
        if (!s.find()) {
            return -1;
        }
        int bits = 6 * s.group(1).length() - Integer.parseInt(s.group(2));
        return s.find() ? -1 : bits;
    }

    /** The alignment key of a message: gpsd and Jisr agree on it whenever they decode the same message. */
    record Key(int type, int mmsi) {}

    /** Message counts of a file, a type or the whole corpus. */
    static final class Counts {
        long ours;
        long gpsd;
        long paired;
        long agreeing;
        long explained;
        long oursOnly;
        long gpsdOnly;

        double agreementRate() {
            return paired == 0 ? 1.0 : (double) agreeing / paired;
        }
    }

    /** Counts and examples of one class of difference. */
    static final class Tally {
        long count;
        final List<String> examples = new ArrayList<>();

        void add(String example) {
            count++;
            if (examples.size() < EXAMPLES) {
                examples.add(example);
            }
        }
    }

    /** Everything measured over the corpus, and the report of it. */
    static final class Measurement {
        final Counts total = new Counts();
        final Map<String, Counts> byFile = new TreeMap<>();
        final Map<Integer, Counts> byType = new TreeMap<>();
        final Map<Integer, TreeSet<String>> commonFields = new TreeMap<>();
        final Map<String, long[]> byField = new TreeMap<>();
        final Map<String, Tally> disagreements = new TreeMap<>();
        final Map<AgreementRule, Tally> explained = new TreeMap<>();
        final Map<String, Tally> unpaired = new TreeMap<>();
        /** Every unpaired message, one per line: side, type, file, Jisr's input line or gpsd's JSON. */
        final List<String> unpairedLines = new ArrayList<>();

        void measure(String file) {
            List<String> lines = Corpus.lines(file);
            List<Decoded.Message> ours = AisDecoder.decodeAll(Corpus.options(), lines).stream()
                    .filter(Decoded.Message.class::isInstance)
                    .map(Decoded.Message.class::cast)
                    .toList();
            List<GpsdJson.Message> gpsd = gpsdMessages(file);
            SequenceAlignment.Result alignment = SequenceAlignment.align(
                    ours.stream()
                            .map(m -> new Key(
                                    m.message().messageType(),
                                    m.message().mmsi().value()))
                            .toList(),
                    gpsd.stream().map(g -> new Key(g.type(), g.mmsi())).toList(),
                    (i, j) -> disagreeingFields(lines, ours.get(i), gpsd.get(j)));
            Counts fileCounts = byFile.computeIfAbsent(file, f -> new Counts());
            for (Counts c : List.of(fileCounts, total)) {
                c.ours += ours.size();
                c.gpsd += gpsd.size();
                c.oursOnly += alignment.leftOnly().size();
                c.gpsdOnly += alignment.rightOnly().size();
            }
            for (Decoded.Message m : ours) {
                byType(m.message().messageType()).ours++;
            }
            for (GpsdJson.Message g : gpsd) {
                byType(g.type()).gpsd++;
            }
            for (int i : alignment.leftOnly()) {
                Decoded.Message m = ours.get(i);
                byType(m.message().messageType()).oursOnly++;
                unpaired.computeIfAbsent(
                                String.format("Jisr only, type %2d", m.message().messageType()), k -> new Tally())
                        .add(where(file, lines, m));
                unpairedLines.add("jisr\t" + m.message().messageType() + "\t" + file + ":"
                        + m.reception().lineNumber() + "\t"
                        + lines.get((int) m.reception().lineNumber() - 1));
            }
            for (int j : alignment.rightOnly()) {
                GpsdJson.Message g = gpsd.get(j);
                byType(g.type()).gpsdOnly++;
                unpaired.computeIfAbsent(String.format("gpsd only, type %2d", g.type()), k -> new Tally())
                        .add("`" + file + "`: `" + shorten(g.json(), 160) + "`");
                unpairedLines.add("gpsd\t" + g.type() + "\t" + file + "\t" + g.json());
            }
            for (int[] pair : alignment.pairs()) {
                comparePair(file, lines, ours.get(pair[0]), gpsd.get(pair[1]), fileCounts);
            }
        }

        /** The number of fields on which a pairing disagrees: the alignment's tie-break. */
        private static int disagreeingFields(List<String> lines, Decoded.Message ours, GpsdJson.Message gpsd) {
            return (int) GpsdComparison.compare(
                            ours.message().messageType(),
                            FlatFieldSink.of(ours.message()),
                            gpsd,
                            payloadBits(lines, ours))
                    .stream()
                    .filter(r -> r.outcome() == GpsdComparison.Outcome.DISAGREE)
                    .count();
        }

        private void comparePair(
                String file, List<String> lines, Decoded.Message ours, GpsdJson.Message gpsd, Counts fileCounts) {
            int type = ours.message().messageType();
            SequencedMap<String, FieldValue> fields = FlatFieldSink.of(ours.message());
            List<FieldResult> results = GpsdComparison.compare(type, fields, gpsd, payloadBits(lines, ours));
            boolean agrees = true;
            boolean anyExplained = false;
            TreeSet<String> common = commonFields.computeIfAbsent(type, t -> new TreeSet<>());
            for (FieldResult r : results) {
                common.add(r.field());
                long[] f = byField.computeIfAbsent(String.format("%2d %s", type, r.field()), k -> new long[3]);
                f[0]++;
                String example = where(file, lines, ours) + " — Jisr " + r.ours() + ", gpsd " + r.gpsd();
                switch (r.outcome()) {
                    case AGREE -> {}
                    case DISAGREE -> {
                        agrees = false;
                        f[1]++;
                        disagreements
                                .computeIfAbsent(
                                        String.format("type %2d · %s · %s", type, r.field(), r.kind()),
                                        k -> new Tally())
                                .add(example);
                    }
                    case EXPLAINED -> {
                        anyExplained = true;
                        f[2]++;
                        explained.computeIfAbsent(r.rule(), k -> new Tally()).add(example);
                    }
                }
            }
            for (Counts c : List.of(fileCounts, total, byType(type))) {
                c.paired++;
                if (agrees) {
                    c.agreeing++;
                    if (anyExplained) {
                        c.explained++;
                    }
                }
            }
        }

        private Counts byType(int type) {
            return byType.computeIfAbsent(type, t -> new Counts());
        }

        private static String where(String file, List<String> lines, Decoded.Message m) {
            long n = m.reception().lineNumber();
            return "`" + file + ":" + n + "` `" + shorten(lines.get((int) n - 1), 100) + "`";
        }

        private static String shorten(String s, int max) {
            String t = s.strip().replace("`", "'");
            return t.length() <= max ? t : t.substring(0, max) + "…";
        }

        /** Returns the report in Markdown. */
        String report() {
            StringBuilder b = new StringBuilder();
            b.append("# Jisr vs gpsd 3.22 agreement on the recorded corpus\n\n");
            b.append("Generated by GpsdAgreementTest; method and rules in docs/gpsd-agreement.md. Examples give"
                    + " file:line and the input line (backticks in it shown as '); every unpaired message is listed"
                    + " in target/gpsd-unpaired.tsv.\n\n");
            b.append(String.format(
                    Locale.ROOT,
                    "Agreement: **%d of %d** compared messages agree on every common field = **%.4f%%**"
                            + " (required %.1f%%); %d of those agree only thanks to a rule.%n%n",
                    total.agreeing,
                    total.paired,
                    100 * total.agreementRate(),
                    100 * REQUIRED_AGREEMENT,
                    total.explained));
            b.append(String.format(
                    Locale.ROOT,
                    "Jisr messages: %d; gpsd AIS objects: %d; paired: %d (%.2f%% of gpsd's); Jisr only: %d;"
                            + " gpsd only: %d.%n%n",
                    total.ours,
                    total.gpsd,
                    total.paired,
                    total.gpsd == 0 ? 0.0 : 100.0 * total.paired / total.gpsd,
                    total.oursOnly,
                    total.gpsdOnly));

            b.append("## Per file\n\n| file | Jisr | gpsd | paired | Jisr only | gpsd only | agree | disagree |"
                    + " agreement |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            byFile.forEach((file, c) -> b.append(row(file, c)));
            b.append(row("**total**", total)).append('\n');

            b.append("## Per message type\n\n| type | Jisr | gpsd | paired | Jisr only | gpsd only | agree |"
                    + " disagree | agreement | common fields |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
            byType.forEach((type, c) -> b.append(String.format(
                    Locale.ROOT,
                    "| %d | %d | %d | %d | %d | %d | %d | %d | %.4f%% | %s |%n",
                    type,
                    c.ours,
                    c.gpsd,
                    c.paired,
                    c.oursOnly,
                    c.gpsdOnly,
                    c.agreeing,
                    c.paired - c.agreeing,
                    100 * c.agreementRate(),
                    String.join(", ", commonFields.getOrDefault(type, new TreeSet<>())))));
            b.append('\n');

            b.append("## Per field (compared / disagree / explained)\n\n| type | field | compared | disagree |"
                    + " explained |\n|---:|---|---:|---:|---:|\n");
            byField.forEach((key, f) -> b.append(String.format(
                    "| %s | %s | %d | %d | %d |%n", key.substring(0, 2).strip(), key.substring(3), f[0], f[1], f[2])));
            b.append('\n');

            b.append("## Disagreement classes\n\n");
            if (disagreements.isEmpty()) {
                b.append("None.\n\n");
            }
            disagreements.forEach((cls, t) -> appendTally(b, cls, t));

            b.append("## Explained by rule\n\n");
            for (AgreementRule rule : AgreementRule.values()) {
                Tally t = explained.getOrDefault(rule, new Tally());
                b.append(String.format("### %s — %d fields%n%n", rule.name(), t.count));
                b.append("- fields: ")
                        .append(rule.fields())
                        .append("\n- condition: ")
                        .append(rule.condition())
                        .append("\n- why: ")
                        .append(rule.reason())
                        .append('\n');
                t.examples.forEach(e -> b.append("- e.g. ").append(e).append('\n'));
                b.append('\n');
            }

            b.append("## Unpaired messages\n\n");
            if (unpaired.isEmpty()) {
                b.append("None.\n\n");
            }
            unpaired.forEach((cls, t) -> appendTally(b, cls, t));
            return b.toString();
        }

        private static void appendTally(StringBuilder b, String title, Tally t) {
            b.append(String.format("### %s — %d%n%n", title, t.count));
            t.examples.forEach(e -> b.append("- ").append(e).append('\n'));
            b.append('\n');
        }

        private static String row(String name, Counts c) {
            return String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %d | %d | %d | %d | %d | %.4f%% |%n",
                    name,
                    c.ours,
                    c.gpsd,
                    c.paired,
                    c.oursOnly,
                    c.gpsdOnly,
                    c.agreeing,
                    c.paired - c.agreeing,
                    100 * c.agreementRate());
        }
    }
}
