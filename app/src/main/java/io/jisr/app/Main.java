package io.jisr.app;

import io.jisr.app.decode.DecodeCommand;
import io.jisr.app.decode.DecodeFailure;
import io.jisr.app.federation.KeysCommand;
import io.jisr.app.sar.DriftCommand;
import io.jisr.app.sar.EnvCommand;
import io.jisr.app.serve.ReplayCommand;
import io.jisr.app.serve.ServeCommand;
import io.jisr.app.simulate.DemoCommand;
import io.jisr.app.simulate.SimulateCommand;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/** The {@code jisr} command: the entry point that wires the subcommands to the process's streams. */
public final class Main implements Runnable {
    /*
     * Implementation note: the commands are built with picocli's programmatic API, not its
     * annotations. Reading annotations makes the JDK generate a dynamic proxy class per annotation
     * type, and neither those nor picocli's Java 5 class files can go into the AOT cache; that cost
     * about 100 ms of CPU on every start (measured on one core: `jisr decode /dev/null` 0.27 s with
     * annotations, 0.16 s without), a tenth of the time to decode a million lines.
     */

    private CommandLine commandLine;

    private Main() {}

    /** Runs {@code jisr} with the process's standard streams and exits with its exit code. */
    public static void main(String[] args) {
        // Raw descriptors, not System.in/out: the commands buffer in large blocks themselves, and
        // System.out's PrintStream would add a lock and a second copy per write.
        CommandLine cli = commandLine(
                new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out), stderrIsTerminal());
        System.exit(cli.execute(withDefaultCommand(args)));
    }

    /**
     * Returns the arguments with {@code serve} in front when no command is named: {@code jisr} and
     * {@code jisr --port 9090} start a node, as the README says. Help and version stay top-level.
     */
    static String[] withDefaultCommand(String[] args) {
        if (args.length > 0
                && (!args[0].startsWith("-")
                        || List.of("-h", "--help", "-V", "--version").contains(args[0]))) {
            return args;
        }
        String[] withServe = new String[args.length + 1];
        withServe[0] = "serve";
        System.arraycopy(args, 0, withServe, 1, args.length);
        return withServe;
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
        Main main = new Main();
        CommandSpec spec = CommandSpec.wrapWithoutInspection(main).name("jisr").version(Version.text());
        spec.usageMessage()
                .description("Maritime situational awareness node: AIS decoding and more.")
                .synopsisSubcommandLabel("COMMAND");
        spec.addOption(OptionSpec.builder("-h", "--help")
                .usageHelp(true)
                .description("Show this help message and exit.")
                .build());
        spec.addOption(OptionSpec.builder("-V", "--version")
                .versionHelp(true)
                .description("Print version information and exit.")
                .build());
        CommandLine cli = new CommandLine(spec);
        main.commandLine = cli;
        cli.addSubcommand(new CommandLine(new DecodeCommand(stdin, stdout, interactive).spec()));
        cli.addSubcommand(new CommandLine(new ServeCommand(System.getenv()).spec()));
        cli.addSubcommand(new CommandLine(new ReplayCommand().spec()));
        cli.addSubcommand(new CommandLine(new SimulateCommand(stdout).spec()));
        cli.addSubcommand(new CommandLine(new DemoCommand(System.getenv()).spec()));
        cli.addSubcommand(new CommandLine(new DriftCommand(stdout, interactive).spec()));
        cli.addSubcommand(new CommandLine(new EnvCommand(stdout).spec()));
        cli.addSubcommand(new KeysCommand(System.getenv()).commandLine());
        // After the subcommands: these settings are copied to the commands present when they are made.
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(Main::invalidInput);
        cli.setExecutionExceptionHandler((e, failing, parseResult) -> failed(e, failing));
        return cli;
    }

    /** Without a subcommand, {@code jisr} runs a node: the README's one command to start one. */
    @Override
    public void run() {
        CommandLine serve = commandLine.getSubcommands().get("serve");
        int status = serve.execute();
        if (status != 0) {
            throw new ParameterException(commandLine, "the node did not start (exit status " + status + ")");
        }
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
