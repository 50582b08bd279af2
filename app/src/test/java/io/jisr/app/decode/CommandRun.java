package io.jisr.app.decode;

import io.jisr.app.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One in-process run of the {@code jisr} command line with captured streams.
 *
 * @param exitCode the exit status
 * @param stdout what was written to standard output
 * @param stderr what was written to standard error
 */
record CommandRun(int exitCode, String stdout, String stderr) {

    /** Runs {@code jisr} with {@code args} and empty standard input. */
    static CommandRun of(String... args) {
        return withInput(new byte[0], args);
    }

    /** Runs {@code jisr} with {@code args}, reading {@code stdin} as standard input. */
    static CommandRun withInput(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        var cli = Main.commandLine(new ByteArrayInputStream(stdin), out, false);
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        int code = cli.execute(args);
        return new CommandRun(code, out.toString(StandardCharsets.UTF_8), err.toString());
    }

    /** Returns the lines of standard output. */
    List<String> stdoutLines() {
        return stdout.lines().toList();
    }

    /** Returns the lines of standard error. */
    List<String> stderrLines() {
        return stderr.lines().toList();
    }
}
