package io.jisr.app.decode;

import io.jisr.ais.AisDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/** {@code jisr decode}: streams the AIS messages of NMEA files (or standard input) to standard output. */
public final class DecodeCommand implements Callable<Integer> {
    /*
     * Implementation note: each input gets its own decoder, so an incomplete multi-sentence message at
     * the end of one file is reported there and never completed by the next file's lines. Input is
     * read in blocks into one reused buffer and lines are handed to the decoder as byte ranges: no
     * String, no per-line allocation on the way in, constant memory for any input size.
     *
     * The options are declared with picocli's programmatic API; see io.jisr.app.Main for why.
     */

    private static final int INPUT_BUFFER = 1 << 18;
    private static final int OUTPUT_BUFFER = 1 << 18;

    private final InputStream stdin;
    private final OutputStream stdout;
    private final boolean interactive;

    private final CommandSpec spec;
    private final PositionalParamSpec files = PositionalParamSpec.builder()
            .paramLabel("FILE")
            .arity("0..*")
            .type(List.class)
            .auxiliaryTypes(String.class)
            .description("NMEA files to decode, plain or gzip-compressed; '-' or none reads standard input.")
            .build();
    private final OptionSpec format = OptionSpec.builder("-f", "--format")
            .paramLabel("FORMAT")
            .type(OutputFormat.class)
            .initialValue(OutputFormat.NDJSON)
            .description("ndjson (default: every field) or csv (common columns).")
            .build();
    private final OptionSpec types = OptionSpec.builder("-t", "--types")
            .paramLabel("LIST")
            .type(TypeFilter.class)
            .converters(new TypeFilter.Converter())
            .initialValue(TypeFilter.all())
            .description("Write only these message types, e.g. 1,2,3,18 or 1-5,18 (default: all).")
            .build();
    private final OptionSpec errors = OptionSpec.builder("-e", "--errors")
            .arity("0")
            .type(boolean.class)
            .initialValue(false)
            .description("Also print each decode error on standard error, one line each (see docs/cli.md);"
                    + " without it errors are only counted.")
            .build();

    /**
     * Creates the command.
     *
     * @param stdin what {@code -} reads
     * @param stdout where messages are written; it is flushed, never closed
     * @param interactive whether standard error is a terminal that may show a progress line
     */
    public DecodeCommand(InputStream stdin, OutputStream stdout, boolean interactive) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.interactive = interactive;
        this.spec = CommandSpec.wrapWithoutInspection(this).name("decode");
        spec.usageMessage()
                .sortOptions(false)
                .description(
                        "Decodes AIS messages from NMEA 0183 !xxVDM/!xxVDO lines and writes them to standard"
                                + " output, one JSON object per line (ndjson) or one CSV row per message.",
                        "Gzip-compressed input is decompressed. A summary goes to standard error at the end.",
                        "Exit status: 0 when decoding ran (even if the data held bad lines), 1 if an input"
                                + " could not be read or the output not written, 2 for invalid arguments.");
        spec.addPositional(files);
        spec.addOption(format);
        spec.addOption(types);
        spec.addOption(errors);
        spec.addOption(OptionSpec.builder("-h", "--help")
                .usageHelp(true)
                .description("Show this help message and exit.")
                .build());
    }

    /** Returns the command's picocli model, to be added to a command line. */
    public CommandSpec spec() {
        return spec;
    }

    /** Decodes every input in order and prints the summary; returns the exit status. */
    @Override
    public Integer call() {
        List<String> names = files.getValue();
        List<InputFile> inputs = names == null || names.isEmpty()
                ? List.of(InputFile.of(InputFile.STDIN))
                : names.stream().map(InputFile::of).toList();
        for (InputFile input : inputs) {
            String problem = input.problem();
            if (problem != null) {
                throw new ParameterException(spec.commandLine(), problem);
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        ByteOutput out = new ByteOutput(stdout, OUTPUT_BUFFER);
        Session session = new Session(
                new LineReader(INPUT_BUFFER),
                format.<OutputFormat>getValue().writer(out),
                out,
                new Progress(err, interactive, start),
                new Totals(),
                errors.<Boolean>getValue() ? err : null);
        DecodeFailure failure = null;
        try {
            session.writer().begin();
            for (InputFile input : inputs) {
                decode(input, session);
            }
        } catch (DecodeFailure e) {
            failure = e;
        } catch (UncheckedIOException e) {
            failure = writeFailure(e);
        }
        try {
            // Also after a failed input: what was decoded before it is still written.
            out.flush();
        } catch (UncheckedIOException e) {
            failure = failure == null ? writeFailure(e) : failure;
        }
        session.progress().clear();
        session.totals().print(err, System.nanoTime() - start);
        if (failure != null) {
            throw failure;
        }
        return 0;
    }

    private static DecodeFailure writeFailure(UncheckedIOException e) {
        return new DecodeFailure("cannot write the output: " + e.getCause().getMessage(), e);
    }

    /**
     * What the inputs of one run share.
     *
     * @param errors where decode errors are printed, or null to only count them
     */
    private record Session(
            LineReader reader,
            MessageWriter writer,
            ByteOutput out,
            Progress progress,
            Totals totals,
            PrintWriter errors) {}

    private void decode(InputFile input, Session session) {
        DecodeOutput sink = new DecodeOutput(session.writer(), types.getValue(), session.errors(), input.displayName());
        AisDecoder decoder = new AisDecoder(sink);
        boolean live = input.path() == null;
        Runnable afterBlock = () -> {
            if (live) {
                // A feed piped in should show up as it arrives, not 256 KiB later.
                session.out().flush();
            }
            session.progress()
                    .update(
                            input.displayName(),
                            () -> session.totals().lines()
                                    + decoder.stats().snapshot().lines());
        };
        try {
            InputStream in = input.open(stdin);
            try {
                session.reader().read(in, decoder::decodeLine, afterBlock);
            } finally {
                if (!live) {
                    in.close();
                }
            }
        } catch (IOException e) {
            decoder.endOfStream();
            session.totals().add(decoder.stats().snapshot(), sink.written());
            throw new DecodeFailure("cannot read " + input.displayName() + ": " + e.getMessage(), e);
        }
        decoder.endOfStream();
        session.totals().add(decoder.stats().snapshot(), sink.written());
    }
}
