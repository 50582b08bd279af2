package io.jisr.store;

import java.sql.SQLException;

/** The account store contract on a real PostgreSQL 18 ({@link TestPostgres}); a new database per test. */
class PostgresAccountStoreTest extends AccountStoreContractTest {
    @Override
    StoreSettings newDatabase() throws SQLException {
        return TestPostgres.newDatabase("accounts");
    }
}
