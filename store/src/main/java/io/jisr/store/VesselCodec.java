package io.jisr.store;

import io.jisr.ais.identity.ImoNumber;
import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.Dimensions;
import io.jisr.ais.message.Eta;
import io.jisr.ais.message.NavigationStatus;
import io.jisr.ais.message.Position;
import io.jisr.ais.message.ShipType;
import io.jisr.picture.HeardBy;
import io.jisr.picture.PositionFix;
import io.jisr.picture.StaticData;
import io.jisr.picture.Vessel;
import io.jisr.picture.VesselKind;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Exact binary form of a {@link Vessel} for the commit log: the whole vessel, or only the parts that
 * differ from an earlier snapshot of it. Reading back gives an equal record, to the bit.
 */
final class VesselCodec {
    /*
     * Implementation note: a vessel is its MMSI, a varint mask, then the parts the mask names, in this
     * order: 0x01 kind (name), 0x02 static data, 0x04 last fix, 0x08 first seen, 0x10 last seen,
     * 0x20 reports (difference from the base), 0x40 receivers. Three flags replace a part with
     * nothing: 0x80 the last fix is the station's last point in the same batch (written just before,
     * and exact at history resolution), 0x100 last seen is the last fix's time, 0x200 reports is the
     * base's plus one. 0x400 marks a vessel written whole, against no base. A receiver's time that equals last seen is written as one byte.
     * Doubles that AIS produced (1/600,000 degree, tenths) are written as their raw integer; any other
     * double as its 64 bits, so that every value reads back identical. A position change costs about
     * 15 bytes this way, instead of 36 spelled out.
     */

    private static final int KIND = 0x01;
    private static final int STATIC = 0x02;
    private static final int LAST_FIX = 0x04;
    private static final int FIRST_SEEN = 0x08;
    private static final int LAST_SEEN = 0x10;
    private static final int REPORTS = 0x20;
    private static final int HEARD_BY = 0x40;
    private static final int ALL = 0x7F;
    private static final int LAST_FIX_IS_POINT = 0x80;
    private static final int LAST_SEEN_IS_FIX = 0x100;
    private static final int ONE_MORE_REPORT = 0x200;
    private static final int WHOLE = 0x400;

    private VesselCodec() {}

    /**
     * Writes {@code v}, only what differs from {@code base} when there is one; {@code lastPoint} is the
     * station's last point written just before in the same batch, if any.
     */
    static void write(BinaryWriter out, Vessel v, Vessel base, PositionFix lastPoint) {
        int mask = WHOLE | ALL;
        if (base != null) {
            mask = 0;
            mask |= v.kind() != base.kind() ? KIND : 0;
            mask |= !v.staticData().equals(base.staticData()) ? STATIC : 0;
            mask |= !v.lastFix().equals(base.lastFix()) ? LAST_FIX : 0;
            mask |= !v.firstSeen().equals(base.firstSeen()) ? FIRST_SEEN : 0;
            mask |= !v.lastSeen().equals(base.lastSeen()) ? LAST_SEEN : 0;
            mask |= v.reports() != base.reports() ? REPORTS : 0;
            mask |= !v.heardBy().equals(base.heardBy()) ? HEARD_BY : 0;
            if ((mask & REPORTS) != 0 && v.reports() == base.reports() + 1) {
                mask = mask & ~REPORTS | ONE_MORE_REPORT;
            }
        }
        if ((mask & LAST_FIX) != 0
                && lastPoint != null
                && v.lastFix().isPresent()
                && v.lastFix().get().equals(lastPoint)
                && isExactInHistory(lastPoint)) {
            mask = mask & ~LAST_FIX | LAST_FIX_IS_POINT;
        }
        if ((mask & LAST_SEEN) != 0
                && v.lastFix().isPresent()
                && v.lastFix().get().time().equals(v.lastSeen())) {
            mask = mask & ~LAST_SEEN | LAST_SEEN_IS_FIX;
        }
        out.writeVarLong(v.mmsi().value());
        out.writeVarLong(mask);
        if ((mask & KIND) != 0) {
            out.writeString(v.kind().name());
        }
        if ((mask & STATIC) != 0) {
            writeStatic(out, v.staticData());
        }
        if ((mask & LAST_FIX) != 0) {
            out.writeByte(v.lastFix().isPresent() ? 1 : 0);
            v.lastFix().ifPresent(f -> writeFix(out, f));
        }
        if ((mask & FIRST_SEEN) != 0) {
            writeInstant(out, v.firstSeen());
        }
        if ((mask & LAST_SEEN) != 0) {
            writeInstant(out, v.lastSeen());
        }
        if ((mask & REPORTS) != 0) {
            out.writeSignedVarLong(v.reports() - (base == null ? 0 : base.reports()));
        }
        if ((mask & HEARD_BY) != 0) {
            writeHeardBy(out, v.heardBy(), v.lastSeen());
        }
    }

