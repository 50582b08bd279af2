package io.jisr.ais;

import io.jisr.ais.message.AisMessage;
import io.jisr.ais.message.BitBuffer;
import io.jisr.ais.message.MessageCodec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decodes a stream of lines holding NMEA 0183 {@code !xxVDM}/{@code !xxVDO} sentences into AIS
 * messages, reassembling multi-sentence messages and reporting every problem as a {@link DecodeError}.
 *
 * <p>A line may carry a tag block before each sentence, several sentences, a logger time stamp before
 * or after them and receiver metadata after the checksum; lines with no AIS sentence are counted and
 * skipped. Nothing thrown escapes for bad input. One decoder serves one stream and one thread.
 */
public final class AisDecoder {
    /*
     * Implementation note: the hot path is one pass over the line's bytes. The sentence's fields are
     * found by recording comma positions while the checksum is computed; the payload is unpacked into
     * a reused BitBuffer straight from the line, so an accepted single-sentence message allocates only
     * its record and its Reception. Multi-sentence fragments are copied, because their line buffer is
     * reused by the caller.
     *
     * Framing follows IEC 61162-1 (sentences) and IEC 61162-450 (tag blocks). Leniencies, each seen in
     * real recordings: any two characters as talker (AMSA writes "=I"), a missing leading '!', extra
     * fields between fill bits and checksum (Navico GoFree), lower-case checksum digits, tag blocks
     * whose checksum is wrong (kept, marked unverified), a logger time before the sentence or after
     * its checksum, and a "$PGHP,1" Gatehouse time line that dates the next sentence.
     */

    private static final long NO_TIME = Long.MIN_VALUE;
    private static final Optional<String> CHANNEL_A = Optional.of("A");
    private static final Optional<String> CHANNEL_B = Optional.of("B");
    private static final Optional<String> CHANNEL_1 = Optional.of("1");
    private static final Optional<String> CHANNEL_2 = Optional.of("2");

    private final DecoderOptions options;
    private final AisSink sink;
    private final DecoderStats stats = new DecoderStats();
    private final BitBuffer bits = new BitBuffer();
    private final MultipartAssembler assembler;
    private final int[] commas = new int[12];
    private final String[] talkers = new String[96 * 96];
    private byte[] scratch = new byte[256];

    private long lineNumber;
    private byte[] line;
    private int lineStart;
    private int lineEnd;
    private long lineTimeMillis;
    private long pghpMillis = NO_TIME;
    private long lastStreamTime = NO_TIME;
    private Optional<String> lineSource = Optional.empty();

    /** Creates a decoder with default options. */
    public AisDecoder(AisSink sink) {
        this(DecoderOptions.defaults(), sink);
    }

    /** Creates a decoder. */
    public AisDecoder(DecoderOptions options, AisSink sink) {
        this.options = options;
        this.sink = sink;
        this.assembler = new MultipartAssembler(
                options.multipartTimeout().toMillis(), options.maxOpenMultiparts(), this::dropped);
    }

    /** Decodes every line and returns what came out, in order; for tests and small inputs. */
    public static List<Decoded> decodeAll(DecoderOptions options, Iterable<String> lines) {
        List<Decoded> out = new ArrayList<>();
        AisDecoder decoder = new AisDecoder(options, new AisSink() {
            @Override
            public void message(AisMessage message, Reception reception) {
                out.add(new Decoded.Message(message, reception));
            }

            @Override
            public void error(DecodeError error) {
                out.add(new Decoded.Rejected(error));
            }
        });
        for (String line : lines) {
            decoder.decodeLine(line);
        }
        decoder.endOfStream();
        return out;
    }

    /** Decodes every line with default options; see {@link #decodeAll(DecoderOptions, Iterable)}. */
    public static List<Decoded> decodeAll(String... lines) {
        return decodeAll(DecoderOptions.defaults(), List.of(lines));
    }

    /** Returns the decoder's counters. */
    public DecoderStats stats() {
        return stats;
    }

