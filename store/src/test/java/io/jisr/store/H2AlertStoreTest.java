package io.jisr.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The alert store contract on an embedded H2 file database in a temporary directory. */
class H2AlertStoreTest extends AlertStoreContractTest {
    @TempDir
    Path dataDirectory;

    @Override
    StoreSettings newDatabase() {
        return StoreSettings.h2(dataDirectory);
    }
}
