package io.jisr.app;

import io.jisr.app.decode.DecodeCommand;
import io.jisr.app.decode.DecodeFailure;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code jisr} command: the entry point that wires the subcommands to the process's streams. */
@Command(
        name = "jisr",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Maritime situational awareness node: AIS decoding and more.",
        synopsisSubcommandLabel = "COMMAND")
public final class Main implements Runnable {

    @Spec
    private CommandSpec spec;

    /** Runs {@code jisr} with the process's standard streams and exits with its exit code. */
    public static void main(String[] args) {
        // Raw descriptors, not System.in/out: the commands buffer in large blocks themselves, and
        // System.out's PrintStream would add a lock and a second copy per write.
        CommandLine cli = commandLine(
                new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out), stderrIsTerminal());
        System.exit(cli.execute(args));
    }

    /**
     * Builds the command line with its subcommands; data goes to {@code stdout}, messages to the
     * command line's error writer (set it with {@link CommandLine#setErr(PrintWriter)}).
     *
     * @param stdin where {@code -} reads from
     * @param stdout where decoded output is written
     * @param interactive whether stderr is a terminal, so progress lines may be drawn on it
     */
    public static CommandLine commandLine(InputStream stdin, OutputStream stdout, boolean interactive) {
        CommandLine cli = new CommandLine(new Main());
        cli.addSubcommand(new DecodeCommand(stdin, stdout, interactive));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(Main::invalidInput);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> failed(e, commandLine));
        return cli;
    }

    /** Without a subcommand there is nothing to do: say so and show the commands. */
    @Override
    public void run() {
        throw new ParameterException(
                spec.commandLine(),
                "Missing command: give one of " + spec.subcommands().keySet());
    }

    /** Bad command-line input: one line saying what is wrong and where help is, no usage dump. */
    private static int invalidInput(ParameterException e, String[] args) {
        CommandLine failing = e.getCommandLine();
        PrintWriter err = failing.getErr();
        err.println(failing.getCommandSpec().qualifiedName() + ": " + e.getMessage());
        err.println("Try '" + failing.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return failing.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** A failure while running: I/O problems are reported in one line; anything else is a bug and shows its trace. */
    private static int failed(Exception e, CommandLine failing) throws Exception {
        if (!(e instanceof DecodeFailure)) {
            throw e;
        }
        PrintWriter err = failing.getErr();
        err.println(failing.getCommandSpec().qualifiedName() + ": " + e.getMessage());
        err.flush();
        return failing.getCommandSpec().exitCodeOnExecutionException();
    }

    /**
     * Whether stderr is a terminal. The launcher knows ({@code [ -t 2 ]}) and passes {@code
     * -Djisr.stderr.tty}; without it, {@link System#console()} is the closest the JDK can tell.
     */
    private static boolean stderrIsTerminal() {
        String told = System.getProperty("jisr.stderr.tty");
        return told != null ? Boolean.parseBoolean(told) : System.console() != null;
    }
}