    /** Decodes one line given as characters (anything outside ASCII is a bad character). */
    public void decodeLine(CharSequence text) {
        int n = text.length();
        if (scratch.length < n) {
            scratch = new byte[Math.max(n, scratch.length * 2)];
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            scratch[i] = c < 128 ? (byte) c : (byte) 0x7F;
        }
        decodeLine(scratch, 0, n);
    }

    /**
     * Decodes one line of ASCII bytes, {@code buf[offset, offset + length)}, without its line
     * terminator (a trailing CR or LF is ignored). The bytes are not kept after the call returns.
     */
    public void decodeLine(byte[] buf, int offset, int length) {
        lineNumber++;
        stats.lines++;
        line = buf;
        lineStart = offset;
        int end = offset + length;
        while (end > offset && (buf[end - 1] == '\n' || buf[end - 1] == '\r')) {
            end--;
        }
        lineEnd = end;
        lineSource = Optional.empty();
        if (end - offset > options.maxLineLength()) {
            report(
                    ErrorKind.LINE_TOO_LONG,
                    "line of " + (end - offset) + " bytes is longer than the limit of " + options.maxLineLength());
            return;
        }
        int first = firstFrameStart(offset, end);
        if (first < 0) {
            readOtherLine(offset, end);
            return;
        }
        lineTimeMillis = first > offset ? prefixTime(offset, first) : NO_TIME;
        boolean foundSentence = false;
        int pos = first;
        TagBlock tag = null;
        while (pos < end) {
            byte c = buf[pos];
            if (c == '\\') {
                int close = indexOf((byte) '\\', pos + 1, end);
                if (close < 0 || !isSentenceAfter(close + 1)) {
                    // Backslashes that do not frame a tag block before a sentence: receiver junk after
                    // a sentence (literal "\r\n" text is common), harmless there; elsewhere reported.
                    if (!foundSentence) {
                        report(
                                ErrorKind.BAD_TAG_BLOCK,
                                close < 0
                                        ? "tag block starting at column " + (pos - offset + 1)
                                                + " is not closed by a backslash"
                                        : "tag block starting at column " + (pos - offset + 1)
                                                + " is not followed by a sentence");
                    }
                    pos = close < 0 ? end : nextFrameStart(close + 1, end);
                    continue;
                }
                tag = readTagBlock(pos + 1, close);
                pos = close + 1;
            } else {
                int start = c == '!' ? pos + 1 : pos;
                if (!isSentenceAt(start)) {
                    pos = nextFrameStart(pos + 1, end);
                    continue;
                }
                foundSentence = true;
                pos = readSentence(start, end, tag);
                tag = null;
            }
        }
        if (!foundSentence) {
            stats.otherLines++;
        }
    }

    /**
     * Ends the stream: every multi-sentence message still incomplete is reported as an error. The
     * decoder can be used again afterwards.
     */
    public void endOfStream() {
        assembler.flush();
    }

    // ---- framing ----------------------------------------------------------------------------

    /** Returns the first '\' or '!' of the line, or a sentence start without '!', or -1. */
    private int firstFrameStart(int from, int to) {
        for (int i = from; i < to; i++) {
            byte c = line[i];
            if (c == '\\' || c == '!') {
                return i;
            }
            if (c == '$') {
                return -1;
            }
        }
        // A sentence whose leading '!' was lost: "AIVDM,..." at the start of the line.
        return to - from > 6 && isSentenceAt(from) ? from : -1;
    }

    private int nextFrameStart(int from, int to) {
        for (int i = from; i < to; i++) {
            if (line[i] == '\\' || line[i] == '!') {
                return i;
            }
        }
        return to;
    }

    /** Returns whether a sentence, with or without its '!', starts at {@code at}. */
    private boolean isSentenceAfter(int at) {
        return at < lineEnd && (line[at] == '!' ? isSentenceAt(at + 1) : isSentenceAt(at));
    }

