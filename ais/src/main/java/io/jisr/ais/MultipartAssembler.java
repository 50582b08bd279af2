package io.jisr.ais;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Collects the fragments of multi-sentence messages until each is complete.
 *
 * <p>Fragments belong together when they share a key: the tag-block group id when the tag block
 * gives a group (relays often name the source on the first fragment only), otherwise source,
 * channel, sequence id and fragment count; a fragment without a source joins the one open message
 * that matches it from any source. The key never
 * rests on the sequence id alone, since receivers reuse ids 0–9 constantly and on both channels at
 * once. Fragments may arrive in any order. A second copy of a fragment number that a message already
 * holds means a new message has started under the same key: the old one is dropped and reported.
 */
final class MultipartAssembler {

    /** Where a dropped message is reported. */
    interface Drops {
        void dropped(Slot slot, String why);
    }

    record Key(String source, String channel, int sequenceId, int total, String groupId) {}

    /** One message being assembled. */
    static final class Slot {
        final Key key;
        final byte[][] parts;
        final int[] fillBits;
        int received;
        final long startedMillis;
        final long firstLine;
        String talker;
        boolean ownShip;
        Optional<String> channel;
        Optional<String> source;
        Optional<Instant> receivedAt;

        Slot(Key key, long startedMillis, long firstLine) {
            this.key = key;
            this.parts = new byte[key.total()][];
            this.fillBits = new int[key.total()];
            this.startedMillis = startedMillis;
            this.firstLine = firstLine;
        }

        boolean hasFirstPart() {
            return parts[0] != null;
        }

        /** Concatenates the parts' armoured payloads in order. */
        byte[] payload() {
            int n = 0;
            for (byte[] p : parts) {
                n += p.length;
            }
            byte[] all = new byte[n];
            int at = 0;
            for (byte[] p : parts) {
                System.arraycopy(p, 0, all, at, p.length);
                at += p.length;
            }
            return all;
        }

        int lastFillBits() {
            return fillBits[fillBits.length - 1];
        }
    }

    private final List<Slot> open = new ArrayList<>();
    private final long timeoutMillis;
    private final int maxOpen;
    private final Drops drops;

    MultipartAssembler(long timeoutMillis, int maxOpen, Drops drops) {
        this.timeoutMillis = timeoutMillis;
        this.maxOpen = maxOpen;
        this.drops = drops;
    }

    /**
     * Adds fragment {@code number} (1-based) of a message.
     *
     * @return the slot when this fragment completed it (and it is no longer held), otherwise empty
     */
    Optional<Slot> add(
            Key key, int number, byte[] buf, int from, int to, int fill, long nowMillis, long line, SlotInit init) {
        expire(nowMillis);
        Slot slot = find(key);
        if (slot == null && key.source().isEmpty() && key.groupId().isEmpty()) {
            slot = findFromAnySource(key);
        }
        if (slot != null && slot.parts[number - 1] != null) {
            open.remove(slot);
            drops.dropped(slot, "displaced by a new fragment " + number + " with the same key before it completed");
            slot = null;
        }
        if (slot == null) {
            if (open.size() >= maxOpen) {
                Slot oldest = open.remove(0);
                drops.dropped(oldest, "dropped because " + maxOpen + " multi-sentence messages were already open");
            }
            slot = new Slot(key, nowMillis, line);
            open.add(slot);
        }
        if (number == 1 || slot.talker == null) {
            init.fill(slot);
        }
        slot.parts[number - 1] = Arrays.copyOfRange(buf, from, to);
        slot.fillBits[number - 1] = fill;
        slot.received++;
        if (slot.received == key.total()) {
            open.remove(slot);
            return Optional.of(slot);
        }
        return Optional.empty();
    }

    /** Fills a new slot's reception facts from the fragment that opens it (or its first fragment). */
    interface SlotInit {
        void fill(Slot slot);
    }

    /** Drops every message older than the timeout at {@code nowMillis}. */
    void expire(long nowMillis) {
        if (open.isEmpty()) {
            return;
        }
        for (int i = 0; i < open.size(); ) {
            Slot slot = open.get(i);
            long age = nowMillis - slot.startedMillis;
            // A negative age means time went backwards (a replay, or mixed time bases): age by absolute value.
            if (Math.abs(age) > timeoutMillis) {
                open.remove(i);
                drops.dropped(slot, "not completed within " + timeoutMillis + " ms");
            } else {
                i++;
            }
        }
    }

    /** Drops everything still open, at the end of a stream. */
    void flush() {
        List<Slot> all = List.copyOf(open);
        open.clear();
        for (Slot slot : all) {
            drops.dropped(slot, "still incomplete at the end of the stream");
        }
    }

    int openCount() {
        return open.size();
    }

    /**
     * Finds the one open message with this channel, sequence id and count from any source: relays
     * often put the tag-block source on the first fragment only. Two candidates are ambiguous: none.
     */
    private Slot findFromAnySource(Key key) {
        Slot match = null;
        for (Slot slot : open) {
            Key k = slot.key;
            if (k.groupId().isEmpty()
                    && k.channel().equals(key.channel())
                    && k.sequenceId() == key.sequenceId()
                    && k.total() == key.total()) {
                if (match != null) {
                    return null;
                }
                match = slot;
            }
        }
        return match;
    }

    private Slot find(Key key) {
        for (int i = 0, n = open.size(); i < n; i++) {
            Slot slot = open.get(i);
            if (Objects.equals(slot.key, key)) {
                return slot;
            }
        }
        return null;
    }
}
