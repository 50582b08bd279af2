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
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 9, acceptance 1 (first part) in a real Chromium: analyst Amina writes a report of an armed
 * incursion at Tinzaouaten on the Algeria–Mali border and submits it; the node refuses her own
 * confirmation; analyst Bilal, in his own browser, finds it in the review queue, confirms and publishes
 * it; it is then on the map (its cluster, the heat layer) and on the timeline, and its page shows the
 * grading as B2, the marking, the versions and the provenance.
 */
class IncidentWorkflowBrowserTest {
    @TempDir
    static Path dir;

    static UiNode node;
    static final String AMINA = "first analyst password 41";
    static final String BILAL = "second analyst password 42";

    @BeforeAll
    static void startNode() throws Exception {
        Browser.requireChromium();
        node = UiNode.start(dir, List.of(), false);
        node.createUser("amina", "Amina", Role.ANALYST, AMINA);
        node.createUser("bilal", "Bilal", Role.ANALYST, BILAL);
    }

    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void analystCreates_secondAnalystConfirmsAndPublishes_reportOnMapAndTimeline() {
        try (Browser browser = Browser.start()) {
            SignIn.openAndSignIn(browser, node, "amina", new String[] {AMINA}, null);
            browser.js("window.jisr.map.setView([19.9, 2.0], 7)");
            browser.driver.findElement(By.id("toggle-incidents")).click();
            browser.driver.findElement(By.id("incident-new")).click();
            browser.waiting(20)
                    .until(d -> !new Select(d.findElement(By.id("incident-f-type")))
                            .getOptions()
                            .isEmpty());
            browser.js("arguments[0].value = '2026-11-20'", field(browser, "date"));
            type(browser, "place", "Tinzaouaten");
            type(browser, "admin1", "Kidal");
            type(browser, "admin2", "Abeibara");
            type(browser, "country", "MLI");
            type(browser, "latitude", "19.94");
            type(browser, "longitude", "2.94");
            new Select(field(browser, "geoPrecision")).selectByValue("NEAR");
            new Select(field(browser, "type")).selectByValue("BORDER_INCIDENT");
            new Select(field(browser, "subType")).selectByValue("BORDER_INCURSION");
            type(browser, "actors", "JNIM\nAlgerian Army");
            type(browser, "killed", "2");
            type(browser, "kidnapped", "0");
            type(browser, "narrative", "An armed group crossed the border near Tinzaouaten and withdrew north.");
            type(browser, "sources", "Border post report\nRegional command");
            new Select(field(browser, "reliability")).selectByValue("B");
            new Select(field(browser, "credibility")).selectByValue("2");
            type(browser, "handlingNote", "Not for public release.");
            browser.driver.findElement(By.id("incident-f-submit")).click();
            browser.waiting(20).until(d -> "SUBMITTED".equals(report(d).getAttribute("data-status")));
            assertThat(report(browser.driver).getText()).contains("B2").contains("REL TO DZA, USA");

            // Her own confirmation is refused by the node, whatever the page offers.
            browser.driver.findElement(By.id("incident-a-confirm")).click();
            browser.waiting(20).until(d -> report(d).getText().contains("who cannot confirm it"));
        }
        try (Browser browser = Browser.start()) {
            SignIn.openAndSignIn(browser, node, "bilal", new String[] {BILAL}, null);
            browser.js("window.jisr.map.setView([19.9, 2.0], 7)");
            browser.driver.findElement(By.id("toggle-incidents")).click();
            browser.waiting(20)
                    .until(d -> !d.findElements(By.cssSelector("#incident-queue [data-report='JSR-1']"))
                            .isEmpty());
            browser.driver
                    .findElement(By.cssSelector("#incident-queue [data-report='JSR-1']"))
                    .click();
            browser.waiting(20).until(d -> "SUBMITTED".equals(report(d).getAttribute("data-status")));
            browser.driver.findElement(By.id("incident-a-confirm")).click();
            browser.waiting(20).until(d -> "CONFIRMED".equals(report(d).getAttribute("data-status")));
            browser.driver.findElement(By.id("incident-a-publish")).click();
            browser.waiting(20).until(d -> "PUBLISHED".equals(report(d).getAttribute("data-status")));

            // On the map and the timeline, with the heat layer.
            browser.waiting(20)
                    .until(d -> "1".equals(browser.js("return document.documentElement.dataset.incidentsShown")));
            browser.waiting(20)
                    .until(d -> "1".equals(browser.js("return document.documentElement.dataset.incidentWeeks")));
            browser.driver.findElement(By.id("incident-heat")).click();
            browser.waiting(20)
                    .until(d -> "1".equals(browser.js("return document.documentElement.dataset.incidentHeatCells")));
            assertThat(browser.driver
                            .findElements(By.cssSelector("#incident-timeline rect"))
                            .size())
                    .isEqualTo(1);
            String page = report(browser.driver).getText();
            assertThat(page)
                    .contains("JSR-1")
                    .contains("B2")
                    .contains("REL TO DZA, USA")
                    .contains("Tinzaouaten")
                    .contains("2 killed, unknown wounded, 0 kidnapped")
                    .contains("author amina, confirmed by bilal, published by bilal");
            assertThat(report(browser.driver)
                            .findElement(By.cssSelector(".grading"))
                            .getText())
                    .isEqualTo("B2");
            browser.screenshot("incident-report");

            // The report opens from the map too: its cluster holds one report.
            browser.driver
                    .findElement(By.cssSelector("#incident-report .buttons:last-child button"))
                    .click();
            browser.waiting(10).until(d -> !report(d).isDisplayed());
            browser.driver.findElement(By.id("incident-heat")).click();
            browser.waiting(20)
                    .until(d -> "0".equals(browser.js("return document.documentElement.dataset.incidentHeatCells")));
            // The map draws on a canvas: click where the report's cluster is.
            @SuppressWarnings("unchecked")
            List<Number> at = (List<Number>) browser.js("const m = window.jisr.map;"
                    + " const p = m.latLngToContainerPoint([19.94, 2.94]); const s = m.getSize();"
                    + " return [p.x - s.x / 2, p.y - s.y / 2];");
            new org.openqa.selenium.interactions.Actions(browser.driver)
                    .moveToElement(
                            browser.driver.findElement(By.id("map")),
                            at.get(0).intValue(),
                            at.get(1).intValue())
                    .click()
                    .perform();
            browser.waiting(10).until(d -> report(d).isDisplayed());
        }
    }

    private static WebElement field(Browser browser, String name) {
        return browser.driver.findElement(By.id("incident-f-" + name));
    }

    private static void type(Browser browser, String name, String text) {
        WebElement input = field(browser, name);
        input.clear();
        input.sendKeys(text);
    }

    private static WebElement report(org.openqa.selenium.WebDriver driver) {
        return driver.findElement(By.id("incident-report"));
    }
}
