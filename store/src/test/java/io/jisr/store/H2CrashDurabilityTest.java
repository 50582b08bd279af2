package io.jisr.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A commit on the embedded database survives the process being killed right after it, as {@code kill -9}
 * or a crash does: nothing runs after the kill, no shutdown hook, no close.
 *
 * <p>Why it matters: the federation's outbound log serves a partner only committed entries. If the last
 * commits could vanish with the process (H2 writes its changes in the background, by default up to 500 ms
 * after a commit), the node would start again with a shorter log, give the lost sequences to other records,
 * and the partner, whose cursor is already past them, would never receive those records. The same holds for
 * anything a user was told is saved.
 */
class H2CrashDurabilityTest {

    static final String PARTNER = "usa-1";

    @Test
    void committedOutboundEntriesSurviveAKill(@TempDir Path dir) throws Exception {
        Process writer = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Writer.class.getName(),
                        dir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        long lastReported = 0;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lastReported = Long.parseLong(line.trim());
            }
        }
        assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(writer.exitValue()).as("the writer halts itself with 9").isEqualTo(9);
        assertThat(lastReported).as("commits reported before the kill").isEqualTo(Writer.COMMITS * 10L);

        try (JdbcFederationStore store = JdbcFederationStore.open(StoreSettings.h2(dir))) {
            assertThat(store.outboundHead(PARTNER))
                    .as("the log's head after the kill: every commit reported before it")
                    .isEqualTo(lastReported);
            assertThat(store.readOutbound(PARTNER, lastReported - 10, 100))
                    .extracting(JdbcFederationStore.OutboundRow::sequence)
                    .containsExactly(
                            lastReported - 9,
                            lastReported - 8,
                            lastReported - 7,
                            lastReported - 6,
                            lastReported - 5,
                            lastReported - 4,
                            lastReported - 3,
                            lastReported - 2,
                            lastReported - 1,
                            lastReported);
        }
    }

    /**
     * Run in its own JVM: commits entries to a partner's log ten at a time, prints each committed head once the
     * commit returned, and halts the JVM at once after the last.
     */
    public static final class Writer {
        static final int COMMITS = 40;

        public static void main(String[] args) {
            JdbcFederationStore store = JdbcFederationStore.open(StoreSettings.h2(Path.of(args[0])));
            long sequence = 0;
            for (int commit = 0; commit < COMMITS; commit++) {
                List<JdbcFederationStore.OutboundRow> rows = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    sequence++;
                    rows.add(new JdbcFederationStore.OutboundRow(sequence, "{\"key\":\"r" + sequence + "\"}"));
                }
                store.appendOutbound(PARTNER, rows);
                System.out.println(sequence);
            }
            System.out.flush();
            Runtime.getRuntime().halt(9);
        }
    }
}
