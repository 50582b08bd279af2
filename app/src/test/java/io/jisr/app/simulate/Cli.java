package io.jisr.app.simulate;

import io.jisr.app.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * One in-process run of the {@code jisr} command line with captured streams.
 *
 * @param exitCode the exit status
 * @param stdout standard output
 * @param stderr standard error
 */
public record Cli(int exitCode, byte[] stdout, String stderr) {
    public static Cli run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        var cli = Main.commandLine(new ByteArrayInputStream(new byte[0]), out, false);
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        int code = cli.execute(args);
        return new Cli(code, out.toByteArray(), err.toString());
    }

    public String stdoutText() {
        return new String(stdout, StandardCharsets.UTF_8);
    }
}
