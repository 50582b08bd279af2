package io.jisr.store;

import java.sql.SQLException;

/** The alert store contract on a real PostgreSQL 18 ({@link TestPostgres}); a new database per test. */
class PostgresAlertStoreTest extends AlertStoreContractTest {
    @Override
    StoreSettings newDatabase() throws SQLException {
        return TestPostgres.newDatabase("alerts");
    }
}
