package io.jisr.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.access.Role;
import io.jisr.incident.csv.IncidentCsv;
import io.jisr.incident.sample.SahelSample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * Issue 9, acceptance 3 in a real Chromium: 50,000 generated Sahel reports imported, then the incident
 * panel's map (clusters and heat layer) and timeline fetched and drawn again and again at the Sahel view
 * (zoom 5) and a border close-up (zoom 9): from the requests to two animation frames after the last
 * answer is drawn, median and worst of seven. The figures go to the test output and to
 * {@code app/target/incident-browser-performance.txt}; they are recorded in docs/performance.md.
 */
class IncidentPerformanceBrowserTest {
    static final int REPORTS = 50_000;

    /*
     * "Responsive": the map and the timeline redrawn within a second and a half of a move or a filter
     * change, the budget the web map's first render has (PerformanceBrowserTest). Measured on the shared
     * two-core machine under a load average of about 9, well inside it (docs/performance.md).
     */
    static final double REDRAW_LIMIT_MS = 1500;

    /** Clusters, heat and timeline requested together, drawn, then two frames: what the analyst waits for. */
    static final String REDRAW = """
            const done = arguments[arguments.length - 1];
            const panel = window.jisr.incidents;
            const runs = [];
            (async () => {
              for (let i = 0; i < 8; i++) {
                const started = performance.now();
                await Promise.all([panel.loadClusters(), panel.loadHeat(), panel.loadTimeline()]);
                await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
                if (i > 0) runs.push(performance.now() - started);
              }
              done(runs);
            })();
            """;

    @TempDir
    static Path dir;

    static UiNode node;
    static final String PASSWORD = "analyst load password 50";

    @BeforeAll
    static void startNode() throws Exception {
        Browser.requireChromium();
        node = UiNode.start(dir, List.of(), false);
        node.createUser("ana", "Ana Lyst", Role.ANALYST, PASSWORD);
    }

    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void fiftyThousandReports_mapAndTimelineRedrawWithinBudget() throws Exception {
        StringBuilder csv = new StringBuilder();
        IncidentCsv.write(SahelSample.incidents(2026, REPORTS), csv);
        Path file = dir.resolve("sahel-50000.csv");
        Files.writeString(file, csv);
        List<String> lines = new ArrayList<>();
        try (Browser browser = Browser.start()) {
            SignIn.openAndSignIn(browser, node, "ana", new String[] {PASSWORD}, null);
            browser.js("window.jisr.map.setView([17, 1], 5)");
            browser.driver.findElement(By.id("toggle-incidents")).click();
            browser.driver.findElement(By.id("incident-file")).sendKeys(file.toString());
            browser.driver
                    .findElement(By.cssSelector("#incident-import button[type=submit]"))
                    .click();
            browser.waiting(180)
                    .until(d ->
                            d.findElement(By.id("incident-message")).getText().contains("imported"));
            browser.waiting(60)
                    .until(d -> String.valueOf(REPORTS)
                            .equals(browser.js("return document.documentElement.dataset.incidentsShown")));
            browser.driver.findElement(By.id("incident-heat")).click();
            browser.waiting(60)
                    .until(d -> !"0".equals(browser.js("return document.documentElement.dataset.incidentHeatCells")));
            for (Object[] view : new Object[][] {{"Sahel, zoom 5", 17.0, 1.0, 5}, {"border, zoom 9", 19.9, 2.0, 9}}) {
                browser.js(
                        "window.jisr.map.setView([arguments[0], arguments[1]], arguments[2], {animate: false})",
                        view[1],
                        view[2],
                        view[3]);
                @SuppressWarnings("unchecked")
                List<Number> runs = (List<Number>) browser.driver.executeAsyncScript(REDRAW);
                double[] ms =
                        runs.stream().mapToDouble(Number::doubleValue).sorted().toArray();
                String line = String.format(
                        Locale.ROOT,
                        "%s: clusters %s, heat cells %s, timeline weeks %s; fetch and draw median %.0f ms, worst %.0f ms"
                                + " (%d runs)",
                        view[0],
                        browser.js("return document.documentElement.dataset.incidentClusters"),
                        browser.js("return document.documentElement.dataset.incidentHeatCells"),
                        browser.js("return document.documentElement.dataset.incidentWeeks"),
                        ms[ms.length / 2],
                        ms[ms.length - 1],
                        ms.length);
                lines.add(line);
                System.out.println("incident map and timeline, " + REPORTS + " reports: " + line);
                assertThat(ms[ms.length / 2]).as(line).isLessThan(REDRAW_LIMIT_MS);
            }
            browser.screenshot("incidents-50000");
        }
        Files.writeString(
                Path.of("target", "incident-browser-performance.txt"),
                String.join("\n", lines) + "\nload average after: " + Files.readString(Path.of("/proc/loadavg")));
    }
}
