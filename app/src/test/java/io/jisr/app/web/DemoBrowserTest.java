package io.jisr.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.app.node.NodeConfig;
import io.jisr.app.node.NodeConfigLoader;
import io.jisr.app.simulate.DemoNode;
import io.jisr.picture.BoundingBox;
import io.jisr.picture.VesselFilter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jisr demo} in a real Chromium: the simulator's live traffic fills the Algerian coast and the
 * Gibraltar–Sicily lane on the map (screenshot {@code demo.png}).
 */
class DemoBrowserTest {
    /** Off the Algerian coast, between Oran and Annaba: ports, ferries and the coastal traffic. */
    private static final BoundingBox ALGERIAN_COAST = new BoundingBox(35.6, -1.0, 37.3, 8.0);

    /** The through lane north of it, between the coast's waters and the Balearics. */
    private static final BoundingBox THROUGH_LANE = new BoundingBox(37.3, -1.0, 38.3, 9.0);

    @TempDir
    Path dir;

    @Test
    void demo_showsTrafficAlongTheAlgerianCoastAndTheThroughLane() throws Exception {
        Browser.requireChromium();
        NodeConfig configured = NodeConfigLoader.load(
                Optional.empty(),
                Map.of("JISR_ADMIN_PASSWORD", UiNode.ADMIN_PASSWORD),
                new NodeConfigLoader.Overrides(Optional.of(0), Optional.of(dir.resolve("data"))),
                dir);
        // Ten times real time: within seconds every ship under way has reported at least once.
        try (DemoNode demo = DemoNode.start(configured, 1500, 10, 42);
                UiNode node = UiNode.of(demo.runtime());
                Browser browser = Browser.start()) {
            browser.waiting(60).until(d -> inBox(demo, ALGERIAN_COAST) > 50 && inBox(demo, THROUGH_LANE) > 20);

            SignIn.openAndSignIn(browser, node, null);
            // The viewport holds the traffic; at the fitted zoom symbols are merged into counted bins.
            browser.waiting(30).until(d -> WebUiBrowserTest.count(browser, "jisr.store.size") > 200);
            browser.waiting(30)
                    .until(d -> WebUiBrowserTest.count(browser, "document.documentElement.dataset.vesselsDrawn") > 20);
            WebUiBrowserTest.settle(browser);
            browser.screenshot("demo");

            assertThat(inBox(demo, ALGERIAN_COAST)).isGreaterThan(50);
            assertThat(inBox(demo, THROUGH_LANE)).isGreaterThan(20);
        }
    }

    private static int inBox(DemoNode demo, BoundingBox box) {
        return demo.runtime()
                .node()
                .picture()
                .inBox(box, VesselFilter.ALL, Instant.now(), Integer.MAX_VALUE)
                .size();
    }
}
