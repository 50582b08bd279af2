package io.jisr.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.access.Role;
import io.jisr.incident.sample.SahelSample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * An analyst's incidents in a real Chromium: a generated Sahel CSV imported from a file (refused rows
 * listed by line), the reports clustered on the map, the weekly timeline, and a week chosen on the
 * timeline narrowing the map.
 */
class IncidentsBrowserTest {
    @TempDir
    static Path dir;

    static UiNode node;
    static final String PASSWORD = "analyst desk password 77";

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
    void analyst_importsReports_seesClustersAndTimeline_andChoosesAWeek() throws Exception {
        SahelSample.SampleFile sample = SahelSample.csvWithErrors(5, 1200);
        Path file = dir.resolve("sahel.csv");
        Files.writeString(file, sample.text());
        try (Browser browser = Browser.start()) {
            SignIn.openAndSignIn(browser, node, "ana", new String[] {PASSWORD}, null);
            browser.js("window.jisr.map.setView([17, 1], 5)");
            browser.driver.findElement(By.id("toggle-incidents")).click();
            browser.driver.findElement(By.id("incident-file")).sendKeys(file.toString());
            browser.driver
                    .findElement(By.cssSelector("#incident-import button[type=submit]"))
                    .click();
            browser.waiting(60)
                    .until(d ->
                            d.findElement(By.id("incident-message")).getText().contains("imported"));

            assertThat(browser.driver.findElement(By.id("incident-message")).getText())
                    .contains(String.format(
                            java.util.Locale.ENGLISH,
                            "%,d reports imported, %d rows refused",
                            sample.good().size(),
                            sample.bad().size()))
                    .contains("Line " + sample.bad().getFirst().line() + ":");
            browser.waiting(20)
                    .until(d -> String.valueOf(sample.good().size())
                            .equals(browser.js("return document.documentElement.dataset.incidentsShown")));
            assertThat(Integer.parseInt(
                            (String) browser.js("return document.documentElement.dataset.incidentClusters")))
                    .isPositive();
            assertThat(Integer.parseInt((String) browser.js("return document.documentElement.dataset.incidentWeeks")))
                    .isGreaterThan(100);
            browser.screenshot("incidents");

            // A week on the timeline narrows the map to that week.
            var timeline = browser.driver.findElement(By.cssSelector("#incident-timeline svg"));
            new org.openqa.selenium.interactions.Actions(browser.driver)
                    .moveToElement(timeline, timeline.getSize().getWidth() / 5, 0)
                    .click()
                    .perform();
            browser.waiting(20)
                    .until(d -> !d.findElement(By.id("incident-week")).getText().isEmpty());
            browser.waiting(20)
                    .until(d -> Integer.parseInt(
                                    (String) browser.js("return document.documentElement.dataset.incidentsShown"))
                            < sample.good().size());
        }
    }
}
