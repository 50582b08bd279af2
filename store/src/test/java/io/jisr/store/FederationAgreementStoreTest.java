package io.jisr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Agreement versions are stored with who, when and why, read back in order after a reopen, and a version
 * number is taken once; on H2 and PostgreSQL 18.
 */
class FederationAgreementStoreTest {
    @TempDir
    Path dir;

    private static void versions(StoreSettings settings) {
        var v1 = new JdbcFederationStore.AgreementRow("dza-usa", 1, 1_000, "file", "from agreement.yaml", "{\"v\":1}");
        var v2 = new JdbcFederationStore.AgreementRow("dza-usa", 2, 2_000, "admin", "partner breach", "{\"v\":2}");
        var other = new JdbcFederationStore.AgreementRow("dza-fra", 4, 1_500, "file", "", "{\"v\":4}");
        try (JdbcFederationStore store = JdbcFederationStore.open(settings)) {
            assertThat(store.agreements()).isEmpty();
            store.appendAgreement(v2);
            store.appendAgreement(v1);
            store.appendAgreement(other);
            // A second administrator saving version 2 as well loses.
            assertThatThrownBy(() -> store.appendAgreement(
                            new JdbcFederationStore.AgreementRow("dza-usa", 2, 2_001, "other", "late", "{}")))
                    .isInstanceOf(StoreException.class);
        }
        try (JdbcFederationStore again = JdbcFederationStore.open(settings)) {
            assertThat(again.agreements()).containsExactly(other, v1, v2);
        }
    }

    @Test
    void agreementVersions_onH2_areKeptInOrderAndTakenOnce() {
        versions(StoreSettings.h2(dir));
    }

    @Test
    void agreementVersions_onPostgres_areKeptInOrderAndTakenOnce() throws Exception {
        versions(TestPostgres.newDatabase("fedagree"));
    }
}
