package io.jisr.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.access.Role;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Acceptance point 1 of issue 8 in a real Chromium: a rescue coordinator opens a SAR case for a small open
 * boat off Algiers, runs its drift in the bundled sample forecast (progress, the particle cloud and the
 * probability areas, the time slider), plans an expanding square and a parallel track for two units, sees
 * POD/POS, downloads the GPX and the SITREP, marks a search unsuccessful, draws an area, ranks the ships
 * that can help, and finds all of it in the case's timeline and in the filtered list of cases.
 */
class DriftBrowserTest {
    @TempDir
    static Path dir;

    static UiNode node;
    static final String PASSWORD = "rescue coordinator password 9";

    @BeforeAll
    static void startNode() throws Exception {
        Browser.requireChromium();
        node = UiNode.start(dir, List.of(), true);
        node.createUser("sara", "Sara Rescue", Role.SAR_COORDINATOR, PASSWORD);
    }

    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void coordinator_opensACaseRunsItsDriftAndPlansAndSeesThemInTheTimeline() throws Exception {
        try (Browser browser = Browser.start()) {
            SignIn.openAndSignIn(browser, node, "sara", new String[] {PASSWORD}, null);
            browser.driver.findElement(By.id("toggle-drift")).click();
            browser.waiting(20)
                    .until(d -> d.findElements(By.cssSelector("#sarcase-object option"))
                                    .size()
                            == 85);

            // The case: a skiff (Leeway 44) with six on board, last seen off Algiers at 06:00 UTC ±300 m.
            browser.driver.findElement(By.id("sarcase-new")).click();
            browser.driver.findElement(By.id("sarcase-source")).sendKeys("CROSS Alger, VHF 16");
            WebElement pob = browser.driver.findElement(By.id("sarcase-pob"));
            pob.clear();
            pob.sendKeys("6");
            assertThat(browser.driver.findElement(By.id("sarcase-object")).getAttribute("value"))
                    .isEqualTo("44");
            browser.driver.findElement(By.id("sarcase-open")).click();
            browser.waiting(20)
                    .until(d -> !d.findElement(By.id("sarcase-title")).getText().isEmpty()
                            || !d.findElement(By.id("sarcase-message"))
                                    .getText()
                                    .isEmpty());
            assertThat(browser.driver.findElement(By.id("sarcase-message")).getText())
                    .isEmpty();
            assertThat(browser.driver.findElement(By.id("sarcase-title")).getText())
                    .matches("Case SAR-\\d{4}-001");
            String reference = (String) browser.js("return document.documentElement.dataset.sarCase");
            assertThat(browser.driver.findElement(By.id("sarcase-facts")).getText())
                    .contains("44 SKIFF-1")
                    .contains("36.8500, 3.1000 at Mar 10, 2026, 06:00:00")
                    .contains("CROSS Alger, VHF 16");
            assertThat(browser.driver.findElement(By.id("drift-case")).getText())
                    .contains(reference);
            new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("sarcase-status-next")))
                    .selectByValue("ACTIVE_SEARCH");
            browser.driver.findElement(By.id("sarcase-status-apply")).click();
            browser.waiting(10)
                    .until(d -> d.findElement(By.id("sarcase-facts")).getText().contains("Active search"));

            WebElement hours = browser.driver.findElement(By.id("drift-hours"));
            hours.clear();
            hours.sendKeys("12");
            browser.driver.findElement(By.id("drift-run")).click();
            browser.waiting(90)
                    .until(d -> "13".equals(browser.js("return document.documentElement.dataset.driftFrames")));

            assertThat(Integer.parseInt((String) browser.js("return document.documentElement.dataset.driftCells")))
                    .isPositive();
            assertThat(Integer.parseInt(
                            (String) browser.js("return document.documentElement.dataset.driftParticlesDrawn")))
                    .isBetween(1000, 2000);
            String summary = browser.driver.findElement(By.id("drift-summary")).getText();
            assertThat(summary)
                    .contains("Datum")
                    .contains("Drift error")
                    .contains("44 SKIFF-1")
                    .contains("50 %:");
            browser.screenshot("drift");

            // The slider goes back to the start: the cloud is the seed, a few hundred metres across.
            browser.js("const s = document.getElementById('drift-slider'); s.value = '0';"
                    + " s.dispatchEvent(new Event('input'));");
            assertThat(browser.driver.findElement(By.id("drift-summary")).getText())
                    .contains("Mar 10, 2026, 06:00:00");

