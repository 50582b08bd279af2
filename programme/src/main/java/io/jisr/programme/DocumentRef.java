package io.jisr.programme;

import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A reference to an attached document (the signed text of an instrument): its file name, the SHA-256 of its
 * bytes and its media type. The bytes themselves live in storage, not here.
 *
 * @param fileName the file name as uploaded, without directories
 * @param sha256 the SHA-256 of the bytes, 64 lower-case hexadecimal digits
 * @param mediaType the media type, for example {@code application/pdf}
 */
public record DocumentRef(String fileName, String sha256, String mediaType) {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*");

    /** Checks the three parts. */
    public DocumentRef {
        fileName = Texts.require("document file name", fileName);
        if (fileName.contains("/") || fileName.contains("\\") || fileName.length() > 255) {
            throw new IllegalArgumentException(
                    "document file name must be a plain name of at most 255 characters, was " + Texts.quote(fileName));
        }
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException(
                    "document SHA-256 must be 64 lower-case hexadecimal digits, was " + Texts.quote(sha256));
        }
        if (mediaType == null
                || !MEDIA_TYPE.matcher(mediaType.toLowerCase(Locale.ROOT)).matches()) {
            throw new IllegalArgumentException(
                    "document media type must look like type/subtype, was " + Texts.quote(mediaType));
        }
        mediaType = mediaType.toLowerCase(Locale.ROOT);
    }

    /** Returns the reference for these bytes, computing their SHA-256. */
    public static DocumentRef of(String fileName, String mediaType, byte[] bytes) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
            return new DocumentRef(fileName, HexFormat.of().formatHex(digest), mediaType);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK must provide SHA-256", e);
        }
    }
}
