package io.jisr.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.app.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayCommandTest {

    record Run(int exitCode, String stderr) {}

    static Run jisr(String... args) {
        StringWriter err = new StringWriter();
        var cli = Main.commandLine(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), false);
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        return new Run(cli.execute(args), err.toString());
    }

    @Test
    void replay_fileToTcpReceiver_sendsEveryLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("two.nmea");
        Files.writeString(
                file,
                "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A\n!AIVDM,1,1,,B,16SteH0P00Jt63hHaa6SagvJ087r,0*42\n");
        try (ServerSocket receiver = new ServerSocket(0)) {
            CompletableFuture<String> received = CompletableFuture.supplyAsync(() -> {
                try (Socket s = receiver.accept();
                        InputStream in = s.getInputStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });

            Run run = jisr("replay", file.toString(), "--to", "tcp://127.0.0.1:" + receiver.getLocalPort());

            assertThat(run.exitCode()).isZero();
            assertThat(received.get().lines().toList())
                    .containsExactly(
                            "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A",
                            "!AIVDM,1,1,,B,16SteH0P00Jt63hHaa6SagvJ087r,0*42");
            assertThat(run.stderr()).startsWith("jisr replay: sent 2 lines");
        }
    }

    @Test
    void replay_missingFile_failsWithItsName(@TempDir Path dir) {
        Run run = jisr("replay", dir.resolve("none.nmea").toString(), "--to", "tcp://127.0.0.1:9");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).startsWith("jisr replay: no such file: " + dir.resolve("none.nmea"));
    }

    @Test
    void replay_negativeSpeed_isRefused(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("one.nmea"), "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A\n");

        Run run = jisr("replay", file.toString(), "--to", "tcp://127.0.0.1:9", "--speed", "-2");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).startsWith("jisr replay: --speed must be 0 or positive, was -2.0");
    }
}
