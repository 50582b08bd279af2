package io.jisr.ais;

/** What was wrong with a line, sentence or payload. Each kind is counted in {@link DecoderStats}. */
public enum ErrorKind {
    /** The NMEA checksum does not match the sentence; the sentence is dropped. */
    BAD_CHECKSUM(true),
    /** The sentence ends without {@code *hh}; it is dropped. */
    MISSING_CHECKSUM(true),
    /** The sentence has fewer than the seven fields of a VDM/VDO sentence. */
    TOO_FEW_FIELDS(true),
    /** Fragment count, fragment number or sequence id is not a number in range. */
    BAD_FRAGMENT_FIELDS(true),
    /** The fill-bits field is not 0 to 5. */
    BAD_FILL_BITS(true),
    /** The payload holds a character outside the six-bit armour alphabet. */
    BAD_ARMOR_CHAR(true),
    /** The payload is empty. */
    EMPTY_PAYLOAD(true),
    /** The message type is 0 or 28 to 63, which ITU-R M.1371-5 does not define. */
    UNKNOWN_TYPE(true),
    /** The payload is shorter than its message type requires. */
    PAYLOAD_TOO_SHORT(true),
    /** The assembled payload is longer than any AIS message can be. */
    PAYLOAD_TOO_LONG(true),
    /** A later fragment of a multi-sentence message whose first fragment never came. */
    ORPHANED_PART(true),
    /** A multi-sentence message that did not complete in time, or was displaced by a new one. */
    INCOMPLETE_MULTIPART(true),
    /** A tag block that cannot be parsed; the sentence after it is decoded without its metadata. */
    BAD_TAG_BLOCK(false),
    /** A tag block whose checksum does not match; its metadata is kept, marked unverified. */
    TAG_BLOCK_CHECKSUM(false),
    /** A line longer than the decoder's limit; it is dropped unread. */
    LINE_TOO_LONG(true);

    private final boolean dropsData;

    ErrorKind(boolean dropsData) {
        this.dropsData = dropsData;
    }

    /** Returns whether this error loses the sentence or message it concerns (false for metadata-only problems). */
    public boolean dropsData() {
        return dropsData;
    }
}
