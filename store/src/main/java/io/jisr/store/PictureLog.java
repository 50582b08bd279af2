package io.jisr.store;

import io.jisr.picture.PositionFix;
import io.jisr.picture.Vessel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
     * A station's points come just before its vessel entry, which may then refer to its last point
     * instead of repeating it. A vessel is written against its "base", the snapshot logged for it
     * since the last checkpoint image was taken; the first time after that it is written whole. So
     * replaying the log from any checkpoint needs nothing but the log itself.
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
        Set<Integer> written = new HashSet<>();
        for (Vessel v : vessels) {
            int mmsi = v.mmsi().value();
            List<PositionFix> points = pointsByMmsi.get(mmsi);
            PositionFix lastPoint = null;
            if (points != null) {
                out = writePoints(out, parts, mmsi, points);
                written.add(mmsi);
                lastPoint = points.get(points.size() - 1);
            }
            out = cutIfFull(out, parts);
            out.writeByte(VESSEL);
            VesselCodec.write(out, v, bases.apply(mmsi), lastPoint);
        }
        for (Map.Entry<Integer, List<PositionFix>> e : pointsByMmsi.entrySet()) {
            if (!written.contains(e.getKey())) {
                out = writePoints(out, parts, e.getKey(), e.getValue());
            }
        }
        if (out.length() > 1) {
            parts.add(out.toByteArray());
        }
        return parts;
    }

    private static BinaryWriter writePoints(BinaryWriter out, List<byte[]> parts, int mmsi, List<PositionFix> points) {
        BinaryWriter part = cutIfFull(out, parts);
        TrackSegment group = new TrackSegment(0, mmsi, Integer.MAX_VALUE);
        for (PositionFix f : points) {
            group.append(f, Millis.floor(f.time()));
        }
        byte[] blob = group.image().blob();
        part.writeByte(POINTS);
        part.writeVarLong(mmsi);
        part.writeVarLong(blob.length);
        part.writeBytes(blob);
        return part;
    }

    /**
     * Reads one part, keeping {@code bases} (each vessel's snapshot) and {@code lastPoints} (each
     * station's last point) up to date, and hands its content to {@code replay}.
     */
    static void replay(byte[] part, Map<Integer, Vessel> bases, Map<Integer, PositionFix> lastPoints, Replay replay) {
        BinaryReader in = new BinaryReader(part);
        int format = in.readByte();
        if (format != FORMAT) {
            throw new StoreException("commit log part has format " + format + ", this store reads " + FORMAT);
        }
        while (in.hasMore()) {
            int tag = in.readByte();
            switch (tag) {
                case VESSEL -> {
                    Vessel v = VesselCodec.read(in, bases::get, lastPoints::get);
                    bases.put(v.mmsi().value(), v);
                    replay.vessel(v);
                }
                case POINTS -> {
                    int mmsi = (int) in.readVarLong();
                    int length = (int) in.readVarLong();
                    TrackSegment.Reader points = new TrackSegment.Reader(part, in.position(), length);
                    in.skip(length);
                    while (points.next()) {
                        PositionFix fix = points.fix();
                        lastPoints.put(mmsi, fix);
                        replay.point(mmsi, fix);
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
