package io.jisr.ais;

import io.jisr.ais.message.AisMessage;
import io.jisr.ais.message.BitBuffer;
import io.jisr.ais.message.MessageCodec;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes AIS messages as NMEA 0183 {@code !xxVDM}/{@code !xxVDO} sentences, splitting long payloads
 * over several sentences as transponders do. The exact inverse of {@link AisDecoder} for every
 * message it decodes.
 *
 * @param talker the two-character talker, usually {@code AI}
 * @param ownShip true to write {@code VDO} (own-ship) sentences instead of {@code VDM}
 * @param maxPayloadChars the most armoured payload characters per sentence; 60 keeps every sentence
 *     within the 82 characters of IEC 61162-1
 */
public record AisEncoder(String talker, boolean ownShip, int maxPayloadChars) {

    /** Checks the settings. */
    public AisEncoder {
        if (talker.length() != 2
                || !talker.chars().allMatch(c -> c > ' ' && c < 127 && c != ',' && c != '*' && c != '!')) {
            throw new IllegalArgumentException("talker must be two printable characters, was \"" + talker + "\"");
        }
        if (maxPayloadChars < 1) {
            throw new IllegalArgumentException(
                    "payload characters per sentence must be at least 1, was " + maxPayloadChars);
        }
    }

    /** An encoder writing {@code !AIVDM} sentences of at most 60 payload characters. */
    public static AisEncoder standard() {
        return new AisEncoder("AI", false, 60);
    }

    /**
     * Returns the sentences that carry {@code message}.
     *
     * @param channel the radio channel to write ({@code A}, {@code B}, or empty for none)
     * @param sequenceId the sequential message id 0 to 9 for multi-sentence messages; ignored (left
     *     blank) for a message that fits one sentence
     */
    public List<String> encode(AisMessage message, String channel, int sequenceId) {
        if (sequenceId < 0 || sequenceId > 9) {
            throw new IllegalArgumentException("sequence id must be within 0..9, was " + sequenceId);
        }
        BitBuffer bits = MessageCodec.encode(message);
        StringBuilder armored = new StringBuilder();
        int fill = bits.armor(armored);
        int count = Math.max(1, (armored.length() + maxPayloadChars - 1) / maxPayloadChars);
        if (count > 9) {
            throw new IllegalArgumentException(
                    "message of " + bits.length() + " bits needs " + count + " sentences, more than 9");
        }
        List<String> sentences = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int from = i * maxPayloadChars;
            int to = Math.min(armored.length(), from + maxPayloadChars);
            StringBuilder body = new StringBuilder(96)
                    .append(talker)
                    .append(ownShip ? "VDO," : "VDM,")
                    .append(count)
                    .append(',')
                    .append(i + 1)
                    .append(',');
            if (count > 1) {
                body.append(sequenceId);
            }
            body.append(',')
                    .append(channel)
                    .append(',')
                    .append(armored, from, to)
                    .append(',')
                    .append(i == count - 1 ? fill : 0);
            sentences.add("!" + body + "*" + Nmea.checksumHex(Nmea.checksum(body)));
        }
        return sentences;
    }
}
