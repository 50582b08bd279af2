package io.jisr.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jisr.access.Role;
import io.jisr.app.federation.FederationFixture;
import io.jisr.app.federation.IncidentTwoNodesTest;
import io.jisr.app.node.NodeRuntime;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 9, acceptance 1 (second part) in a real Chromium, on two real nodes: on DZA's node analyst Amina writes
 * a report of a border incursion at Tinzaouaten on the Algeria–Mali border, analyst Bilal confirms and publishes
 * it, and it is on DZA's map and timeline; the sharing agreement's annex releases border incidents graded C3 or
 * better in that area to USA, so it arrives at USA's node, where analyst Carter sees it on the map, the timeline
 * and the list with its partner badge, and its page with its grading, its marking and its provenance, read-only.
 */
class IncidentSharingBrowserTest {
    @TempDir
    static Path dir;

    static NodeRuntime dzaRuntime;
    static NodeRuntime usaRuntime;
    static UiNode dza;
    static UiNode usa;
    static final String AMINA = "first analyst password 41";
    static final String BILAL = "second analyst password 42";
    static final String CARTER = "partner analyst password 43";

    @BeforeAll
    static void startNodes() {
        Browser.requireChromium();
        FederationFixture fixture = new FederationFixture(dir);
        fixture.write("agreement.yaml", fixture.agreement() + IncidentTwoNodesTest.INCIDENTS_TO_USA);
        dzaRuntime = fixture.startDza();
        usaRuntime = fixture.startUsa();
        dza = UiNode.of(dzaRuntime);
        dza.adminPassword = FederationFixture.ADMIN_PASSWORD;
        usa = UiNode.of(usaRuntime);
        usa.adminPassword = FederationFixture.ADMIN_PASSWORD;
        dza.createUser("amina", "Amina", Role.ANALYST, AMINA);
        dza.createUser("bilal", "Bilal", Role.ANALYST, BILAL);
        usa.createUser("carter", "Carter", Role.ANALYST, CARTER);
    }

    @AfterAll
    static void stopNodes() {
        if (usaRuntime != null) {
            usaRuntime.close();
        }
        if (dzaRuntime != null) {
            dzaRuntime.close();
        }
    }

    @Test
    void reportConfirmedAndPublishedOnDza_onItsMapAndTimeline_arrivesAtUsaWithGradingMarkingAndProvenance() {
        try (Browser browser = Browser.start()) {
            SignIn.openAndSignIn(browser, dza, "amina", new String[] {AMINA}, null);
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
            browser.driver.findElement(By.id("incident-f-submit")).click();
            browser.waiting(20).until(d -> "SUBMITTED".equals(report(d).getAttribute("data-status")));
            assertThat(report(browser.driver).getText()).contains("B2").contains("REL TO DZA, USA");
        }
        try (Browser browser = Browser.start()) {
            SignIn.openAndSignIn(browser, dza, "bilal", new String[] {BILAL}, null);
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
            browser.waiting(20)
                    .until(d -> "1".equals(browser.js("return document.documentElement.dataset.incidentsShown")));
            browser.waiting(20)
                    .until(d -> "1".equals(browser.js("return document.documentElement.dataset.incidentWeeks")));
            // On DZA's own node it is its own report: no partner badge.
            assertThat(report(browser.driver).findElements(By.cssSelector(".partner-badge")))
                    .isEmpty();
        }

        // The annex releases it to USA; USA's node takes it as DZA's report.
        await().atMost(Duration.ofSeconds(60))
                .until(() -> usaRuntime.incidentReceiver().orElseThrow().added() == 1);

        try (Browser browser = Browser.start()) {
            SignIn.openAndSignIn(browser, usa, "carter", new String[] {CARTER}, null);
            browser.js("window.jisr.map.setView([19.9, 2.0], 7)");
            browser.driver.findElement(By.id("toggle-incidents")).click();
            browser.waiting(20)
                    .until(d -> "1".equals(browser.js("return document.documentElement.dataset.incidentsShown")));
            browser.waiting(20)
                    .until(d -> "1".equals(browser.js("return document.documentElement.dataset.incidentWeeks")));
            String item = "#incident-list [data-report='DZA:dza-1:JSR-1']";
            browser.waiting(20).until(d -> !d.findElements(By.cssSelector(item)).isEmpty());
            WebElement badge = browser.driver.findElement(By.cssSelector("#incident-list .partner-badge"));
            assertThat(badge.getText()).isEqualTo("Partner: DZA");
            assertThat(badge.getAttribute("data-partner")).isEqualTo("DZA");
            assertThat(badge.getAttribute("aria-label"))
                    .isEqualTo("Report received from DZA node dza-1, marked REL TO DZA, USA");

            browser.driver.findElement(By.cssSelector(item)).click();
            browser.waiting(20).until(d -> "DZA:dza-1:JSR-1".equals(report(d).getAttribute("data-id")));
            WebElement page = report(browser.driver);
            assertThat(page.getAttribute("data-status")).isEqualTo("PUBLISHED");
            assertThat(page.findElement(By.cssSelector(".grading")).getText()).isEqualTo("B2");
            assertThat(page.findElement(By.cssSelector(".marking")).getText()).isEqualTo("REL TO DZA, USA");
            assertThat(page.findElement(By.cssSelector("h3 .partner-badge")).getText())
                    .isEqualTo("Partner: DZA");
            assertThat(page.findElement(By.cssSelector(".provenance")).getText())
                    .startsWith("Received from DZA node dza-1 (its report JSR-1, version 1) on ")
                    .contains("marked REL TO DZA, USA")
                    .endsWith("Read-only here: corrections come from DZA.");
            assertThat(page.getText()).contains("Tinzaouaten").contains("2 killed, unknown wounded, 0 kidnapped");
            // Read-only: no review or correction buttons for USA's analyst.
            assertThat(browser.driver.findElements(By.id("incident-a-submit"))).isEmpty();
            assertThat(browser.driver.findElements(By.id("incident-a-correct"))).isEmpty();
            browser.screenshot("incident-partner-report");
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

    private static WebElement report(WebDriver driver) {
        return driver.findElement(By.id("incident-report"));
    }
}
