package io.jisr.exchange.record;

import io.jisr.exchange.DataCategory;
import io.jisr.exchange.GeoPoint;
import io.jisr.exchange.Partner;
import io.jisr.exchange.Texts;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One thing a node may share, in any category: what the release policy needs to decide, and the
 * category's content.
 *
 * <p>Every coordinate of a record is in {@link #position()}: the policy rounds that field only, so
 * the application's mapping from picture, detections or SAR must not put positions in {@link
 * #content()}.
 *
 * @param key the record's identity at its origin ({@code pos/636012345/2026-11-26T10:00:00Z}), 1 to
 *     200 characters
 * @param category what kind of data it is
 * @param origin where it was first made
 * @param observedAt when what it reports was observed (the delay of an annex counts from here)
 * @param position where, if the record has a place
 * @param subject what it is about; its kind must match the category's
 * @param content the category's other fields by name (vessel name, destination, alert text), sorted
 * @param handling the terms it is held under: set when received from a partner or when released;
 *     empty for a record this node made and has not released
 * @param receivedFrom the partner it came from, empty for a record this node made
 */
public record ShareableRecord(
        String key,
        DataCategory category,
        Origin origin,
        Instant observedAt,
        Optional<GeoPoint> position,
        Subject subject,
        SortedMap<String, String> content,
        Optional<HandlingTerms> handling,
        Optional<Partner> receivedFrom) {

    /** Checks that nothing is missing, that the subject fits the category, and copies the content. */
    public ShareableRecord {
        Objects.requireNonNull(key, "record key must not be null");
        if (key.isEmpty() || key.length() > 200) {
            throw new IllegalArgumentException("record key must have 1 to 200 characters, had " + key.length());
        }
        Objects.requireNonNull(category, "category must not be null");
        Objects.requireNonNull(origin, "origin must not be null");
        Objects.requireNonNull(observedAt, "observation time must not be null");
        Objects.requireNonNull(position, "position must not be null (use Optional.empty())");
        Objects.requireNonNull(subject, "subject must not be null");
        if (subject.kind() != category.subjectKind()) {
            throw new IllegalArgumentException(
                    "a " + category + " record needs a " + category.subjectKind() + " subject, was " + subject.kind());
        }
        content = Collections.unmodifiableSortedMap(new TreeMap<>(content));
        for (Map.Entry<String, String> field : content.entrySet()) {
            if (!isContentName(field.getKey())) {
                throw new IllegalArgumentException("content field name must be 1 to 64 of letters, digits, '_', '.'"
                        + " and '-', starting with a letter; was \"" + Texts.excerpt(field.getKey()) + "\"");
            }
            if (field.getValue() == null) {
                // The message is made only when needed: records are made by the hundred thousand per second.
                throw new NullPointerException("content field " + field.getKey() + " must not be null");
            }
        }
        Objects.requireNonNull(handling, "handling must not be null (use Optional.empty())");
        Objects.requireNonNull(receivedFrom, "receivedFrom must not be null (use Optional.empty())");
    }

    /**
     * Whether {@code name} is 1 to 64 of letters, digits, '_', '.' and '-' (ASCII), starting with a letter.
     * Written out rather than as a regular expression: every record made checks each of its content names,
     * and a matcher per name was a good part of what the federation link allocated per record.
     */
    static boolean isContentName(String name) {
        if (name.isEmpty() || name.length() > 64 || !isAsciiLetter(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '_' && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** Whether this record came from a partner rather than being made here. */
    public boolean isReceived() {
        return receivedFrom.isPresent();
    }

    /** This record at another position. */
    public ShareableRecord withPosition(Optional<GeoPoint> newPosition) {
        return new ShareableRecord(
                key, category, origin, observedAt, newPosition, subject, content, handling, receivedFrom);
    }

    /** This record as released under {@code terms}: the terms set, the receipt cleared (the receiver sets its own). */
    public ShareableRecord releasedUnder(HandlingTerms terms) {
        return new ShareableRecord(
                key, category, origin, observedAt, position, subject, content, Optional.of(terms), Optional.empty());
    }

    /** This record as received from {@code partner}. */
    public ShareableRecord receivedFrom(Partner partner) {
        return new ShareableRecord(
                key, category, origin, observedAt, position, subject, content, handling, Optional.of(partner));
    }
}
