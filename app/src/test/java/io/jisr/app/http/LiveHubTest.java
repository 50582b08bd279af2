package io.jisr.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.jisr.picture.BoundingBox;
import io.jisr.picture.PictureEvent;
import io.jisr.picture.Vessel;
import io.jisr.picture.VesselFilter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The live view over a real WebSocket on loopback. The node's push interval is an hour, so each test
 * pushes by calling {@link LiveHub#push()} and sees exactly what one push sends.
 */
class LiveHubTest {

    /** Around Long Beach's outer harbour: three vessels of the recording. */
    static final String HARBOUR = "{\"bbox\":[33.70,-118.26,33.72,-118.24]}";

    static final int TUG = 367076360;

    static final Instant LATER = TestNode.T0.plus(Duration.ofMinutes(6));

    TestNode node;
    LiveClient client;

    @BeforeEach
    void start() {
        node = new TestNode();
        client = new LiveClient(node.client, node.webSocketUri(), node.bearer());
    }

    @AfterEach
    void stop() {
        client.close();
        node.close();
    }

    static List<Integer> mmsis(JsonNode vessels) {
        List<Integer> found = new ArrayList<>();
        vessels.forEach(v -> found.add(v.get("mmsi").asInt()));
        return found;
    }

    @Test
    void subscribe_bbox_answersSnapshotOfTheViewport() {
        client.send(HARBOUR);

        JsonNode snapshot = client.nextJson();
        assertThat(snapshot.get("type").asText()).isEqualTo("snapshot");
        assertThat(snapshot.get("bbox").toString()).isEqualTo("[33.7,-118.26,33.72,-118.24]");
        assertThat(snapshot.get("truncated").asBoolean()).isFalse();
        assertThat(mmsis(snapshot.get("vessels"))).containsExactlyInAnyOrder(TUG, 367740010, 367369720);
        assertThat(node.get("/metrics").body()).contains("jisr_websocket_clients 1.0");
    }

    @Test
    void push_severalReportsOfOneVessel_sendsOnlyItsLatestState() {
        client.send(HARBOUR);
        client.nextJson();

        node.apply(TestMessages.position(TUG, 33.7080, -118.2500, 3.0), LATER, "ais250");
        node.apply(TestMessages.position(TUG, 33.7070, -118.2490, 3.5), LATER.plusSeconds(10), "ais250");
        // Outside the viewport and never shown to this client: nothing to say about it.
        node.apply(TestMessages.position(538007277, 34.476, -121.179, 12.0), LATER, "ais250");
        node.live.push();

        JsonNode update = client.nextJson();
        assertThat(update.get("type").asText()).isEqualTo("update");
        assertThat(mmsis(update.get("vessels"))).containsExactly(TUG);
        JsonNode tug = update.get("vessels").get(0);
        assertThat(tug.get("name").asText()).isEqualTo("CAMPBELL FOSS");
        assertThat(tug.get("position").get("lat").asDouble()).isEqualTo(33.7070);
        assertThat(tug.get("position").get("speedKnots").asDouble()).isEqualTo(3.5);
        assertThat(update.get("removed")).isEmpty();
        node.live.push();
        assertThat(client.poll(Duration.ofMillis(300)))
                .as("a push with nothing new sends nothing")
                .isNull();
    }

    @Test
    void push_vesselChangedAgainWithinItsInterval_waitsForALaterPush() throws Exception {
        client.close();
        node.close();
        node = new TestNode(new InMemoryPictureStore(), LiveHub.DEFAULT_MAX_PENDING_MESSAGES, Duration.ofSeconds(1));
        client = new LiveClient(node.client, node.webSocketUri(), node.bearer());
        client.send(HARBOUR);
        client.nextJson();
        Thread.sleep(1_100); // past the interval of the push made when the node started
        node.apply(TestMessages.position(TUG, 33.7080, -118.2500, 3.0), LATER, "ais250");
        node.live.push();
        assertThat(client.nextJson()
                        .get("vessels")
                        .get(0)
                        .get("position")
                        .get("lat")
                        .asDouble())
                .isEqualTo(33.7080);

        // A second change right after: held back, not lost.
        node.apply(TestMessages.position(TUG, 33.7070, -118.2490, 3.5), LATER.plusSeconds(10), "ais250");
        node.live.push();
        assertThat(client.poll(Duration.ofMillis(200)))
                .as("held back within the interval")
                .isNull();

        Thread.sleep(1_100);
        node.live.push();

        JsonNode update = client.nextJson();
        assertThat(mmsis(update.get("vessels"))).containsExactly(TUG);
        assertThat(update.get("vessels").get(0).get("position").get("lat").asDouble())
                .isEqualTo(33.7070);
    }

    @Test
    void push_vesselLeavesViewport_sendsRemoval() {
        client.send(HARBOUR);
        client.nextJson();

        // 2.3 km north over five minutes: plausible, and outside the box.
        node.apply(TestMessages.position(TUG, 33.73, -118.25, 8.0), LATER.plusSeconds(300), "ais250");
        node.live.push();

        assertThat(client.next())
                .isEqualTo("{\"type\":\"update\",\"vessels\":[],\"removed\":[{\"mmsi\":367076360,"
                        + "\"reason\":\"LEFT_VIEWPORT\"}]}");
    }

    @Test
    void push_vesselsGoStale_sendsRemovalsAndLeavesThemOutOfSnapshots() {
        client.send(HARBOUR);
        client.nextJson();

        node.picture.sweepStale(TestNode.NOW.plus(Duration.ofHours(1)), node.live);
        node.live.push();

        JsonNode update = client.nextJson();
        assertThat(update.get("vessels")).isEmpty();
        List<String> removed = new ArrayList<>();
        update.get("removed")
                .forEach(r -> removed.add(
                        r.get("mmsi").asInt() + " " + r.get("reason").asText()));
        assertThat(removed).containsExactlyInAnyOrder("367076360 STALE", "367740010 STALE", "367369720 STALE");
        client.send(HARBOUR);
        assertThat(client.nextJson().get("vessels")).isEmpty();
    }

    @Test
    void subscribe_newBbox_answersNewSnapshotAndFollowsOnlyTheNewViewport() {
        client.send(HARBOUR);
        client.nextJson();

        client.send("{\"bbox\":[34.0,-122.0,35.0,-121.0]}");
        JsonNode snapshot = client.nextJson();
        assertThat(snapshot.get("type").asText()).isEqualTo("snapshot");
        assertThat(mmsis(snapshot.get("vessels")))
                .containsExactlyInAnyOrder(477848700, 311000112, 538007277, 563896000);

        node.apply(TestMessages.position(TUG, 33.7080, -118.2500, 3.0), LATER, "ais250");
        node.apply(TestMessages.position(538007277, 34.476, -121.179, 12.0), LATER, "ais250");
        node.live.push();

        JsonNode update = client.nextJson();
        assertThat(mmsis(update.get("vessels"))).containsExactly(538007277);
        assertThat(update.get("removed")).isEmpty();
    }

    @Test
    void subscribe_badMessages_answerErrorsInTheOneShape() {
        client.send("{\"bbox\":[1,2]}");
        assertThat(client.next())
                .isEqualTo("{\"type\":\"error\",\"code\":\"BAD_MESSAGE\",\"message\":\"bad parameter bbox: must be an"
                        + " array of four numbers: [south, west, north, east] in degrees\",\"errors\":{\"bbox\":["
                        + "{\"message\":\"must be an array of four numbers: [south, west, north, east] in degrees\","
                        + "\"value\":\"[1,2]\"}]}}");

        client.send("{\"bbox\":[40,0,30,10]}");
        assertThat(client.next())
                .isEqualTo("{\"type\":\"error\",\"code\":\"BAD_MESSAGE\",\"message\":\"bad parameter bbox: south must"
                        + " be <= north\",\"errors\":{\"bbox\":[{\"message\":\"south must be <= north\","
                        + "\"value\":\"[40,0,30,10]\"}]}}");

        client.send("bbox please");
        assertThat(client.next())
                .isEqualTo(
                        "{\"type\":\"error\",\"code\":\"BAD_MESSAGE\",\"message\":\"bad parameter message: must be a"
                                + " JSON object such as {\\\"bbox\\\":[30,-10,46,37]}\",\"errors\":{\"message\":[{\"message\":"
                                + "\"must be a JSON object such as {\\\"bbox\\\":[30,-10,46,37]}\",\"value\":\"bbox please\"}]}}");

        client.send(HARBOUR);
        assertThat(client.nextJson().get("type").asText()).as("still connected").isEqualTo("snapshot");
    }

    @Test
    void push_clientThatStopsReading_isDroppedAndIngestGoesOn() {
        try (LiveClient stuck = new LiveClient(node.client, node.webSocketUri(), node.bearer(), false)) {
            stuck.send("{\"bbox\":[-90,-180,90,180]}");
            await().atMost(Duration.ofSeconds(5)).until(() -> node.live.clients() == 2);
            List<Vessel> all = node.picture.inBox(BoundingBox.WORLD, VesselFilter.ALL, TestNode.NOW, 100_000);

            // Each push sends every vessel again (about 100 kB) until the socket buffers fill up.
            for (int i = 0; i < 5000 && node.live.clients() == 2; i++) {
                long start = System.nanoTime();
                all.forEach(v -> node.live.accept(new PictureEvent.VesselAppeared(v)));
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
                node.live.push();
            }

            assertThat(node.live.clients()).isEqualTo(1);
            assertThat(node.get("/metrics").body().lines())
                    .contains("jisr_websocket_clients_dropped_total 1.0", "jisr_websocket_clients 1.0");
        }
    }
}
