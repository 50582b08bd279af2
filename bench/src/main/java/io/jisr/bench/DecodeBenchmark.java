package io.jisr.bench;

import io.jisr.ais.AisDecoder;
import io.jisr.ais.AisSink;
import io.jisr.ais.DecodeError;
import io.jisr.ais.Reception;
import io.jisr.ais.message.AisMessage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Single-thread {@link AisDecoder} throughput on the recorded real data: one operation decodes one
 * line; the {@code sentences} counter reports the VDM/VDO sentences those lines held, per second.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar DecodeBenchmark -prof gc}. B/op from {@code -prof
 * gc} is per line; divide by sentences per line (printed by the setup) for bytes per sentence.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-XX:+UseSerialGC"})
public class DecodeBenchmark {

    /**
     * Which lines are decoded: {@code mix} is every line of every corpus file (other NMEA, bad lines
     * and all); {@code positions} the single-sentence lines that decode to types 1–3 or 18;
     * {@code multipart} the lines holding fragments of multi-sentence messages, in their order.
     */
    @Param({"mix", "positions", "multipart"})
    public String input;

    private byte[][] lines;
    private int[] sentencesPerLine;
    private int next;
    private AisDecoder decoder;

    /** Counts sentences decoded, which JMH reports as a rate next to the lines per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Sentences {
        /** Sentences decoded in this iteration. */
        public long sentences;

        /** Starts each iteration from zero. */
        @Setup(Level.Iteration)
        public void reset() {
            sentences = 0;
        }
    }

    /** Selects the input lines and counts the sentences each holds. */
    @Setup(Level.Trial)
    public void load(Blackhole blackhole) {
        List<byte[]> selected = new ArrayList<>();
        for (List<byte[]> file : Corpus.files()) {
            selected.addAll(select(file));
        }
        lines = selected.toArray(byte[][]::new);
        sentencesPerLine = new int[lines.length];
        AisDecoder counter = new AisDecoder(new Sink(blackhole));
        long total = 0;
        for (int i = 0; i < lines.length; i++) {
            long before = counter.stats().snapshot().sentences();
            counter.decodeLine(lines[i], 0, lines[i].length);
            sentencesPerLine[i] = (int) (counter.stats().snapshot().sentences() - before);
            total += sentencesPerLine[i];
        }
        System.out.printf(
                "%n%s: %d lines, %d sentences (%.3f per line)%n",
                input, lines.length, total, total / (double) lines.length);
        decoder = new AisDecoder(new Sink(blackhole));
    }

    private List<byte[]> select(List<byte[]> file) {
        return switch (input) {
            case "mix" -> file;
            case "positions" -> positionLines(file);
            case "multipart" ->
                file.stream().filter(DecodeBenchmark::hasFragment).toList();
            default -> throw new IllegalArgumentException("unknown input kind \"" + input + "\"");
        };
    }

    /** The lines of one file on which a single-sentence type 1, 2, 3 or 18 message completes. */
    private static List<byte[]> positionLines(List<byte[]> file) {
        Set<Long> wanted = new HashSet<>();
        AisDecoder probe = new AisDecoder(new AisSink() {
            @Override
            public void message(AisMessage message, Reception reception) {
                int type = message.messageType();
                if (reception.sentences() == 1 && (type <= 3 || type == 18)) {
                    wanted.add(reception.lineNumber());
                }
            }

            @Override
            public void error(DecodeError error) {}
        });
        for (byte[] line : file) {
            probe.decodeLine(line, 0, line.length);
        }
        List<byte[]> result = new ArrayList<>();
        for (int i = 0; i < file.size(); i++) {
            if (wanted.contains(i + 1L)) {
                result.add(file.get(i));
            }
        }
        return result;
    }

    /** Whether the line holds a sentence whose fragment count is 2 to 9 ("VDM,2," and so on). */
    private static boolean hasFragment(byte[] line) {
        for (int i = 0; i + 6 < line.length; i++) {
            if (line[i] == 'V'
                    && line[i + 1] == 'D'
                    && (line[i + 2] == 'M' || line[i + 2] == 'O')
                    && line[i + 3] == ','
                    && line[i + 4] >= '2'
                    && line[i + 4] <= '9'
                    && line[i + 5] == ',') {
                return true;
            }
        }
        return false;
    }

    /** Decodes the next line of the input, cycling through it. */
    @Benchmark
    public void decodeLine(Sentences counter) {
        int i = next;
        byte[] line = lines[i];
        decoder.decodeLine(line, 0, line.length);
        counter.sentences += sentencesPerLine[i];
        next = i + 1 == lines.length ? 0 : i + 1;
    }

    /** Hands everything to the blackhole, so that nothing decoded can be optimised away. */
    private record Sink(Blackhole blackhole) implements AisSink {
        @Override
        public void message(AisMessage message, Reception reception) {
            blackhole.consume(message);
            blackhole.consume(reception);
        }

        @Override
        public void error(DecodeError error) {
            blackhole.consume(error);
        }
    }
}
