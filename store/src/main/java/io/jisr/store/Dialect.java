package io.jisr.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/** The few statements that H2 and PostgreSQL spell differently: upserts, sequences, text as UTF-8 bytes. */
enum Dialect {
    /** H2 2.x in PostgreSQL mode, which has {@code MERGE ... KEY} but no {@code ON CONFLICT DO UPDATE}. */
    H2 {
        @Override
        String upsert(String table, List<String> columns, String key) {
            return "MERGE INTO " + table + " (" + String.join(", ", columns) + ") KEY (" + key + ") VALUES ("
                    + placeholders(columns.size()) + ")";
        }

        @Override
        String nextSegmentBlock() {
            return "SELECT NEXT VALUE FOR track_segment_block";
        }

        @Override
        String utf8Bytes(String textColumn) {
            return "STRINGTOUTF8(" + textColumn + ")";
        }
    },
    /** PostgreSQL. */
    POSTGRESQL {
        @Override
        String upsert(String table, List<String> columns, String key) {
            String updates = columns.stream()
                    .filter(c -> !c.equals(key))
                    .map(c -> c + " = EXCLUDED." + c)
                    .collect(Collectors.joining(", "));
            return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + placeholders(columns.size()) + ") ON CONFLICT (" + key + ") DO UPDATE SET " + updates;
        }

        @Override
        String nextSegmentBlock() {
            return "SELECT nextval('track_segment_block')";
        }

        @Override
        String utf8Bytes(String textColumn) {
            return "convert_to(" + textColumn + ", 'UTF8')";
        }
    };

    /** Returns a statement that inserts a row or replaces the row with the same key. */
    abstract String upsert(String table, List<String> columns, String key);

    /** Returns a query for the next block of segment ids. */
    abstract String nextSegmentBlock();

    /** Returns an expression for the UTF-8 bytes of a text column, as {@code BYTEA}. */
    abstract String utf8Bytes(String textColumn);

    /** Returns the dialect of the database behind the connection. */
    static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        return switch (product) {
            case "H2" -> H2;
            case "PostgreSQL" -> POSTGRESQL;
            default ->
                throw new StoreException(
                        "database " + product + " is not supported; the store runs on H2 and PostgreSQL");
        };
    }

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
