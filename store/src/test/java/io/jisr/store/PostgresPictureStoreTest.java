package io.jisr.store;

import java.sql.SQLException;

/** The store contract on a real PostgreSQL 18 ({@link TestPostgres}); a new database per test. */
class PostgresPictureStoreTest extends PictureStoreContractTest {
    @Override
    StoreSettings newDatabase() throws SQLException {
        return TestPostgres.newDatabase("jisr");
    }
}