    /**
     * Reads a vessel; {@code bases} gives the snapshot it may be written against, {@code lastPoints} the
     * station's last point read just before.
     */
    static Vessel read(
            BinaryReader in,
            java.util.function.IntFunction<Vessel> bases,
            java.util.function.IntFunction<PositionFix> lastPoints) {
        int mmsi = (int) in.readVarLong();
        int mask = (int) in.readVarLong();
        boolean whole = (mask & WHOLE) != 0;
        Vessel b = whole ? null : bases.apply(mmsi);
        if (!whole && b == null) {
            throw new StoreException("commit log is corrupt: vessel " + mmsi + " is written as a change to nothing");
        }
        VesselKind kind = (mask & KIND) != 0 ? VesselKind.valueOf(in.readString()) : b.kind();
        StaticData staticData = (mask & STATIC) != 0 ? readStatic(in) : b.staticData();
        Optional<PositionFix> lastFix;
        if ((mask & LAST_FIX) != 0) {
            lastFix = in.readByte() == 1 ? Optional.of(readFix(in)) : Optional.empty();
        } else if ((mask & LAST_FIX_IS_POINT) != 0) {
            PositionFix point = lastPoints.apply(mmsi);
            if (point == null) {
                throw new StoreException("commit log is corrupt: vessel " + mmsi + " refers to a point it lacks");
            }
            lastFix = Optional.of(point);
        } else {
            lastFix = b.lastFix();
        }
        Instant firstSeen = (mask & FIRST_SEEN) != 0 ? readInstant(in) : b.firstSeen();
        Instant lastSeen = (mask & LAST_SEEN) != 0
                ? readInstant(in)
                : (mask & LAST_SEEN_IS_FIX) != 0 ? lastFix.orElseThrow().time() : b.lastSeen();
        long reports = (mask & REPORTS) != 0
                ? in.readSignedVarLong() + (b == null ? 0 : b.reports())
                : (mask & ONE_MORE_REPORT) != 0 ? b.reports() + 1 : b.reports();
        HeardBy heardBy = (mask & HEARD_BY) != 0 ? readHeardBy(in, lastSeen) : b.heardBy();
        return new Vessel(Mmsi.of(mmsi), kind, staticData, lastFix, firstSeen, lastSeen, reports, heardBy);
    }

    /** Returns whether a track segment keeps the fix exactly: whole milliseconds, AIS resolution. */
    private static boolean isExactInHistory(PositionFix f) {
        return f.time().getNano() % 1_000_000 == 0
                && isMultiple(f.position().latitude(), TrackSegment.UNITS_PER_DEGREE)
                && isMultiple(f.position().longitude(), TrackSegment.UNITS_PER_DEGREE)
                && (f.speedKnots().isEmpty() || isMultiple(f.speedKnots().getAsDouble(), 10))
                && (f.courseDegrees().isEmpty() || isMultiple(f.courseDegrees().getAsDouble(), 10));
    }

    private static void writeStatic(BinaryWriter out, StaticData s) {
        int present = (s.name().isPresent() ? 0x01 : 0)
                | (s.callSign().isPresent() ? 0x02 : 0)
                | (s.imo().isPresent() ? 0x04 : 0)
                | (s.shipType().isPresent() ? 0x08 : 0)
                | (s.dimensions().isPresent() ? 0x10 : 0)
                | (s.destination().isPresent() ? 0x20 : 0)
                | (s.eta().isPresent() ? 0x40 : 0)
                | (s.draughtMetres().isPresent() ? 0x80 : 0);
        out.writeByte(present);
        s.name().ifPresent(out::writeString);
        s.callSign().ifPresent(out::writeString);
        s.imo().ifPresent(imo -> out.writeVarLong(imo.value()));
        s.shipType().ifPresent(t -> out.writeVarLong(t.code()));
        s.dimensions().ifPresent(d -> {
            out.writeVarLong(d.toBow());
            out.writeVarLong(d.toStern());
            out.writeVarLong(d.toPort());
            out.writeVarLong(d.toStarboard());
        });
        s.destination().ifPresent(out::writeString);
        s.eta().ifPresent(e -> {
            writeOptionalInt(out, e.month());
            writeOptionalInt(out, e.day());
            writeOptionalInt(out, e.hour());
            writeOptionalInt(out, e.minute());
        });
        if (s.draughtMetres().isPresent()) {
            out.writeLong(Double.doubleToRawLongBits(s.draughtMetres().getAsDouble()));
        }
    }

