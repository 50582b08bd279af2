package io.jisr.app.decode;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jisr.ais.AisEncoder;
import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.Dimensions;
import io.jisr.ais.message.EpfdType;
import io.jisr.ais.message.ShipType;
import io.jisr.ais.message.StaticAndVoyageData;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecodeCommandTest {
    private static final String TYPE_1_SENTENCE = "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A";
    private static final String TYPE_1_JSON = "{\"type\":1,\"repeat\":0,\"mmsi\":371798000,"
            + "\"status\":\"UNDER_WAY_USING_ENGINE\",\"turn\":null,\"turnKind\":\"FAST_LEFT\",\"speed\":12.3,"
            + "\"accuracy\":true,\"lat\":48.381633,\"lon\":-123.395383,\"course\":224.0,\"heading\":215,"
            + "\"second\":33,\"secondKind\":\"AVAILABLE\",\"maneuver\":\"NOT_AVAILABLE\",\"raim\":false,"
            + "\"radio\":34017,\"channel\":\"A\",\"talker\":\"AI\",\"sentences\":1,\"line\":1}";
    /** The two-sentence type 5 on lines 6 and 7 of gpsd's sample.aivdm. */
    private static final String TYPE_5_JSON = "{\"type\":5,\"repeat\":0,\"mmsi\":351759000,\"aisVersion\":0,"
            + "\"imo\":9134270,\"callsign\":\"3FOF8\",\"shipname\":\"EVER DIADEM\",\"shiptype\":70,"
            + "\"shiptypeText\":\"Cargo\",\"toBow\":225,\"toStern\":70,\"toPort\":1,\"toStarboard\":31,"
            + "\"epfd\":\"GPS\",\"eta\":{\"month\":5,\"day\":15,\"hour\":14,\"minute\":0},\"draught\":12.2,"
            + "\"destination\":\"NEW YORK\",\"dataTerminalReady\":true,\"channel\":\"A\",\"talker\":\"AI\",\"sentences\":2,"
            + "\"line\":7}";

    private static final String CSV_HEADER = "line,receivedAt,source,channel,type,mmsi,lat,lon,speed,course,heading,"
            + "status,shipname,callsign,imo,shiptype,destination,draught";

    @TempDir
    Path dir;

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** The sentences of a type 5 whose text fields hold JSON and CSV metacharacters. */
    private static String hostileStaticData(String name, String callSign, String destination) {
        var message = new StaticAndVoyageData(
                0,
                Mmsi.of(244123456),
                2,
                Optional.empty(),
                Optional.of(callSign),
                Optional.of(name),
                Optional.of(ShipType.of(70)),
                new Dimensions(10, 20, 3, 4),
                EpfdType.GPS,
                Optional.empty(),
                OptionalDouble.of(5.5),
                Optional.of(destination),
                true);
        return String.join("\n", AisEncoder.standard().encode(message, "A", 3)) + "\n";
    }

    @Test
    void decode_typeOneFromStdin_writesExactJsonLine() {
        CommandRun run = CommandRun.withInput(ascii(TYPE_1_SENTENCE + "\n"), "decode");

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).isEqualTo(TYPE_1_JSON + "\n");
    }

    @Test
    void decode_dashArgument_readsStdinLikeNoArgument() {
        CommandRun run = CommandRun.withInput(ascii(TYPE_1_SENTENCE), "decode", "-");

        assertThat(run.stdout()).isEqualTo(TYPE_1_JSON + "\n");
    }

    @Test
    void decode_corpusTwoPartTypeFive_writesExactJsonLine() {
        Path sample = Corpus.copy("gpsd/sample.aivdm.nmea", dir);

        CommandRun run = CommandRun.of("decode", "--types", "5", sample.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdoutLines()).hasSize(3).first().isEqualTo(TYPE_5_JSON);
    }

    @Test
    void decode_typesOption_writesOnlyThoseTypesAndCountsThem() throws IOException {
        Path sample = Corpus.copy("gpsd/sample.aivdm.nmea", dir);
        ObjectMapper json = new ObjectMapper();

        CommandRun run = CommandRun.of("decode", "-t", "1-2,3", sample.toString());

        List<Integer> types =
                run.stdoutLines().stream().map(line -> readType(json, line)).toList();
        assertThat(types).containsExactly(1, 1, 2, 3, 1);
        assertThat(run.stderrLines()).contains("  messages     101", "  written      5");
    }

    private static int readType(ObjectMapper json, String line) {
        try {
            return json.readTree(line).get("type").asInt();
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }

    @Test
    void decode_fileWithBadChecksums_printsExactSummary() {
        Path errors = Corpus.copy("gfw-ais-tools/errors.nmea", dir);

        CommandRun run = CommandRun.of("decode", errors.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdoutLines()).hasSize(3);
        List<String> summary = run.stderrLines();
        assertThat(summary.subList(0, 11))
                .containsExactly(
                        "jisr decode summary",
                        "  files        1",
                        "  lines        5",
                        "  sentences    5",
                        "  other lines  0",
                        "  messages     3",
                        "    by type    1=2 3=1",
                        "  written      3",
                        "  errors       2",
                        "    by kind    BAD_CHECKSUM=2",
                        summary.get(10));
        assertThat(summary.get(10)).matches("  elapsed      \\d+\\.\\d{3} s");
        assertThat(summary.get(11)).matches("  throughput   \\d+ lines/s");
        assertThat(summary).hasSize(12);
    }

    @Test
    void decode_errorsOption_printsEachErrorWithFileAndLine() {
        Path errors = Corpus.copy("gfw-ais-tools/errors.nmea", dir);

        CommandRun run = CommandRun.of("decode", "--errors", errors.toString());

        assertThat(run.stderrLines().subList(0, 2))
                .containsExactly(
                        errors + ":2: BAD_CHECKSUM: NMEA checksum mismatch: expected 0x77, computed 0x6D in "
                                + "\"\\s:rMT6214,t:marinetraffic,c:1699401684*4D\\!AIVDM,1,1,,A,"
                                + "33`d`fEP00PCaVFMFM?I@gvf2D=r,0*77\"",
                        errors + ":4: BAD_CHECKSUM: NMEA checksum mismatch: expected 0x6A, computed 0x64 in "
                                + "\"\\s:rMT6214,t:marinetraffic,c:1699401689*40\\!AIVDM,1,1,,A,"
                                + "133g`DP000PCJC>MEj<pdo<l0<49,0*6A\"");
        assertThat(run.stderrLines().get(2)).isEqualTo("jisr decode summary");
    }

    @Test
    void decode_errorExcerptWithControlCharacter_printsItEscaped() {
        CommandRun run = CommandRun.withInput(
                ascii("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4B\u001b[2J\n"), "decode", "-e");

        assertThat(run.stderrLines().getFirst())
                .isEqualTo("<stdin>:1: BAD_CHECKSUM: NMEA checksum mismatch: expected 0x4B, computed 0x4A in "
                        + "\"!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4B\\x1b[2J\"");
    }

    @Test
    void decode_hostileTextFields_escapesThemInJson() throws IOException {
        String sentences = hostileStaticData("A\"B\\C,=D", "-X", "=1+2");

        CommandRun run = CommandRun.withInput(ascii(sentences), "decode");

        assertThat(run.stdout())
                .isEqualTo("{\"type\":5,\"repeat\":0,\"mmsi\":244123456,\"aisVersion\":2,\"imo\":null,"
                        + "\"callsign\":\"-X\",\"shipname\":\"A\\\"B\\\\C,=D\",\"shiptype\":70,"
                        + "\"shiptypeText\":\"Cargo\",\"toBow\":10,\"toStern\":20,\"toPort\":3,\"toStarboard\":4,"
                        + "\"epfd\":\"GPS\",\"eta\":null,\"draught\":5.5,\"destination\":\"=1+2\",\"dataTerminalReady\":true,"
                        + "\"channel\":\"A\",\"talker\":\"AI\",\"sentences\":2,\"line\":2}\n");
        JsonNode parsed = new ObjectMapper().readTree(run.stdout());
        assertThat(parsed.get("shipname").asText()).isEqualTo("A\"B\\C,=D");
    }

    @Test
    void decode_hostileTagBlockSource_escapesQuoteAndControlCharacterInJson() throws IOException {
        String tagBody = "s:=1+\"q\u0007,c:1700000000";
        int checksum = tagBody.chars().reduce(0, (a, b) -> a ^ b);
        String line = "\\" + tagBody + "*" + String.format("%02X", checksum) + "\\" + TYPE_1_SENTENCE + "\n";

        CommandRun run = CommandRun.withInput(ascii(line), "decode");

        assertThat(run.stdout())
                .endsWith(",\"source\":\"=1+\\\"q\\u0007\",\"receivedAt\":\"2023-11-14T22:13:20Z\","
                        + "\"sentences\":1,\"line\":1}\n");
        assertThat(new ObjectMapper().readTree(run.stdout()).get("source").asText())
                .isEqualTo("=1+\"q\u0007");
    }

    @Test
    void decode_csvFormat_writesHeaderAndCommonColumns() {
        CommandRun run = CommandRun.withInput(ascii(TYPE_1_SENTENCE + "\n"), "decode", "--format", "csv");

        assertThat(run.stdoutLines())
                .containsExactly(
                        CSV_HEADER,
                        "1,,,A,1,371798000,48.381633,-123.395383,12.3,224.0,215,UNDER_WAY_USING_ENGINE,,,,,,");
    }

    @Test
    void decode_csvHostileText_quotesAndGuardsAgainstFormulas() {
        String sentences = hostileStaticData("A\"B\\C,=D", "-X", "=1+2") + hostileStaticData("=SUM(A1,B1)", "X", "+1");

        CommandRun run = CommandRun.withInput(ascii(sentences), "decode", "-f", "CSV");

        assertThat(run.stdoutLines())
                .containsExactly(
                        CSV_HEADER,
                        "2,,,A,5,244123456,,,,,,,\"A\"\"B\\C,=D\",'-X,,70,'=1+2,5.5",
                        "4,,,A,5,244123456,,,,,,,\"'=SUM(A1,B1)\",X,,70,'+1,5.5");
    }

    @Test
    void decode_csvHostileTagBlockSource_isGuardedAndQuoted() {
        String tagBody = "s:@A\"b";
        int checksum = tagBody.chars().reduce(0, (a, b) -> a ^ b);
        String line = "\\" + tagBody + "*" + String.format("%02X", checksum) + "\\" + TYPE_1_SENTENCE + "\n";

        CommandRun run = CommandRun.withInput(ascii(line), "decode", "-f", "csv");

        assertThat(run.stdoutLines().get(1)).startsWith("1,,\"'@A\"\"b\",A,1,371798000,");
    }

    @Test
    void decode_csvTagBlockSourceAndTime_fillsReceptionColumns() {
        Path tagged = Corpus.copy("gfw-ais-tools/errors.nmea", dir);

        CommandRun run = CommandRun.of("decode", "--format=csv", tagged.toString());

        assertThat(run.stdoutLines().get(1))
                .isEqualTo("1,2023-11-08T00:01:24Z,rMT6214,A,3,244000953,51.294395,4.292605,0.0,237.0,,MOORED,,,,,,");
    }

    @Test
    void decode_gzipFile_decodesLikeThePlainFile() throws IOException {
        Path plain = Corpus.copy("gpsd/sample.aivdm.nmea", dir);
        Path gzip = dir.resolve("sample.nmea.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzip))) {
            Files.copy(plain, out);
        }

        CommandRun fromGzip = CommandRun.of("decode", gzip.toString());
        CommandRun fromPlain = CommandRun.of("decode", plain.toString());

        assertThat(fromGzip.stdoutLines()).hasSize(101).first().isEqualTo(TYPE_1_JSON);
        assertThat(fromGzip.stdout()).isEqualTo(fromPlain.stdout());
    }

    @Test
    void decode_gzipOnStdin_isDecompressed() throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(ascii(TYPE_1_SENTENCE + "\n"));
        }

        CommandRun run = CommandRun.withInput(bytes.toByteArray(), "decode");

        assertThat(run.stdout()).isEqualTo(TYPE_1_JSON + "\n");
    }

    @Test
    void decode_multipartSplitAcrossFiles_isNotAssembled() throws IOException {
        Path first = Files.writeString(
                dir.resolve("a.nmea"),
                "!AIVDM,2,1,1,A,55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp8,0*1C\n");
        Path second = Files.writeString(dir.resolve("b.nmea"), "!AIVDM,2,2,1,A,88888888880,2*25\n");

        CommandRun run = CommandRun.of("decode", "-e", first.toString(), second.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderrLines())
                .startsWith(
                        first + ":1: INCOMPLETE_MULTIPART: multi-sentence message with 1 of 2 parts (channel A,"
                                + " sequence id 1, first seen on line 1) still incomplete at the end of the stream",
                        second + ":1: ORPHANED_PART: fragment(s) of a 2-part message without part 1 (channel A,"
                                + " sequence id 1, first seen on line 1) still incomplete at the end of the stream");
        assertThat(run.stderrLines()).contains("  files        2", "  lines        2");
    }

    @Test
    void decode_missingFile_failsWithMessageAndUsageExitCode() {
        Path missing = dir.resolve("nope.nmea");

        CommandRun run = CommandRun.of("decode", missing.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderrLines())
                .containsExactly(
                        "jisr decode: input file \"" + missing + "\" does not exist",
                        "Try 'jisr decode --help' for more information.");
    }

    @Test
    void decode_directoryArgument_failsWithMessage() {
        CommandRun run = CommandRun.of("decode", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderrLines().getFirst())
                .isEqualTo("jisr decode: input \"" + dir + "\" is a directory, not a file");
    }

    @Test
    void decode_typeOutOfRange_failsWithMessageAndUsageExitCode() {
        CommandRun run = CommandRun.of("decode", "--types", "1,28");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderrLines())
                .containsExactly(
                        "jisr decode: Invalid value for option '--types': message type 28 does not exist (AIS"
                                + " defines types 1..27); give message types 1..27 separated by commas, with ranges"
                                + " allowed, e.g. 1,2,3,18 or 1-5,18",
                        "Try 'jisr decode --help' for more information.");
    }

    @Test
    void decode_typeNotANumber_failsWithMessage() {
        CommandRun run = CommandRun.of("decode", "--types", "1,x");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderrLines().getFirst())
                .isEqualTo("jisr decode: Invalid value for option '--types': \"x\" is not a message type; give message"
                        + " types 1..27 separated by commas, with ranges allowed, e.g. 1,2,3,18 or 1-5,18");
    }

    @Test
    void decode_corruptGzip_reportsReadFailureWithoutStackTrace() throws IOException {
        Path broken = Files.write(dir.resolve("broken.gz"), new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0, 0, 3, 1});

        CommandRun run = CommandRun.of("decode", broken.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderrLines().getLast())
                .isEqualTo("jisr decode: cannot read " + broken + ": Unexpected end of ZLIB input stream");
        assertThat(run.stderr()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void jisr_commands_areDecodeServeReplaySimulateDemoDriftEnvAndKeys() {
        // Without a command, jisr runs "serve" (a node): that is tested with the node, not here.
        var cli = io.jisr.app.Main.commandLine(
                new java.io.ByteArrayInputStream(new byte[0]), new java.io.ByteArrayOutputStream(), false);

        assertThat(cli.getSubcommands().keySet())
                .containsExactly("decode", "serve", "replay", "simulate", "demo", "drift", "env", "keys");
    }
}
