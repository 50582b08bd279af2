package io.jisr.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 20,000 vessels in one viewport: the first full render, then ten seconds of live updates at 1 Hz,
 * measured in the browser with the Performance API (the UI's own marks, long tasks, frame gaps).
 * The figures go to the test output and to {@code app/target/browser-performance.txt}; they are
 * recorded in docs/performance.md.
 */
class PerformanceBrowserTest {

    static final int VESSELS = 20_000;
    /** Each second a quarter of them report: every vessel moves every 4 s, as class A ships under way do. */
    static final int MOVING_PER_SECOND = 5_000;

    static final int UPDATE_SECONDS = 10;
    /** Western Mediterranean: one screen at the zoom the UI fits it to. */
    static final double SOUTH = 35.5, WEST = 0.5, NORTH = 42.5, EAST = 12.5;

    /** The target for the first full render. */
    static final double FIRST_RENDER_LIMIT_MS = 1500;

    /*
     * Bounds for the live phase. The test machine has two cores shared with other builds (load
     * average 7 to 9 while these were measured), which stretches every task several times over; on it
     * the longest task during updates measured 83 to 394 ms and the long tasks together 3 to 17 % of
     * the ten seconds (docs/performance.md). The bounds catch a regression (a parse or a full sort back
     * on the main thread costs seconds) without failing on a busy machine.
     */
    static final double LONGEST_TASK_LIMIT_MS = 500;

    /** At most this share of the live phase spent in long tasks: the main thread stays mostly free. */
    static final double LONG_TASK_SHARE_LIMIT = 0.3;

    static final double WORST_FRAME_LIMIT_MS = 1000;

    /** Installed before the page's scripts run: long tasks from the very start. */
    static final String OBSERVE_LONG_TASKS = """
            window.__longTasks = [];
            new PerformanceObserver((list) => {
              for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
            }).observe({ type: 'longtask', buffered: true });
            """;

    @Test
    void twentyThousandVessels_firstRenderFastAndLiveUpdatesKeepMainThreadFree(@TempDir Path dir) throws Exception {
        Browser.requireChromium();
        try (UiNode node = UiNode.start(dir, List.of(), true);
                Socket feed = new Socket("127.0.0.1", node.livePort)) {
            OutputStream out = feed.getOutputStream();
            send(out, Recordings.crowd(VESSELS, SOUTH, WEST, NORTH, EAST, 11, 0));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (node.runtime.node().picture().size() < VESSELS && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(node.runtime.node().picture().size()).isEqualTo(VESSELS);

            try (Browser browser = Browser.start()) {
                browser.driver.executeCdpCommand(
                        "Page.addScriptToEvaluateOnNewDocument", Map.of("source", OBSERVE_LONG_TASKS));
                SignIn.openAndSignIn(browser, node, null);
                browser.waiting(30).until(d -> WebUiBrowserTest.count(browser, "jisr.store.size") >= VESSELS);
                double firstRender =
                        number(browser.js("return performance.getEntriesByName('jisr:viewport-load')[0].duration"));
                double sinceNavigation = number(
                        browser.js("return performance.getEntriesByName('jisr:vessels-rendered:1')[0].startTime"));
                long drawn = WebUiBrowserTest.count(browser, "document.documentElement.dataset.vesselsDrawn");
                double startupLongest =
                        number(browser.js("return Math.max(0, ...window.__longTasks.map((t) => t.duration))"));
                browser.screenshot("performance-20000");

                // Live: count long tasks, frame gaps and canvas draw times from here on.
                browser.js("""
                        window.__longTasks = [];
                        window.__frames = { worst: 0, count: 0, last: performance.now() };
                        (function frame(t) {
                          const f = window.__frames;
                          f.worst = Math.max(f.worst, t - f.last); f.last = t; f.count++;
                          requestAnimationFrame(frame);
                        })(performance.now());
                        window.__draws = [];
                        jisr.layer.on('drawn', (e) => window.__draws.push(e.millis));
                        window.__updates = 0;
                        window.__messages = [];
                        const received = jisr.live.received.bind(jisr.live);
                        jisr.live.received = (m) => {
                          if (m.size) window.__messages.push([performance.now(), m.size]);
                          received(m);
                        };
                        const update = jisr.feed.update.bind(jisr.feed);
                        window.__updateMs = [];
                        jisr.feed.update = (m) => {
                          const t0 = performance.now();
                          window.__updates++;
                          update(m);
                          window.__updateMs.push(performance.now() - t0);
                        };
                        window.__listMs = [];
                        const render = jisr.list.render.bind(jisr.list);
                        jisr.list.render = () => {
                          const t0 = performance.now();
                          render();
                          window.__listMs.push(performance.now() - t0);
                        };
                        """);
                for (int second = 1; second <= UPDATE_SECONDS; second++) {
                    long started = System.nanoTime();
                    List<String> all = Recordings.crowd(VESSELS, SOUTH, WEST, NORTH, EAST, 11, second);
                    int from = (second % (VESSELS / MOVING_PER_SECOND)) * MOVING_PER_SECOND;
                    send(out, all.subList(from, from + MOVING_PER_SECOND));
                    long left = Duration.ofSeconds(1).toNanos() - (System.nanoTime() - started);
                    if (left > 0) {
                        TimeUnit.NANOSECONDS.sleep(left);
                    }
                }
                Thread.sleep(1000);
                @SuppressWarnings("unchecked")
                Map<String, Object> live = (Map<String, Object>) browser.js("""
                        const tasks = window.__longTasks.map((t) => t.duration);
                        const draws = window.__draws.slice().sort((a, b) => a - b);
                        return {
                          longTasks: tasks.length,
                          longestTask: Math.max(0, ...tasks),
                          longTaskTotal: tasks.reduce((a, b) => a + b, 0),
                          worstFrame: window.__frames.worst,
                          frames: window.__frames.count,
                          draws: draws.length,
                          drawMedian: draws.length ? draws[Math.floor(draws.length / 2)] : 0,
                          drawMax: draws.length ? draws[draws.length - 1] : 0,
                          updates: window.__updates,
                          vessels: jisr.store.size,
                          connection: jisr.live.state,
                          handlers: 'store update ms ' + JSON.stringify(window.__updateMs.map(Math.round))
                            + ', list render ms ' + JSON.stringify(window.__listMs.map(Math.round))
                            + ', long tasks ms ' + JSON.stringify(tasks.map(Math.round)),
                          messages: JSON.stringify(window.__messages.map(([t, n]) => [Math.round(t), n])),
                          received: performance.getEntriesByName('jisr:vessels-received:1')[0].startTime
                            - performance.getEntriesByName('jisr:vessels-requested:1')[0].startTime,
                        };
                        """);
                String report = String.format(
                        Locale.ROOT,
                        "browser performance, %d vessels in view (headless Chromium %s, %d cores)%n"
                                + "  first full render (request to painted): %.0f ms; since navigation: %.0f ms;"
                                + " symbols drawn after decluttering: %d; longest task during start: %.0f ms%n"
                                + "  live, %d s with %d vessels reporting per second: %s update messages,"
                                + " %s long tasks (longest %.0f ms, %.0f ms in all), worst frame gap %.0f ms"
                                + " over %s frames, canvas draw median %.1f ms / max %.1f ms over %s draws;"
                                + " connection %s%n"
                                + "  of the first render, request to answer parsed: %.0f ms%n",
                        VESSELS,
                        browser.driver.getCapabilities().getBrowserVersion(),
                        Runtime.getRuntime().availableProcessors(),
                        firstRender,
                        sinceNavigation,
                        drawn,
                        startupLongest,
                        UPDATE_SECONDS,
                        MOVING_PER_SECOND,
                        live.get("updates"),
                        live.get("longTasks"),
                        number(live.get("longestTask")),
                        number(live.get("longTaskTotal")),
                        number(live.get("worstFrame")),
                        live.get("frames"),
                        number(live.get("drawMedian")),
                        number(live.get("drawMax")),
                        live.get("draws"),
                        live.get("connection"),
                        number(live.get("received")));
                System.out.print(report);
                System.out.println("  live messages [time ms, characters]: " + live.get("messages"));
                System.out.println("  " + live.get("handlers"));
                Path target = Path.of("target", "browser-performance.txt");
                Files.createDirectories(target.getParent());
                Files.writeString(target, report);

                assertThat(firstRender).isLessThan(FIRST_RENDER_LIMIT_MS);
                assertThat(((Number) live.get("updates")).intValue()).isGreaterThanOrEqualTo(UPDATE_SECONDS / 2);
                assertThat(number(live.get("longestTask"))).isLessThan(LONGEST_TASK_LIMIT_MS);
                assertThat(number(live.get("longTaskTotal"))).isLessThan(LONG_TASK_SHARE_LIMIT * UPDATE_SECONDS * 1000);
                assertThat(number(live.get("worstFrame"))).isLessThan(WORST_FRAME_LIMIT_MS);
                assertThat(((Number) live.get("vessels")).intValue()).isEqualTo(VESSELS);
            }
        }
    }

    private static void send(OutputStream out, List<String> lines) throws IOException {
        StringBuilder text = new StringBuilder(lines.size() * 50);
        for (String line : lines) {
            text.append(line).append("\r\n");
        }
        out.write(text.toString().getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static double number(Object value) {
        return value == null ? Double.NaN : ((Number) value).doubleValue();
    }
}