    private static StaticData readStatic(BinaryReader in) {
        int present = in.readByte();
        Optional<String> name = (present & 0x01) != 0 ? Optional.of(in.readString()) : Optional.empty();
        Optional<String> callSign = (present & 0x02) != 0 ? Optional.of(in.readString()) : Optional.empty();
        Optional<ImoNumber> imo =
                (present & 0x04) != 0 ? Optional.of(ImoNumber.of((int) in.readVarLong())) : Optional.empty();
        Optional<ShipType> shipType =
                (present & 0x08) != 0 ? Optional.of(ShipType.of((int) in.readVarLong())) : Optional.empty();
        Optional<Dimensions> dimensions = (present & 0x10) != 0
                ? Optional.of(new Dimensions(
                        (int) in.readVarLong(), (int) in.readVarLong(), (int) in.readVarLong(), (int) in.readVarLong()))
                : Optional.empty();
        Optional<String> destination = (present & 0x20) != 0 ? Optional.of(in.readString()) : Optional.empty();
        Optional<Eta> eta = (present & 0x40) != 0
                ? Optional.of(
                        new Eta(readOptionalInt(in), readOptionalInt(in), readOptionalInt(in), readOptionalInt(in)))
                : Optional.empty();
        OptionalDouble draught = (present & 0x80) != 0
                ? OptionalDouble.of(Double.longBitsToDouble(in.readLong()))
                : OptionalDouble.empty();
        return new StaticData(name, callSign, imo, shipType, dimensions, destination, eta, draught);
    }

    // Fix flags: 0x01 speed, 0x02 course, 0x04 heading, 0x08 status, 0x10 high accuracy, 0x20 suspect,
    // 0x40 position in AIS units (else raw doubles), 0x80 speed and course in tenths (else raw doubles).

    private static void writeFix(BinaryWriter out, PositionFix f) {
        double lat = f.position().latitude();
        double lon = f.position().longitude();
        boolean aisPosition =
                isMultiple(lat, TrackSegment.UNITS_PER_DEGREE) && isMultiple(lon, TrackSegment.UNITS_PER_DEGREE);
        boolean tenths = (f.speedKnots().isEmpty() || isMultiple(f.speedKnots().getAsDouble(), 10))
                && (f.courseDegrees().isEmpty() || isMultiple(f.courseDegrees().getAsDouble(), 10));
        int flags = (f.speedKnots().isPresent() ? 0x01 : 0)
                | (f.courseDegrees().isPresent() ? 0x02 : 0)
                | (f.headingDegrees().isPresent() ? 0x04 : 0)
                | (f.status().isPresent() ? 0x08 : 0)
                | (f.highAccuracy() ? 0x10 : 0)
                | (f.suspect() ? 0x20 : 0)
                | (aisPosition ? 0x40 : 0)
                | (tenths ? 0x80 : 0);
        out.writeByte(flags);
        writeInstant(out, f.time());
        if (aisPosition) {
            out.writeSignedVarLong(Math.round(lat * TrackSegment.UNITS_PER_DEGREE));
            out.writeSignedVarLong(Math.round(lon * TrackSegment.UNITS_PER_DEGREE));
        } else {
            out.writeLong(Double.doubleToRawLongBits(lat));
            out.writeLong(Double.doubleToRawLongBits(lon));
        }
        if (f.speedKnots().isPresent()) {
            writeScaled(out, f.speedKnots().getAsDouble(), tenths);
        }
        if (f.courseDegrees().isPresent()) {
            writeScaled(out, f.courseDegrees().getAsDouble(), tenths);
        }
        if (f.headingDegrees().isPresent()) {
            out.writeSignedVarLong(f.headingDegrees().getAsInt());
        }
        f.status().ifPresent(s -> out.writeByte(s.code()));
        out.writeSignedVarLong(f.messageType());
    }

