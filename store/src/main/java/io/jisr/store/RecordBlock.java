package io.jisr.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Several federation records in one text, as a block row keeps them: for each record its fields, then the
 * length of its text in chars and the text, each followed by ':' but the text, so any text (of any
 * characters, with ':' and line breaks) is framed by its length alone. A length of {@code *} means "the rest
 * of the block": the form the V4 migration gives a row that was stored alone before blocks, which SQL can
 * write without counting characters.
 *
 * <p>{@code 41:17:{"key":"pos/1"}42:17:{"key":"pos/2"}} is two records of one field (the sequence).
 *
 * <p>A block is stored as the UTF-8 bytes of its text ({@link #stored}, {@link #text}), which the databases copy
 * whole, where a character column was written and read a character at a time. A lone surrogate, which UTF-8
 * cannot hold, comes back as '?', one character for one, so the lengths still frame the texts; it is what the
 * record's text becomes on the wire too.
 */
final class RecordBlock {
    private RecordBlock() {}

    /** The bytes a block's text is stored as. */
    static byte[] stored(String block) {
        return block.getBytes(StandardCharsets.UTF_8);
    }

    /** The text of a block stored as {@link #stored} made it. */
    static String text(byte[] stored) {
        return new String(stored, StandardCharsets.UTF_8);
    }

    /** Appends one record (its fields, none containing ':') to a block being written. */
    static void append(StringBuilder block, String text, String... fields) {
        for (String field : fields) {
            block.append(field).append(':');
        }
        block.append(text.length()).append(':').append(text);
    }

    /**
     * Reads every record of {@code block}: for each, its {@code fieldCount} fields and, last, its text.
     *
     * @throws IllegalStateException naming the place when the block is not in this form
     */
    static List<String[]> read(String block, int fieldCount) {
        List<String[]> records = new ArrayList<>();
        int at = 0;
        while (at < block.length()) {
            String[] record = new String[fieldCount + 1];
            for (int f = 0; f < fieldCount; f++) {
                int end = colon(block, at);
                record[f] = block.substring(at, end);
                at = end + 1;
            }
            int end = colon(block, at);
            String length = block.substring(at, end);
            int lengthAt = at;
            at = end + 1;
            int textEnd = length.equals("*") ? block.length() : at + length(length, lengthAt);
            if (textEnd > block.length()) {
                throw new IllegalStateException("a stored record block ends inside the text that starts at " + at);
            }
            record[fieldCount] = block.substring(at, textEnd);
            records.add(record);
            at = textEnd;
        }
        return records;
    }

    private static int colon(String block, int from) {
        int at = block.indexOf(':', from);
        if (at < 0) {
            throw new IllegalStateException("a stored record block has no ':' after character " + from);
        }
        return at;
    }

    private static int length(String text, int at) {
        try {
            int length = Integer.parseInt(text);
            if (length >= 0) {
                return length;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalStateException("a stored record block has no length at character " + at);
    }
}
