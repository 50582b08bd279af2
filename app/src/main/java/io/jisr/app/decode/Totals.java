package io.jisr.app.decode;

import io.jisr.ais.DecoderStats;
import io.jisr.ais.ErrorKind;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** What {@code jisr decode} read and wrote over all its inputs, and the summary it prints at the end. */
final class Totals {
    private int files;
    private long lines;
    private long sentences;
    private long otherLines;
    private long messages;
    private long written;
    private final long[] messagesByType = new long[28];
    private final Map<ErrorKind, Long> errors = new EnumMap<>(ErrorKind.class);

    /** Adds the counts of one input's decoder and how many of its messages were written. */
    void add(DecoderStats.Snapshot stats, long writtenMessages) {
        files++;
        lines += stats.lines();
        sentences += stats.sentences();
        otherLines += stats.otherLines();
        messages += stats.messages();
        written += writtenMessages;
        for (int type = 1; type < messagesByType.length && type < stats.messagesByType().length; type++) {
            messagesByType[type] += stats.messagesByType()[type];
        }
        stats.errors().forEach((kind, count) -> errors.merge(kind, count, Long::sum));
    }

    /** Returns the number of lines read so far, for progress lines. */
    long lines() {
        return lines;
    }

    /** Prints the summary: counts, messages by type, errors by kind, elapsed time and throughput. */
    void print(PrintWriter out, long elapsedNanos) {
        double seconds = elapsedNanos / 1e9;
        long errorCount = errors.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder byType = new StringBuilder();
        for (int type = 1; type < messagesByType.length; type++) {
            if (messagesByType[type] > 0) {
                byType.append(byType.isEmpty() ? "" : " ")
                        .append(type)
                        .append('=')
                        .append(messagesByType[type]);
            }
        }
        StringBuilder byKind = new StringBuilder();
        errors.forEach((kind, count) -> byKind.append(byKind.isEmpty() ? "" : " ")
                .append(kind)
                .append('=')
                .append(count));
        out.println("jisr decode summary");
        row(out, "files", Integer.toString(files));
        row(out, "lines", Long.toString(lines));
        row(out, "sentences", Long.toString(sentences));
        row(out, "other lines", Long.toString(otherLines));
        row(out, "messages", Long.toString(messages));
        row(out, "  by type", byType.toString());
        row(out, "written", Long.toString(written));
        row(out, "errors", Long.toString(errorCount));
        row(out, "  by kind", byKind.toString());
        row(out, "elapsed", String.format(Locale.ROOT, "%.3f s", seconds));
        row(out, "throughput", String.format(Locale.ROOT, "%.0f lines/s", seconds > 0 ? lines / seconds : 0.0));
        out.flush();
    }

    private static void row(PrintWriter out, String label, String value) {
        out.println(String.format(Locale.ROOT, "  %-12s %s", label, value).stripTrailing());
    }
}
