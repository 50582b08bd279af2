package io.jisr.app.decode;

/** The output formats of {@code jisr decode}. */
enum OutputFormat {
    /** One JSON object per line with every field of the message. */
    NDJSON,
    /** A header row and one row per message with a fixed set of common columns. */
    CSV;

    /** Returns a writer of this format into {@code out}. */
    MessageWriter writer(ByteOutput out) {
        return switch (this) {
            case NDJSON -> new NdjsonWriter(out);
            case CSV -> new CsvWriter(out);
        };
    }
}
