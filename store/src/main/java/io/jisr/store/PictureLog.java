package io.jisr.store;

import io.jisr.picture.PositionFix;
import io.jisr.picture.Vessel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The commit log's record of one batch: its vessels, each whole or as its changes since the snapshot
 * logged before it, and its points grouped per station, split into parts of a bounded size.
 */
final class PictureLog {
    /*
     * Implementation note: a part is a format byte, then entries, each a tag byte and its body:
     *   1 vessel   VesselCodec (exact)
     *   2 points   varint MMSI, varint length, a TrackSegment blob of the station's points in this
     *              batch, in arrival order (at history resolution: they only rebuild history)
     * A vessel is written against its "base", the snapshot logged for it since the last checkpoint
     * began; the first time after a checkpoint it is written whole. So replaying the log from any
     * checkpoint needs nothing but the log itself.
     */

    static final int FORMAT = 1;

    /** Parts are cut at about this size: H2 keeps binary values up to 1 MB in a row. */
    static final int PART_BYTES = 256 * 1024;

    private static final int VESSEL = 1;
    private static final int POINTS = 2;

    private PictureLog() {}

    /** What a replay of the log hands back. */
    interface Replay {
        void vessel(Vessel vessel);

        void point(int mmsi, PositionFix fix);
    }

    /** Encodes a batch; {@code bases} gives the snapshot each vessel is written against (none: whole). */
    static List<byte[]> encode(
            Iterable<Vessel> vessels, Map<Integer, List<PositionFix>> pointsByMmsi, IntFunction<Vessel> bases) {
        List<byte[]> parts = new ArrayList<>();
        BinaryWriter out = newPart();
        for (Vessel v : vessels) {
            out = cutIfFull(out, parts);
            out.writeByte(VESSEL);
            VesselCodec.write(out, v, bases.apply(v.mmsi().value()));
        }
        for (Map.Entry<Integer, List<PositionFix>> e : pointsByMmsi.entrySet()) {
            out = cutIfFull(out, parts);
            TrackSegment group = new TrackSegment(0, e.getKey(), Integer.MAX_VALUE);
            for (PositionFix f : e.getValue()) {
                group.append(f, Millis.floor(f.time()));
            }
            byte[] blob = group.image().blob();
            out.writeByte(POINTS);
            out.writeVarLong(e.getKey());
            out.writeVarLong(blob.length);
            out.writeBytes(blob);
        }
        if (out.length() > 1) {
            parts.add(out.toByteArray());
        }
        return parts;
    }

    /** Reads one part, keeping {@code bases} up to date, and hands its content to {@code replay}. */
    static void replay(byte[] part, Map<Integer, Vessel> bases, Replay replay) {
        BinaryReader in = new BinaryReader(part);
        int format = in.readByte();
        if (format != FORMAT) {
            throw new StoreException("commit log part has format " + format + ", this store reads " + FORMAT);
        }
        while (in.hasMore()) {
            int tag = in.readByte();
            switch (tag) {
                case VESSEL -> {
                    Vessel v = VesselCodec.read(in, bases::get);
                    bases.put(v.mmsi().value(), v);
                    replay.vessel(v);
                }
                case POINTS -> {
                    int mmsi = (int) in.readVarLong();
                    int length = (int) in.readVarLong();
                    TrackSegment.Reader points = new TrackSegment.Reader(part, in.position(), length);
                    in.skip(length);
                    while (points.next()) {
                        replay.point(mmsi, points.fix());
                    }
                }
                default ->
                    throw new StoreException(
                            "commit log is corrupt: entry tag " + tag + " at offset " + (in.position() - 1));
            }
        }
    }

    private static BinaryWriter newPart() {
        BinaryWriter out = new BinaryWriter(PART_BYTES + PART_BYTES / 4);
        out.writeByte(FORMAT);
        return out;
    }

    private static BinaryWriter cutIfFull(BinaryWriter out, List<byte[]> parts) {
        if (out.length() < PART_BYTES) {
            return out;
        }
        parts.add(out.toByteArray());
        return newPart();
    }
}