    /** Returns whether "xxVDM," or "xxVDO," starts at {@code at}. */
    private boolean isSentenceAt(int at) {
        return at + 6 <= lineEnd
                && line[at + 2] == 'V'
                && line[at + 3] == 'D'
                && (line[at + 4] == 'M' || line[at + 4] == 'O')
                && line[at + 5] == ','
                && line[at] > ' '
                && line[at + 1] > ' ';
    }

    private int indexOf(byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (line[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Reads the sentence whose talker starts at {@code start}; returns where the next frame may begin.
     */
    private int readSentence(int start, int end, TagBlock tag) {
        stats.sentences++;
        int xor = 0;
        int commaCount = 0;
        int i = start;
        for (; i < end; i++) {
            byte c = line[i];
            if (c == '*' || c == '!' || c == '\\') {
                break;
            }
            xor ^= c;
            if (c == ',' && commaCount < commas.length) {
                commas[commaCount++] = i;
            }
        }
        if (i >= end || line[i] != '*') {
            report(ErrorKind.MISSING_CHECKSUM, "sentence has no *hh checksum", tag);
            return i;
        }
        int star = i;
        int expected = star + 2 < end ? Nmea.hexPair(line[star + 1], line[star + 2]) : -1;
        if (expected < 0) {
            report(ErrorKind.MISSING_CHECKSUM, "sentence checksum after * is not two hex digits", tag);
            return star + 1;
        }
        int after = star + 3;
        int next = nextFrameStart(after, end);
        long suffixTime = after < next ? suffixTime(after, next) : NO_TIME;
        if (expected != xor) {
            report(
                    ErrorKind.BAD_CHECKSUM,
                    "NMEA checksum mismatch: expected 0x" + Nmea.checksumHex(expected) + ", computed 0x"
                            + Nmea.checksumHex(xor),
                    tag);
            return next;
        }
        if (commaCount < 6) {
            report(ErrorKind.TOO_FEW_FIELDS, "VDM/VDO sentence needs 7 fields, found " + (commaCount + 1), tag);
            return next;
        }
        long count = Nmea.digits(line, commas[0] + 1, commas[1]);
        long number = Nmea.digits(line, commas[1] + 1, commas[2]);
        long sequence = commas[2] + 1 == commas[3] ? -1 : Nmea.digits(line, commas[2] + 1, commas[3]);
        if (count < 1
                || count > 9
                || number < 1
                || number > count
                || (commas[2] + 1 != commas[3] && (sequence < 0 || sequence > 99))) {
            report(
                    ErrorKind.BAD_FRAGMENT_FIELDS,
                    "fragment fields must be count 1..9, number 1..count, sequence id 0..99; were \""
                            + Nmea.ascii(line, commas[0] + 1, commas[3]) + "\"",
                    tag);
            return next;
        }
        int fillEnd = commaCount > 6 ? commas[6] : star;
        long fill = Nmea.digits(line, commas[5] + 1, fillEnd);
        if (fill < 0 || fill > 5) {
            report(
                    ErrorKind.BAD_FILL_BITS,
                    "fill bits must be 0..5, were \"" + Nmea.ascii(line, commas[5] + 1, fillEnd) + "\"",
                    tag);
            return next;
        }
        long time = tag != null && tag.time().isPresent()
                ? tag.time().get().toEpochMilli()
                : suffixTime != NO_TIME ? suffixTime : lineTimeMillis != NO_TIME ? lineTimeMillis : pghpMillis;
        pghpMillis = NO_TIME;
        int payloadFrom = commas[4] + 1;
        int payloadTo = commas[5];
        if (count == 1) {
            bits.clear();
            if (!unpack(line, payloadFrom, payloadTo, (int) fill, tag)) {
                return next;
            }
            emit(talker(start), line[start + 4] == 'O', channel(commas[3] + 1, commas[4]), source(tag), time, 1, tag);
        } else {
            readFragment(
                    start, tag, (int) count, (int) number, (int) sequence, payloadFrom, payloadTo, (int) fill, time);
        }
        return next;
    }

    private void readFragment(
            int start, TagBlock tag, int count, int number, int sequence, int from, int to, int fill, long time) {
        Optional<String> source = source(tag);
        Optional<String> channel = channel(commas[3] + 1, commas[4]);
        TagBlock.Group group =
                tag != null && tag.group().isPresent() && tag.group().get().total() == count
                        ? tag.group().get()
                        : null;
        MultipartAssembler.Key key = group != null
                ? new MultipartAssembler.Key("", "", -1, count, group.id())
                : new MultipartAssembler.Key(source.orElse(""), channel.orElse(""), sequence, count, "");
        // One time base per stream: fragments without a time of their own age on the last time seen.
        if (time != NO_TIME) {
            lastStreamTime = time;
        }
        long now = time != NO_TIME
                ? time
                : lastStreamTime != NO_TIME ? lastStreamTime : options.clock().millis();
        String talker = talker(start);
        boolean ownShip = line[start + 4] == 'O';
        Optional<Instant> receivedAt = time == NO_TIME ? Optional.empty() : Optional.of(Instant.ofEpochMilli(time));
        Optional<MultipartAssembler.Slot> done =
                assembler.add(key, number, line, from, to, fill, now, lineNumber, slot -> {
                    slot.talker = talker;
                    slot.ownShip = ownShip;
                    slot.channel = channel;
                    slot.source = source;
                    slot.receivedAt = receivedAt;
                });
        if (done.isPresent()) {
            MultipartAssembler.Slot slot = done.get();
            byte[] payload = slot.payload();
            bits.clear();
            if (!unpack(payload, 0, payload.length, slot.lastFillBits(), tag)) {
                return;
            }
            long slotTime = slot.receivedAt.map(Instant::toEpochMilli).orElse(NO_TIME);
            emit(slot.talker, slot.ownShip, slot.channel, slot.source, slotTime, count, tag);
        }
    }

    private boolean unpack(byte[] buf, int from, int to, int fill, TagBlock tag) {
        if (from == to) {
            report(ErrorKind.EMPTY_PAYLOAD, "sentence payload is empty", tag);
            return false;
        }
        int bad = bits.appendArmored(buf, from, to);
        if (bad >= 0) {
            int c = buf[from + bad] & 0xFF;
            report(
                    ErrorKind.BAD_ARMOR_CHAR,
                    "payload character '" + (char) c + "' (0x" + Integer.toHexString(c) + ") at payload offset " + bad
                            + " is not six-bit armour",
                    tag);
            return false;
        }
        if (fill > bits.length()) {
            report(
                    ErrorKind.BAD_FILL_BITS,
                    "fill bits " + fill + " exceed the payload's " + bits.length() + " bits",
                    tag);
            return false;
        }
        bits.dropTrailing(fill);
        if (bits.length() > MAX_PAYLOAD_BITS) {
            report(
                    ErrorKind.PAYLOAD_TOO_LONG,
                    "payload of " + bits.length() + " bits is longer than any AIS message (" + MAX_PAYLOAD_BITS
                            + " bits)",
                    tag);
            return false;
        }
        return true;
    }

    /** Five slots of type 26 with their 20-bit radio status and padding; anything longer is not AIS. */
    static final int MAX_PAYLOAD_BITS = 1192;

    private void emit(
            String talker,
            boolean ownShip,
            Optional<String> channel,
            Optional<String> source,
            long time,
            int sentences,
            TagBlock tag) {
        MessageCodec.PayloadCheck check = MessageCodec.check(bits);
        if (check == MessageCodec.PayloadCheck.OK) {
            AisMessage message = MessageCodec.decode(bits);
            stats.messagesByType[message.messageType()]++;
            sink.message(
                    message, Reception.timedInMillis(talker, ownShip, channel, source, time, sentences, lineNumber));
            return;
        }
        // A switch expression, so that a new kind of payload problem cannot go unreported.
        ErrorKind kind = switch (check) {
            case OK -> throw new IllegalStateException("handled above");
            case EMPTY -> ErrorKind.EMPTY_PAYLOAD;
            case UNKNOWN_TYPE, UNDEFINED_PART -> ErrorKind.UNKNOWN_TYPE;
            case TOO_SHORT -> ErrorKind.PAYLOAD_TOO_SHORT;
        };
        String message = switch (check) {
            case OK -> throw new IllegalStateException("handled above");
            case EMPTY -> "payload of " + bits.length() + " bits holds no message type";
            case UNKNOWN_TYPE ->
                "message type " + MessageCodec.typeOf(bits) + " is not defined by ITU-R M.1371-5 (types are 1..27)";
            case UNDEFINED_PART ->
                "message type 24 part number " + bits.unsigned(38, 2)
                        + " is not defined by ITU-R M.1371-5 (0 = part A, 1 = part B)";
            case TOO_SHORT ->
                "message type " + MessageCodec.typeOf(bits) + " needs at least " + MessageCodec.requiredBits(bits)
                        + " bits, payload has " + bits.length();
        };
        report(kind, message, tag);
    }

    // ---- metadata ---------------------------------------------------------------------------

    private TagBlock readTagBlock(int from, int to) {
        TagBlockParser.Result result = TagBlockParser.parse(line, from, to);
        return switch (result) {
            case TagBlockParser.Malformed m -> {
                report(ErrorKind.BAD_TAG_BLOCK, m.problem() + "; the sentence is decoded without it");
                yield null;
            }
            case TagBlockParser.Parsed p -> {
                lineSource = p.tagBlock().source();
                if (!p.tagBlock().checksumValid()) {
                    report(
                            ErrorKind.TAG_BLOCK_CHECKSUM,
                            "tag block checksum does not match; its metadata is kept unverified");
                }
                if (p.problem() != null) {
                    report(ErrorKind.BAD_TAG_BLOCK, p.problem());
                }
                yield p.tagBlock();
            }
        };
    }

    /** A logger time before the first frame: digits, optionally with a fraction, then separators. */
    private long prefixTime(int from, int to) {
        int end = to;
        while (end > from
                && (line[end - 1] == ' '
                        || line[end - 1] == ','
                        || line[end - 1] == ';'
                        || line[end - 1] == '\t'
                        || line[end - 1] == '|'
                        || line[end - 1] == ':')) {
            end--;
        }
        return numericTime(from, end);
    }

    /** The first field after the checksum that is a UNIX time of 10 (seconds) or 13 (milliseconds) digits. */
    private long suffixTime(int from, int to) {
        int fieldStart = from;
        for (int i = from; i <= to; i++) {
            if (i == to || line[i] == ',') {
                int n = i - fieldStart;
                if (n == 10 || n == 13) {
                    long value = Nmea.digits(line, fieldStart, i);
                    if (value >= 0) {
                        return Nmea.unixTime(value, n).toEpochMilli();
                    }
                }
                fieldStart = i + 1;
            }
        }
        return NO_TIME;
    }

    private long numericTime(int from, int to) {
        int dot = -1;
        for (int i = from; i < to; i++) {
            if (line[i] == '.' && dot < 0) {
                dot = i;
            } else if (line[i] < '0' || line[i] > '9') {
                return NO_TIME;
            }
        }
        if (dot < 0) {
            int n = to - from;
            return n >= 9 && n <= 19
                    ? Nmea.unixTime(Nmea.digits(line, from, to), n).toEpochMilli()
                    : NO_TIME;
        }
        long seconds = Nmea.digits(line, from, dot);
        if (seconds < 0 || dot - from < 9 || dot - from > 11) {
            return NO_TIME;
        }
        long millis = 0;
        int digits = 0;
        for (int i = dot + 1; i < to && digits < 3; i++, digits++) {
            millis = millis * 10 + (line[i] - '0');
        }
        while (digits++ < 3) {
            millis *= 10;
        }
        return seconds * 1000 + millis;
    }

    /** A line with no sentence; a "$PGHP,1,..." Gatehouse line dates the next sentence. */
    private void readOtherLine(int from, int to) {
        stats.otherLines++;
        if (to - from > 20
                && line[from] == '$'
                && line[from + 1] == 'P'
                && line[from + 2] == 'G'
                && line[from + 3] == 'H'
                && line[from + 4] == 'P'
                && line[from + 5] == ','
                && line[from + 6] == '1'
                && line[from + 7] == ',') {
            pghpMillis = gatehouseTime(from + 8, to);
        }
    }

    /** Parses "year,month,day,hour,minute,second,millisecond" of a $PGHP type 1 sentence. */
    private long gatehouseTime(int from, int to) {
        int[] parts = new int[7];
        int field = 0;
        int fieldStart = from;
        for (int i = from; i <= to && field < 7; i++) {
            if (i == to || line[i] == ',' || line[i] == '*') {
                long v = Nmea.digits(line, fieldStart, i);
                if (v < 0 || v > 9999) {
                    return NO_TIME;
                }
                parts[field++] = (int) v;
                fieldStart = i + 1;
            }
        }
        if (field < 7) {
            return NO_TIME;
        }
        try {
            return LocalDateTime.of(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5])
                            .toInstant(ZoneOffset.UTC)
                            .toEpochMilli()
                    + parts[6];
        } catch (java.time.DateTimeException e) {
            return NO_TIME;
        }
    }

    private String talker(int start) {
        int a = line[start] - 32;
        int b = line[start + 1] - 32;
        if (a < 0 || a >= 96 || b < 0 || b >= 96) {
            return new String(line, start, 2, StandardCharsets.ISO_8859_1);
        }
        String t = talkers[a * 96 + b];
        if (t == null) {
            t = new String(line, start, 2, StandardCharsets.ISO_8859_1);
            talkers[a * 96 + b] = t;
        }
        return t;
    }

    private Optional<String> channel(int from, int to) {
        if (from == to) {
            return Optional.empty();
        }
        if (to - from == 1) {
            switch (line[from]) {
                case 'A':
                    return CHANNEL_A;
                case 'B':
                    return CHANNEL_B;
                case '1':
                    return CHANNEL_1;
                case '2':
                    return CHANNEL_2;
                default:
                    break;
            }
        }
        return Optional.of(Nmea.ascii(line, from, to));
    }

    private static Optional<String> source(TagBlock tag) {
        return tag == null ? Optional.empty() : tag.source();
    }

    // ---- errors -----------------------------------------------------------------------------

    private void dropped(MultipartAssembler.Slot slot, String why) {
        ErrorKind kind = slot.hasFirstPart() ? ErrorKind.INCOMPLETE_MULTIPART : ErrorKind.ORPHANED_PART;
        String what = slot.hasFirstPart()
                ? "multi-sentence message with " + slot.received + " of " + slot.key.total() + " parts"
                : "fragment(s) of a " + slot.key.total() + "-part message without part 1";
        stats.errorsByKind[kind.ordinal()]++;
        sink.error(new DecodeError(
                kind,
                what + " (channel " + slot.key.channel() + ", sequence id " + slot.key.sequenceId()
                        + (slot.key.groupId().isEmpty() ? "" : ", group " + slot.key.groupId())
                        + ", first seen on line "
                        + slot.firstLine + ") " + why,
                lineNumber,
                slot.source,
                ""));
    }

    private void report(ErrorKind kind, String message) {
        report(kind, message, null);
    }

    private void report(ErrorKind kind, String message, TagBlock tag) {
        stats.errorsByKind[kind.ordinal()]++;
        Optional<String> source = tag != null ? tag.source() : lineSource;
        int n = Math.min(lineEnd - lineStart, DecodeError.EXCERPT_LIMIT);
        sink.error(new DecodeError(kind, message, lineNumber, source, Nmea.ascii(line, lineStart, lineStart + n)));
    }
}
