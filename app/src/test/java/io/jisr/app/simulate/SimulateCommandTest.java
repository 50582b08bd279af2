package io.jisr.app.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.ais.AisDecoder;
import io.jisr.ais.AisSink;
import io.jisr.ais.DecodeError;
import io.jisr.ais.Reception;
import io.jisr.ais.message.AisMessage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimulateCommandTest {
    @TempDir
    Path dir;

    @Test
    void simulate_sameSeed_sameBytes_otherSeed_otherBytes() {
        Cli a = Cli.run("simulate", "--vessels", "200", "--duration", "10m", "--seed", "9");
        Cli b = Cli.run("simulate", "--vessels", "200", "--duration", "10m", "--seed", "9");
        Cli c = Cli.run("simulate", "--vessels", "200", "--duration", "10m", "--seed", "10");
        assertThat(a.exitCode()).as(a.stderr()).isZero();
        assertThat(a.stdout().length).isGreaterThan(10_000);
        assertThat(b.stdout()).isEqualTo(a.stdout());
        assertThat(c.stdout()).isNotEqualTo(a.stdout());
        assertThat(a.stderr()).startsWith("jisr simulate: 200 vessels (0 from the scenario), PT10M simulated: ");
    }

    @Test
    void simulate_defaultScenarioToFile_writesTruthBeside_andEveryEventsVesselsAreInTheOutput() throws Exception {
        Path out = dir.resolve("west-med.nmea");
        Cli run = Cli.run(
                "simulate", "--scenario", "default", "--vessels", "0", "--duration", "6h", "--out", out.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        List<String> truth = Files.readAllLines(dir.resolve("west-med.nmea.truth.jsonl"));
        assertThat(truth).hasSize(7);
        Set<String> types = new HashSet<>();
        Set<Integer> truthMmsis = new HashSet<>();
        Pattern type = Pattern.compile("^\\{\"type\":\"([a-z-]+)\",\"id\":\"[^\"]+\",\"mmsis\":\\[([0-9,]+)\\],"
                + "\"start\":\"[^\"]+Z\",\"end\":");
        for (String line : truth) {
            Matcher m = type.matcher(line);
            assertThat(m.find()).as(line).isTrue();
            types.add(m.group(1));
            for (String mmsi : m.group(2).split(",")) {
                truthMmsis.add(Integer.parseInt(mmsi));
            }
        }
        assertThat(types)
                .containsExactlyInAnyOrder(
                        "dark", "rendezvous", "loiter", "zone-entry", "spoof-jump", "shared-mmsi", "distress");
        Set<Integer> heard = new HashSet<>();
        List<DecodeError> errors = new ArrayList<>();
        AisDecoder decoder = new AisDecoder(new AisSink() {
            @Override
            public void message(AisMessage message, Reception reception) {
                heard.add(message.mmsi().value());
            }

            @Override
            public void error(DecodeError error) {
                errors.add(error);
            }
        });
        Files.readAllLines(out, StandardCharsets.US_ASCII).forEach(decoder::decodeLine);
        decoder.endOfStream();
        assertThat(errors).isEmpty();
        assertThat(heard).containsAll(truthMmsis);
    }

    @Test
    void simulate_toTcp_sendsTheSameLinesAsToStandardOutput() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            CompletableFuture<List<String>> received = CompletableFuture.supplyAsync(() -> {
                try (Socket s = server.accept();
                        BufferedReader in = new BufferedReader(
                                new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII))) {
                    return in.lines().toList();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            Cli run = Cli.run(
                    "simulate",
                    "--vessels",
                    "100",
                    "--duration",
                    "5m",
                    "--out",
                    "tcp://127.0.0.1:" + server.getLocalPort());
            assertThat(run.exitCode()).as(run.stderr()).isZero();
            Cli stdout = Cli.run("simulate", "--vessels", "100", "--duration", "5m");
            assertThat(received.get())
                    .isNotEmpty()
                    .isEqualTo(stdout.stdoutText().lines().toList());
        }
    }

    @Test
    void simulate_toUdp_packsLinesIntoDatagrams() throws Exception {
        try (java.net.DatagramSocket socket =
                new java.net.DatagramSocket(0, java.net.InetAddress.getLoopbackAddress())) {
            socket.setSoTimeout(5000);
            socket.setReceiveBufferSize(4 << 20);
            CompletableFuture<List<String>> received = CompletableFuture.supplyAsync(() -> {
                List<String> lines = new ArrayList<>();
                byte[] buf = new byte[2048];
                try {
                    while (true) {
                        java.net.DatagramPacket p = new java.net.DatagramPacket(buf, buf.length);
                        socket.receive(p);
                        assertThat(p.getLength()).isLessThanOrEqualTo(1400);
                        new String(p.getData(), 0, p.getLength(), StandardCharsets.US_ASCII)
                                .lines()
                                .forEach(lines::add);
                    }
                } catch (java.net.SocketTimeoutException e) {
                    return lines;
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            Cli run = Cli.run(
                    "simulate",
                    "--vessels",
                    "20",
                    "--duration",
                    "2m",
                    "--speed",
                    "60",
                    "--out",
                    "udp://127.0.0.1:" + socket.getLocalPort());
            assertThat(run.exitCode()).as(run.stderr()).isZero();
            List<String> expected = Cli.run("simulate", "--vessels", "20", "--duration", "2m")
                    .stdoutText()
                    .lines()
                    .toList();
            assertThat(received.get()).isNotEmpty().isEqualTo(expected);
        }
    }

    @Test
    void simulate_partner_writesOnlyThatPartnersReceivers() {
        Cli run = Cli.run("simulate", "--vessels", "300", "--duration", "5m", "--partner", "DZA");
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdoutText().lines().toList()).isNotEmpty().allMatch(l -> l.startsWith("\\s:DZ-"));
    }

    @Test
    void simulate_rate_sustainsTheRateAndReportsIt() throws Exception {
        Path out = dir.resolve("load.nmea");
        Cli run =
                Cli.run("simulate", "--vessels", "300", "--rate", "20000", "--duration", "2s", "--out", out.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr()).contains("jisr simulate: rate asked 20,000 lines/s, achieved ");
        long lines;
        try (var s = Files.lines(out)) {
            lines = s.count();
        }
        assertThat(lines).isBetween(36_000L, 44_000L);
        // Times keep increasing across passes over the pool.
        List<String> all = Files.readAllLines(out);
        assertThat(time(all.getLast())).isGreaterThan(time(all.getFirst()));
    }

    private static long time(String line) {
        Matcher m = Pattern.compile(",c:(\\d+)\\*").matcher(line);
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--duration|6 hours|--duration: duration \"6 hours\" is not valid; write it like 6h, 90m, 1h30m, 45s, 2d or PT6H",
                "--duration|0s|--duration: duration must be positive, was \"0s\"",
                "--vessels|-1|--vessels: must be within 0..1000000, was -1",
                "--vessels|many|--vessels: not a number: \"many\"",
                "--seed|x|--seed: not a number: \"x\"",
                "--speed|-2|--speed: must be a number within 0..1000000, was -2",
                "--rate|NaN|--rate: must be a number within 0..1000000000, was NaN",
                "--loss|0.9|--loss: must be within 0..0.5, was 0.9",
                "--start|yesterday|--start: not an ISO-8601 UTC time like 2026-11-26T00:00:00Z: \"yesterday\"",
                "--out|ftp://host:1|--out: replay target must look like tcp://host:port or udp://host:port, was \"ftp://host:1\"",
                "--out|tcp://nohost|--out: replay target must look like tcp://host:port or udp://host:port, was \"tcp://nohost\"",
                "--partner|FRA|--partner: no receiver belongs to partner [FRA]; partners are [DZA, USA]",
                "--scenario|/no/such/file.yaml|--scenario: no such file: /no/such/file.yaml",
            })
    void simulate_badOption_failsWithOneClearLine(String option, String value, String message) {
        java.util.List<String> args = new ArrayList<>(List.of("simulate", option, value));
        if (!option.equals("--vessels")) {
            args.addAll(List.of("--vessels", "1"));
        }
        if (!option.equals("--duration")) {
            args.addAll(List.of("--duration", "1m"));
        }
        Cli run = Cli.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr())
                .isEqualTo("jisr simulate: " + message + System.lineSeparator()
                        + "Try 'jisr simulate --help' for more information." + System.lineSeparator());
    }

    @Test
    void simulate_speedAndRate_areRefusedTogether() {
        Cli run = Cli.run("simulate", "--speed", "2", "--rate", "1000");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr())
                .startsWith("jisr simulate: --speed and --rate pace the output in two different ways;"
                        + " give one of them");
    }

    @Test
    void simulate_truthWithRate_isRefused() {
        Cli run = Cli.run(
                "simulate", "--rate", "1000", "--truth", dir.resolve("t.jsonl").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).startsWith("jisr simulate: --truth cannot be used with --rate");
    }

    @Test
    void simulate_scenarioWithAnEventTooLateForTheDuration_saysWhich() {
        Cli run = Cli.run("simulate", "--scenario", "default", "--vessels", "0", "--duration", "1h");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr())
                .startsWith("jisr simulate: dark event \"dark-cargo\": it ends at 2026-11-26T02:40:00Z,"
                        + " not before the simulation ends at 2026-11-26T01:00:00Z");
    }

    @Test
    void simulate_badScenarioFile_namesFileEventAndField() throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(
                file, "name: bad\nevents:\n  - type: dark\n    id: d1\n    at: 1h\n    off: 2h\n    speed: 12\n");
        Cli run = Cli.run("simulate", "--scenario", file.toString());
        assertThat(run.stderr())
                .startsWith("jisr simulate: --scenario: " + file + ": event 1 (\"d1\"): missing field" + " \"path\"");
    }
}
