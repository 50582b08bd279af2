package io.jisr.app.serve;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Formats log records as one JSON object per line ({@code time}, {@code level}, {@code logger},
 * {@code thread}, {@code message}, {@code error}), so that operators' log collectors can read them
 * without patterns. The node's own code and its libraries (through SLF4J) log through it.
 */
public final class JsonLogFormatter extends Formatter {

    /** Routes the root logger to standard error in this format, at {@code level} and above. */
    public static void install(Level level) {
        Logger root = Logger.getLogger("");
        for (var handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        ConsoleHandler handler = new ConsoleHandler();
        handler.setFormatter(new JsonLogFormatter());
        handler.setLevel(level);
        root.addHandler(handler);
        root.setLevel(level);
    }

    @Override
    public String format(LogRecord record) {
        StringBuilder b = new StringBuilder(256).append('{');
        field(b, "time", Instant.ofEpochMilli(record.getMillis()).toString()).append(',');
        field(b, "level", record.getLevel().getName()).append(',');
        field(b, "logger", String.valueOf(record.getLoggerName())).append(',');
        field(b, "thread", Thread.currentThread().getName()).append(',');
        field(b, "message", formatMessage(record));
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            b.append(',');
            field(b, "error", trace.toString());
        }
        return b.append("}\n").toString();
    }

    private static StringBuilder field(StringBuilder b, String name, String value) {
        b.append('"').append(name).append("\":\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"');
    }
}
