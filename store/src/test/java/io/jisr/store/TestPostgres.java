package io.jisr.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL 18 (embedded binaries) for every storage test class of the test run, started on
 * first use and stopped when the JVM exits; each test gets a new, empty database in it.
 */
final class TestPostgres {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {}

    /** Creates a database named {@code prefix} plus a sequence number and returns settings for it. */
    static StoreSettings newDatabase(String prefix) throws SQLException {
        EmbeddedPostgres postgres = server();
        String name = prefix + "_" + DATABASES.incrementAndGet();
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return StoreSettings.postgres(postgres.getJdbcUrl("postgres", name), "postgres", "");
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // The JVM is exiting; the server's temporary directory is all that may remain.
                }
            }));
        }
        return server;
    }
}
