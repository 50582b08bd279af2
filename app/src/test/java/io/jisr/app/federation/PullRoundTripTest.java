package io.jisr.app.federation;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.app.node.NodeRuntime;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pull that finds its records is answered at once: the federation port sends without Nagle's delay. With
 * it (the JDK server's default) the end of each answer waited for the partner to acknowledge the part before,
 * which the partner's system delays by up to 40 ms, so every pull took 40 ms more: the median of 30 pulls
 * was 47 ms (with -Dsun.net.httpserver.nodelay=false), and is 3 ms now. A long poll that finds fewer records
 * than its limit answers with them after a short gathering wait, not at its deadline. One real DZA node; a
 * client holding USA's certificate.
 */
class PullRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void pullsThatFindTheirRecords_areAnsweredWithoutADelayedAcknowledgementsWait() throws Exception {
        FederationFixture fixture = new FederationFixture(dir);
        NodeKeys usa = NodeKeys.read(dir.resolve("usa.p12"), FederationFixture.PASSWORD.toCharArray());
        try (NodeRuntime dza = fixture.startDza()) {
            for (int i = 0; i < 31; i++) {
                FederationFixture.hear(dza, FederationFixture.position(605_000_001 + i, 36.8, 3.1));
            }
            HttpClient client = FederationSecurityTest.client(Optional.of(usa), fixture.dzaFingerprint);
            int port = dza.federation().orElseThrow().port();
            Awaitility.await()
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> head(FederationSecurityTest.get(client, port, "/federation/v1/log?after=0")) >= 31);

            long[] millis = new long[30];
            for (int i = 0; i < millis.length; i++) {
                long start = System.nanoTime();
                HttpResponse<String> response = FederationSecurityTest.get(
                        client, port, "/federation/v1/log?after=" + (i + 1) + "&limit=1&waitSeconds=2");
                millis[i] = (System.nanoTime() - start) / 1_000_000;
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).contains("\"upTo\":" + (i + 2) + ",");
            }
            Arrays.sort(millis);

            assertThat(millis[millis.length / 2])
                    .as("median of the pulls' round trips in ms, sorted: %s", Arrays.toString(millis))
                    .isLessThan(25);

            // A long poll that finds fewer records than it may take waits a moment for more (5 ms), not its 2 s.
            long start = System.nanoTime();
            HttpResponse<String> some =
                    FederationSecurityTest.get(client, port, "/federation/v1/log?after=0&limit=1000&waitSeconds=2");
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1_000);
            assertThat(some.body()).contains("\"upTo\":31,");
        }
    }

    private static long head(HttpResponse<String> response) {
        return response.headers().firstValueAsLong("Jisr-Log-Head").orElse(0);
    }
}
