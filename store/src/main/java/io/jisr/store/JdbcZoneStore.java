package io.jisr.store;

import io.jisr.detect.zone.Zone;
import io.jisr.detect.zone.ZoneKind;
import io.jisr.detect.zone.ZoneStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;

/**
 * Operators' zones on H2 or PostgreSQL, in the alerts' tables and pool: get it from {@link
 * JdbcAlertStore#zones()}, which also closes it. Areas are kept as WKT. Thread-safe.
 */
public final class JdbcZoneStore implements ZoneStore {
    private static final String SQLSTATE_UNIQUE = "23505";

    private final SqlTables tables;

    JdbcZoneStore(SqlTables tables) {
        this.tables = tables;
    }

    @Override
    public List<StoredZone> zones() {
        return tables.query(
                "read the zones",
                "SELECT id, name, kind, area, dwell_seconds, added_by, added_ms FROM zone ORDER BY added_ms, id",
                ps -> {},
                rs -> {
                    long dwell = rs.getLong(5);
                    Optional<Duration> dwellTime =
                            rs.wasNull() ? Optional.empty() : Optional.of(Duration.ofSeconds(dwell));
                    Zone zone = new Zone(
                            rs.getString(1),
                            rs.getString(2),
                            ZoneKind.valueOf(rs.getString(3)),
                            area(rs.getString(1), rs.getString(4)),
                            dwellTime);
                    return new StoredZone(zone, rs.getString(6), Instant.ofEpochMilli(rs.getLong(7)));
                });
    }

    private static org.locationtech.jts.geom.Geometry area(String id, String wkt) {
        try {
            return new WKTReader().read(wkt);
        } catch (ParseException e) {
            throw new StoreException("zone " + id + " has a damaged area in the database: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean add(List<StoredZone> zones) {
        try (Connection c = tables.connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO zone (id, name, kind, area, dwell_seconds, added_by, added_ms) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (StoredZone s : zones) {
                    Zone z = s.zone();
                    ps.setString(1, z.id());
                    ps.setString(2, z.name());
                    ps.setString(3, z.kind().name());
                    ps.setString(4, new WKTWriter().write(z.area()));
                    if (z.dwell().isPresent()) {
                        ps.setLong(5, z.dwell().get().toSeconds());
                    } else {
                        ps.setNull(5, Types.BIGINT);
                    }
                    ps.setString(6, s.addedBy());
                    ps.setLong(7, Millis.floor(s.addedAt()));
                    ps.addBatch();
                }
                ps.executeBatch();
                c.commit();
                return true;
            } catch (SQLException e) {
                c.rollback();
                if (isUniqueViolation(e)) {
                    return false;
                }
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw tables.failure("add zones", e);
        }
    }

    private static boolean isUniqueViolation(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            if (SQLSTATE_UNIQUE.equals(next.getSQLState())) {
                return true;
            }
        }
        return e.getCause() instanceof SQLException cause && SQLSTATE_UNIQUE.equals(cause.getSQLState());
    }

    @Override
    public boolean remove(String id) {
        return tables.update("remove zone " + id, "DELETE FROM zone WHERE id = ?", ps -> ps.setString(1, id)) > 0;
    }
}