    private static PositionFix readFix(BinaryReader in) {
        int flags = in.readByte();
        Instant time = readInstant(in);
        boolean tenths = (flags & 0x80) != 0;
        Position position = (flags & 0x40) != 0
                ? new Position(
                        (double) in.readSignedVarLong() / TrackSegment.UNITS_PER_DEGREE,
                        (double) in.readSignedVarLong() / TrackSegment.UNITS_PER_DEGREE)
                : new Position(Double.longBitsToDouble(in.readLong()), Double.longBitsToDouble(in.readLong()));
        OptionalDouble speed = (flags & 0x01) != 0 ? OptionalDouble.of(readScaled(in, tenths)) : OptionalDouble.empty();
        OptionalDouble course =
                (flags & 0x02) != 0 ? OptionalDouble.of(readScaled(in, tenths)) : OptionalDouble.empty();
        OptionalInt heading = (flags & 0x04) != 0 ? OptionalInt.of((int) in.readSignedVarLong()) : OptionalInt.empty();
        Optional<NavigationStatus> status =
                (flags & 0x08) != 0 ? Optional.of(NavigationStatus.ofCode(in.readByte())) : Optional.empty();
        int messageType = (int) in.readSignedVarLong();
        return new PositionFix(
                time, position, speed, course, heading, status, (flags & 0x10) != 0, messageType, (flags & 0x20) != 0);
    }

    /** Returns whether {@code value} is exactly {@code raw / scale} for some integer raw (so not -0.0). */
    private static boolean isMultiple(double value, int scale) {
        double scaled = value * scale;
        if (!(Math.abs(scaled) < 1e15)) {
            return false;
        }
        long raw = Math.round(scaled);
        return Double.doubleToRawLongBits((double) raw / scale) == Double.doubleToRawLongBits(value);
    }

    private static void writeScaled(BinaryWriter out, double value, boolean tenths) {
        if (tenths) {
            out.writeSignedVarLong(Math.round(value * 10));
        } else {
            out.writeLong(Double.doubleToRawLongBits(value));
        }
    }

    private static double readScaled(BinaryReader in, boolean tenths) {
        return tenths ? in.readSignedVarLong() / 10.0 : Double.longBitsToDouble(in.readLong());
    }

    static void writeInstant(BinaryWriter out, Instant t) {
        out.writeSignedVarLong(t.getEpochSecond());
        out.writeVarLong(t.getNano());
    }

    static Instant readInstant(BinaryReader in) {
        long second = in.readSignedVarLong();
        return Instant.ofEpochSecond(second, in.readVarLong());
    }

    /**
     * Receivers and times: count, then per receiver (sorted by name) its name and time, a time equal to
     * {@code lastSeen} as a single 0 byte.
     */
    static void writeHeardBy(BinaryWriter out, HeardBy receivers, Instant lastSeen) {
        Map<String, Instant> heardBy = receivers.asMap();
        out.writeVarLong(heardBy.size());
        Map<String, Instant> sorted = heardBy.size() > 1 ? new TreeMap<>(heardBy) : heardBy;
        for (Map.Entry<String, Instant> e : sorted.entrySet()) {
            out.writeString(e.getKey());
            if (e.getValue().equals(lastSeen)) {
                out.writeByte(0);
            } else {
                out.writeByte(1);
                writeInstant(out, e.getValue());
            }
        }
    }

    static HeardBy readHeardBy(BinaryReader in, Instant lastSeen) {
        int n = (int) in.readVarLong();
        Map<String, Instant> heardBy = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String receiver = in.readString();
            heardBy.put(receiver, in.readByte() == 0 ? lastSeen : readInstant(in));
        }
        return HeardBy.of(heardBy);
    }

    private static void writeOptionalInt(BinaryWriter out, OptionalInt v) {
        out.writeSignedVarLong(v.isPresent() ? v.getAsInt() + 1L : 0);
    }

    private static OptionalInt readOptionalInt(BinaryReader in) {
        long v = in.readSignedVarLong();
        return v == 0 ? OptionalInt.empty() : OptionalInt.of((int) (v - 1));
    }
}
