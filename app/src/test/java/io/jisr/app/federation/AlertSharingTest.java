package io.jisr.app.federation;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.ais.identity.MaritimeIdentificationDigits;
import io.jisr.detect.alert.Alert;
import io.jisr.exchange.record.ShareableRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class AlertSharingTest {
    /** Never turns by itself within a test: {@code flush} is called by hand. */
    static final Duration NEVER = Duration.ofHours(1);

    static Alert version(int updates) {
        return AlertRecordsTest.alert(AlertRecordsTest.anomaly(), updates, Optional.empty());
    }

    @Test
    void latestVersionOfEachAlert_isOfferedOnce_andPartnersAlertsNever() {
        List<List<ShareableRecord>> offered = new ArrayList<>();
        try (AlertSharing sharing = new AlertSharing(
                offered::add, AlertRecordsTest.DZA, MaritimeIdentificationDigits.itu(), m -> Optional.empty(), NEVER)) {
            sharing.accept(version(0));
            sharing.accept(version(1));
            sharing.accept(version(2));
            sharing.accept(AlertRecords.read(
                    AlertRecordsTest.asReceived(AlertRecordsTest.record(version(0))),
                    AlertRecordsTest.DZA,
                    AlertRecordsTest.USA,
                    AlertRecordsTest.RECEIVED));
            sharing.flush();
            sharing.flush();

            assertThat(offered).hasSize(1);
            assertThat(offered.getFirst()).extracting(ShareableRecord::key).containsExactly("alert/dza-1/alert-17/v3");
            assertThat(sharing.offered()).isEqualTo(1);
        }
    }

    @Test
    void whenTheLogsCannotBeWritten_theAlertIsOfferedAgain_unlessANewerVersionCame() {
        List<String> offered = new ArrayList<>();
        AtomicBoolean failing = new AtomicBoolean(true);
        try (AlertSharing sharing = new AlertSharing(
                records -> {
                    if (failing.get()) {
                        throw new IllegalStateException("database down");
                    }
                    records.forEach(r -> offered.add(r.key()));
                },
                AlertRecordsTest.DZA,
                MaritimeIdentificationDigits.itu(),
                m -> Optional.empty(),
                NEVER)) {
            sharing.accept(version(0));
            sharing.flush();
            assertThat(sharing.failures()).isEqualTo(1);
            failing.set(false);
            sharing.flush();
            assertThat(offered).containsExactly("alert/dza-1/alert-17/v1");

            failing.set(true);
            sharing.accept(version(1));
            sharing.flush();
            sharing.accept(version(2)); // came while the first try failed
            failing.set(false);
            sharing.flush();
            assertThat(offered).containsExactly("alert/dza-1/alert-17/v1", "alert/dza-1/alert-17/v3");
        }
    }
}
