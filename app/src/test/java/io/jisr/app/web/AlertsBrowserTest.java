package io.jisr.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.access.Role;
import io.jisr.app.alerts.ImpossibleJump;
import io.jisr.detect.alert.Alert;
import io.jisr.detect.alert.AlertState;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A watch officer's alert in a real Chromium: it arrives live on the open page (badge, list, spoken
 * announcement), opens its vessel with the track around the event, and is acknowledged with a comment.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class AlertsBrowserTest {

    @TempDir
    static Path dir;

    static UiNode node;

    @BeforeAll
    static void startNode() throws Exception {
        Browser.requireChromium();
        node = UiNode.start(dir, List.of(), true);
        node.createUser("wanda", "Wanda Watch", Role.WATCH_OFFICER, PASSWORD);
    }

    static final String PASSWORD = "first watch password 42";

    /** Wanda's password: the first sign-in of either test changes it. */
    static final String[] password = {PASSWORD};

    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void alert_arrivesLive_opensItsVessel_isAcknowledged() throws Exception {
        try (Browser browser = Browser.start()) {
            SignIn.openAndSignIn(browser, node, "wanda", password, null);
            browser.driver.findElement(By.id("toggle-alerts")).click();
            browser.waiting(10)
                    .until(d -> d.findElement(By.id("alert-count")).getText().length() > 0);
            assertThat(browser.driver.findElements(By.cssSelector("#alert-list li")))
                    .isEmpty();
            assertThat(browser.driver.findElement(By.id("alert-badge")).isDisplayed())
                    .isFalse();
            browser.driver.findElement(By.id("alert-sound")).click();

            // The ship jumps 111 km in a minute: the node raises an identity alert and pushes it.
            Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(900);
            try (Socket feed = new Socket("127.0.0.1", node.livePort)) {
                OutputStream out = feed.getOutputStream();
                out.write(ImpossibleJump.lines(t0).getBytes(StandardCharsets.US_ASCII));
                out.flush();
                browser.waiting(30)
                        .until(d -> "1".equals(browser.js("return document.documentElement.dataset.newAlerts")));
            }
            WebElement item = browser.driver.findElement(By.cssSelector("#alert-list li[data-state=NEW]"));
            assertThat(item.getText())
                    .contains("SANTA MARIA")
                    .contains("Identity anomaly")
                    .contains("Impossible speed");
            assertThat(browser.driver.findElement(By.id("alert-badge")).getText())
                    .isEqualTo("1");
            assertThat(browser.driver.findElement(By.id("alert-announcer")).getAttribute("textContent"))
                    .contains("SANTA MARIA");
            browser.screenshot("alert-arrived");

            // "Show" opens the vessel and its track around the event (once the node has stored the reports:
            // history is committed in batches, behind the live view).
            node.runtime.node().pipeline().drain(30, java.util.concurrent.TimeUnit.SECONDS);
            node.runtime.node().writer().flush();
            item = browser.driver.findElement(By.cssSelector("#alert-list li[data-state=NEW]"));
            item.findElement(By.cssSelector("button[data-action=show]")).click();
            browser.waiting(20)
                    .until(d -> d.findElement(By.id("vessel-panel")).isDisplayed()
                            && d.findElement(By.id("vessel-title")).getText().contains("SANTA MARIA"));
            browser.waiting(20)
                    .until(d -> d.findElement(By.id("track-slider-box")).isDisplayed());
            assertThat(browser.driver.findElement(By.id("track-message")).getText())
                    .contains("3");

            // Acknowledge with a comment; the badge clears.
            item = browser.driver.findElement(By.cssSelector("#alert-list li[data-state=NEW]"));
            item.findElement(By.cssSelector("button[data-action=acknowledge]")).click();
            WebElement comment = item.findElement(By.cssSelector("form.alert-comment textarea"));
            item.findElement(By.cssSelector("form.alert-comment button[type=submit]"))
                    .click();
            assertThat(item.findElement(By.cssSelector("form.alert-comment .form-message"))
                            .getText())
                    .isEqualTo("A comment is required.");
            comment.sendKeys("Master called: GPS antenna fault");
            item.findElement(By.cssSelector("form.alert-comment button[type=submit]"))
                    .click();
            browser.waiting(20)
                    .until(d -> !d.findElements(By.cssSelector("#alert-list li[data-state=ACKNOWLEDGED]"))
                            .isEmpty());
            assertThat(browser.driver.findElement(By.id("alert-badge")).isDisplayed())
                    .isFalse();
            assertThat(browser.driver
                            .findElement(By.cssSelector("#alert-list li[data-state=ACKNOWLEDGED]"))
                            .getText())
                    .contains("Master called: GPS antenna fault")
                    .contains("wanda");
            browser.screenshot("alert-acknowledged");
        }
        List<Alert> stored = node.runtime.node().detection().orElseThrow().alerts(a -> true);
        assertThat(stored).hasSize(1);
        assertThat(stored.getFirst().state()).isEqualTo(AlertState.ACKNOWLEDGED);
        assertThat(stored.getFirst().notes().getFirst().by()).isEqualTo("wanda");
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void zones_importedFromAFile_areDrawnListedAndWatched() throws Exception {
        java.nio.file.Path file = dir.resolve("algiers-bay.geojson");
        java.nio.file.Files.writeString(file, """
                {"type": "FeatureCollection", "features": [{"type": "Feature",
                  "properties": {"id": "algiers-bay", "name": "Baie d'Alger"},
                  "geometry": {"type": "Polygon", "coordinates": [[[2.9, 36.75], [3.2, 36.75], [3.2, 36.9], [2.9, 36.9], [2.9, 36.75]]]}}]}
                """);
        try (Browser browser = Browser.start()) {
            SignIn.openAndSignIn(browser, node, "wanda", password, null);
            browser.driver.findElement(By.id("toggle-zones")).click();
            browser.driver.findElement(By.id("zone-file")).sendKeys(file.toString());
            new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("zone-kind")))
                    .selectByValue("PORT");
            browser.driver
                    .findElement(By.cssSelector("#zone-import button[type=submit]"))
                    .click();
            browser.waiting(20)
                    .until(d -> !d.findElements(By.cssSelector("#zone-list li[data-zone-id=algiers-bay]"))
                            .isEmpty());
            assertThat(browser.driver.findElement(By.id("zone-message")).getText())
                    .isEqualTo("1 zones imported.");
            assertThat(browser.js("return document.documentElement.dataset.zonesDrawn"))
                    .isEqualTo("1");
            assertThat(browser.driver
                            .findElement(By.cssSelector("#zone-list li[data-zone-id=algiers-bay]"))
                            .getText())
                    .contains("Baie d'Alger (Port)")
                    .contains("Imported by wanda");

            // A ship sails into the new zone: its visit becomes an alert, live.
            browser.driver.findElement(By.id("toggle-alerts")).click();
            Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(600);
            try (Socket feed = new Socket("127.0.0.1", node.livePort)) {
                OutputStream out = feed.getOutputStream();
                out.write((io.jisr.app.http.TestMessages.taggedLines(
                                        io.jisr.app.http.TestMessages.position(224_000_003, 36.746, 3.05, 12, 0, 0), t0)
                                + io.jisr.app.http.TestMessages.taggedLines(
                                        io.jisr.app.http.TestMessages.position(224_000_003, 36.753, 3.05, 12, 0, 0),
                                        t0.plusSeconds(120)))
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                // Read as one text: the list is redrawn whenever an alert changes.
                browser.waiting(30)
                        .until(d -> String.valueOf(browser.js("return document.getElementById('alert-list').innerText"))
                                .contains("In zone Baie d'Alger"));
            }
            browser.js("window.jisr.map.setView([36.82, 3.05], 10)");
            browser.screenshot("zones");
        }
    }
}
