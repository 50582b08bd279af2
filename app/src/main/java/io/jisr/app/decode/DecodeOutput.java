package io.jisr.app.decode;

import io.jisr.ais.AisSink;
import io.jisr.ais.DecodeError;
import io.jisr.ais.Reception;
import io.jisr.ais.message.AisMessage;
import java.io.PrintWriter;

/** Where one input's decoder delivers: wanted messages to the writer, errors to stderr if asked. */
final class DecodeOutput implements AisSink {
    private final MessageWriter writer;
    private final TypeFilter types;
    private final PrintWriter errors;
    private final String inputName;
    private long written;

    /**
     * Creates the sink of one input.
     *
     * @param errors where each decode error is printed, or null to only count them
     */
    DecodeOutput(MessageWriter writer, TypeFilter types, PrintWriter errors, String inputName) {
        this.writer = writer;
        this.types = types;
        this.errors = errors;
        this.inputName = inputName;
    }

    @Override
    public void message(AisMessage message, Reception reception) {
        if (types.accepts(message.messageType())) {
            writer.write(message, reception);
            written++;
        }
    }

    /** Prints {@code input:line: KIND: message in "excerpt"}, made safe to show on a terminal. */
    @Override
    public void error(DecodeError error) {
        if (errors == null) {
            return;
        }
        StringBuilder text = new StringBuilder(200)
                .append(inputName)
                .append(':')
                .append(error.lineNumber())
                .append(": ")
                .append(error.kind())
                .append(": ");
        printable(error.message(), text);
        if (!error.excerpt().isEmpty()) {
            text.append(" in \"");
            printable(error.excerpt(), text);
            text.append('"');
        }
        errors.println(text);
    }

    /**
     * Appends text with control characters (C0, DEL and C1) written as {@code \xHH}: the excerpt is a
     * piece of the input, and raw escape sequences in it would act on the reader's terminal.
     */
    private static void printable(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
                out.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
            } else {
                out.append(c);
            }
        }
    }

    /** Returns how many messages were written. */
    long written() {
        return written;
    }
}