            // A parallel-track plan for the two units over the 90 % area, then an expanding square.
            browser.driver.findElement(By.id("plan-run")).click();
            browser.waiting(30)
                    .until(d -> "2".equals(browser.js("return document.documentElement.dataset.planTracks")));
            assertThat(browser.driver.findElement(By.id("plan-result")).getText())
                    .contains("Patrol boat 1")
                    .contains("Patrol boat 2")
                    .contains("Probability of success of the plan:");
            browser.screenshot("search-plan");
            new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("plan-pattern")))
                    .selectByValue("EXPANDING_SQUARE");
            browser.js("document.documentElement.dataset.planTracks = ''");
            browser.driver.findElement(By.id("plan-run")).click();
            browser.waiting(30)
                    .until(d -> "2".equals(browser.js("return document.documentElement.dataset.planTracks")));
            Object gpx = ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                    .executeAsyncScript("const done = arguments[arguments.length - 1];"
                            + " fetch(document.querySelector('#plan-result a[data-file=\"plan.gpx\"]').href)"
                            + ".then(r => r.text()).then(done);");
            assertThat((String) gpx).contains("<gpx").contains("Patrol boat 1");
            Object sitrep = ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                    .executeAsyncScript("const done = arguments[arguments.length - 1];"
                            + " fetch(document.querySelector('#plan-result a[data-file=\"sitrep?lang=en\"]').href)"
                            + ".then(r => r.text()).then(done);");
            assertThat((String) sitrep)
                    .contains("SITREP")
                    .contains(reference)
                    .contains("6 POB, reported by CROSS Alger, VHF 16")
                    .contains("SEARCH IN PROGRESS");

            // Searched without finding: the probability is updated for the next plan.
            browser.driver.findElement(By.id("plan-unsuccessful")).click();
            browser.waiting(20)
                    .until(d ->
                            d.findElement(By.id("plan-cumulative")).getText().startsWith("1 unsuccessful"));

            // An area drawn by hand: two clicks on the map, then a plan over it.
            browser.driver.findElement(By.id("plan-draw")).click();
            var mapElement = browser.driver.findElement(By.id("map"));
            new org.openqa.selenium.interactions.Actions(browser.driver)
                    .moveToElement(mapElement, -120, -80)
                    .click()
                    .moveToElement(mapElement, 120, 80)
                    .click()
                    .perform();
            browser.waiting(10)
                    .until(d -> "drawn".equals(browser.js("return document.getElementById('plan-share').value")));
            browser.js("document.documentElement.dataset.planTracks = ''");
            browser.driver.findElement(By.id("plan-run")).click();
            browser.waiting(30)
                    .until(d -> "2".equals(browser.js("return document.documentElement.dataset.planTracks")));

            // Ships that can help: one heard just now near Algiers.
            try (java.net.Socket feed = new java.net.Socket("127.0.0.1", node.livePort)) {
                java.time.Instant now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
                feed.getOutputStream()
                        .write((io.jisr.app.http.TestMessages.taggedLines(
                                                io.jisr.app.http.TestMessages.voyage(
                                                        224_000_009, "HELPFUL", "EAHP", 70, "ALGIERS"),
                                                now)
                                        + io.jisr.app.http.TestMessages.taggedLines(
                                                io.jisr.app.http.TestMessages.position(
                                                        224_000_009, 36.95, 3.30, 12, 270, 270),
                                                now))
                                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                feed.getOutputStream().flush();
                browser.waiting(20).until(d -> {
                    d.findElement(By.id("plan-helpers")).click();
                    return d.findElement(By.id("plan-helper-list")).getText().contains("HELPFUL");
                });
            }
            assertThat(browser.driver.findElement(By.id("plan-helper-list")).getText())
                    .contains("NM at 12 kn, about");

            // The case's timeline holds every step, newest first; the drift can be shown again from it.
            browser.js("document.getElementById('sarcase-note').value = 'Helicopter requested from Boufarik';");
            browser.driver.findElement(By.id("sarcase-note-add")).click();
            browser.waiting(10)
                    .until(d ->
                            d.findElement(By.id("sarcase-timeline")).getText().contains("Boufarik"));
            List<String> actions = browser.driver.findElements(By.cssSelector("#sarcase-timeline li")).stream()
                    .map(li -> li.getAttribute("data-action"))
                    .toList();
            assertThat(actions)
                    .containsExactly(
                            "NOTE",
                            "PLAN_MADE",
                            "SEARCH_UNSUCCESSFUL",
                            "PLAN_MADE",
                            "PLAN_MADE",
                            "DRIFT_RUN",
                            "STATUS_CHANGED",
                            "OPENED");
            browser.js("document.documentElement.dataset.driftFrames = ''");
            browser.driver
                    .findElement(By.id("sarcase-timeline"))
                    .findElement(By.tagName("button"))
                    .click();
            browser.waiting(20)
                    .until(d -> "13".equals(browser.js("return document.documentElement.dataset.driftFrames")));
            browser.js("document.getElementById('sarcase-page').scrollIntoView()");
            browser.screenshot("sar-case");

            // Back to the list: the case is found by its status and by words, not by others.
            browser.driver.findElement(By.id("sarcase-back")).click();
            new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("sarcase-filter-status")))
                    .selectByValue("ACTIVE_SEARCH");
            browser.waiting(10)
                    .until(d -> d.findElement(By.id("sarcase-list")).getText().contains(reference));
            browser.driver.findElement(By.id("sarcase-filter-text")).sendKeys("tipaza");
            browser.waiting(10)
                    .until(d -> d.findElement(By.id("sarcase-list")).getText().equals("No case."));
            browser.screenshot("sar-cases");
        }
    }
}
