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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** The {@code vessel} table: one row per station holding everything in a {@link Vessel}. */
final class VesselRows {
    private VesselRows() {}

    /** The columns in the order {@link #bind} and {@link #read} use. */
    static final List<String> COLUMNS = List.of(
            "mmsi",
            "kind",
            "name",
            "call_sign",
            "imo",
            "ship_type",
            "to_bow",
            "to_stern",
            "to_port",
            "to_starboard",
            "destination",
            "has_eta",
            "eta_month",
            "eta_day",
            "eta_hour",
            "eta_minute",
            "draught_m",
            "fix_time_s",
            "fix_time_nanos",
            "fix_lat",
            "fix_lon",
            "fix_speed_kn",
            "fix_course_deg",
            "fix_heading_deg",
            "fix_status",
            "fix_high_accuracy",
            "fix_message_type",
            "fix_suspect",
            "first_seen_s",
            "first_seen_nanos",
            "last_seen_s",
            "last_seen_nanos",
            "reports",
            "heard_by");

    static final String SELECT = "SELECT " + String.join(", ", COLUMNS) + " FROM vessel ORDER BY mmsi";

    /** Sets the statement's parameters 1 to {@code COLUMNS.size()} from the vessel. */
    static void bind(PreparedStatement ps, Vessel v) throws SQLException {
        StaticData s = v.staticData();
        int i = 1;
        ps.setInt(i++, v.mmsi().value());
        ps.setString(i++, v.kind().name());
        ps.setString(i++, s.name().orElse(null));
        ps.setString(i++, s.callSign().orElse(null));
        setInt(ps, i++, s.imo().map(ImoNumber::value));
        setInt(ps, i++, s.shipType().map(ShipType::code));
        setInt(ps, i++, s.dimensions().map(Dimensions::toBow));
        setInt(ps, i++, s.dimensions().map(Dimensions::toStern));
        setInt(ps, i++, s.dimensions().map(Dimensions::toPort));
        setInt(ps, i++, s.dimensions().map(Dimensions::toStarboard));
        ps.setString(i++, s.destination().orElse(null));
        ps.setBoolean(i++, s.eta().isPresent());
        setInt(ps, i++, s.eta().map(Eta::month).orElse(OptionalInt.empty()));
        setInt(ps, i++, s.eta().map(Eta::day).orElse(OptionalInt.empty()));
        setInt(ps, i++, s.eta().map(Eta::hour).orElse(OptionalInt.empty()));
        setInt(ps, i++, s.eta().map(Eta::minute).orElse(OptionalInt.empty()));
        setDouble(ps, i++, s.draughtMetres());
        if (v.lastFix().isPresent()) {
            PositionFix f = v.lastFix().get();
            ps.setLong(i++, f.time().getEpochSecond());
            ps.setInt(i++, f.time().getNano());
            ps.setDouble(i++, f.position().latitude());
            ps.setDouble(i++, f.position().longitude());
            setDouble(ps, i++, f.speedKnots());
            setDouble(ps, i++, f.courseDegrees());
            setInt(ps, i++, f.headingDegrees());
            setInt(ps, i++, f.status().map(NavigationStatus::code));
            ps.setBoolean(i++, f.highAccuracy());
            ps.setInt(i++, f.messageType());
            ps.setBoolean(i++, f.suspect());
        } else {
            ps.setNull(i++, Types.BIGINT);
            ps.setNull(i++, Types.INTEGER);
            ps.setNull(i++, Types.DOUBLE);
            ps.setNull(i++, Types.DOUBLE);
            ps.setNull(i++, Types.DOUBLE);
            ps.setNull(i++, Types.DOUBLE);
            ps.setNull(i++, Types.INTEGER);
            ps.setNull(i++, Types.INTEGER);
            ps.setNull(i++, Types.BOOLEAN);
            ps.setNull(i++, Types.INTEGER);
            ps.setNull(i++, Types.BOOLEAN);
        }
        ps.setLong(i++, v.firstSeen().getEpochSecond());
        ps.setInt(i++, v.firstSeen().getNano());
        ps.setLong(i++, v.lastSeen().getEpochSecond());
        ps.setInt(i++, v.lastSeen().getNano());
        ps.setLong(i++, v.reports());
        ps.setBytes(i, heardBy(v.heardBy()));
    }

    /** Reads a vessel from a row of {@link #SELECT}. */
    static Vessel read(ResultSet rs) throws SQLException {
        int mmsi = rs.getInt(1);
        Optional<Dimensions> dimensions = integer(rs, 7).isPresent()
                ? Optional.of(new Dimensions(rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10)))
                : Optional.empty();
        Optional<Eta> eta = rs.getBoolean(12)
                ? Optional.of(new Eta(integer(rs, 13), integer(rs, 14), integer(rs, 15), integer(rs, 16)))
                : Optional.empty();
        StaticData staticData = new StaticData(
                Optional.ofNullable(rs.getString(3)),
                Optional.ofNullable(rs.getString(4)),
                box(integer(rs, 5)).map(ImoNumber::of),
                box(integer(rs, 6)).map(ShipType::of),
                dimensions,
                Optional.ofNullable(rs.getString(11)),
                eta,
                decimal(rs, 17));
        Optional<PositionFix> lastFix = Optional.empty();
        long fixSecond = rs.getLong(18);
        if (!rs.wasNull()) {
            lastFix = Optional.of(new PositionFix(
                    Instant.ofEpochSecond(fixSecond, rs.getInt(19)),
                    new Position(rs.getDouble(20), rs.getDouble(21)),
                    decimal(rs, 22),
                    decimal(rs, 23),
                    integer(rs, 24),
                    box(integer(rs, 25)).map(NavigationStatus::ofCode),
                    rs.getBoolean(26),
                    rs.getInt(27),
                    rs.getBoolean(28)));
        }
        return new Vessel(
                Mmsi.of(mmsi),
                VesselKind.valueOf(rs.getString(2)),
                staticData,
                lastFix,
                Instant.ofEpochSecond(rs.getLong(29), rs.getInt(30)),
                Instant.ofEpochSecond(rs.getLong(31), rs.getInt(32)),
                rs.getLong(33),
                heardBy(rs.getBytes(34)));
    }

    static byte[] heardBy(HeardBy heardBy) {
        BinaryWriter out = new BinaryWriter(16 + 24 * heardBy.size());
        VesselCodec.writeHeardBy(out, heardBy, Instant.MIN);
        return out.toByteArray();
    }

    static HeardBy heardBy(byte[] blob) {
        return VesselCodec.readHeardBy(new BinaryReader(blob), Instant.MIN);
    }

    private static Optional<Integer> box(OptionalInt v) {
        return v.isPresent() ? Optional.of(v.getAsInt()) : Optional.empty();
    }

    private static OptionalInt integer(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(v);
    }

    private static OptionalDouble decimal(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    private static void setInt(PreparedStatement ps, int index, Optional<Integer> v) throws SQLException {
        if (v.isPresent()) {
            ps.setInt(index, v.get());
        } else {
            ps.setNull(index, Types.INTEGER);
        }
    }

    private static void setInt(PreparedStatement ps, int index, OptionalInt v) throws SQLException {
        if (v.isPresent()) {
            ps.setInt(index, v.getAsInt());
        } else {
            ps.setNull(index, Types.INTEGER);
        }
    }

    private static void setDouble(PreparedStatement ps, int index, OptionalDouble v) throws SQLException {
        if (v.isPresent()) {
            ps.setDouble(index, v.getAsDouble());
        } else {
            ps.setNull(index, Types.DOUBLE);
        }
    }
}
