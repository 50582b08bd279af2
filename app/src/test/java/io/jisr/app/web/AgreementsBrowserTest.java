package io.jisr.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.access.AuditEntry;
import io.jisr.access.AuditQuery;
import io.jisr.access.LoginOutcome;
import io.jisr.access.Principal;
import io.jisr.app.federation.AgreementBook;
import io.jisr.app.node.NodeRuntime;
import io.jisr.app.simulate.DemoPair;
import io.jisr.exchange.Nation;
import io.jisr.exchange.NodeId;
import io.jisr.exchange.Partner;
import io.jisr.exchange.agreement.AgreementStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * {@code jisr demo --pair} in a real Chromium, signed in at DZA as the administrator: the Agreements panel
 * shows the annex table and draws the annexes' areas on the map; Suspend, with a reason and the confirmation,
 * suspends the agreement at once (a new version, audited) and USA receives nothing more from DZA
 * (screenshot {@code agreements.png}).
 */
class AgreementsBrowserTest {
    static final Partner DZA = new Partner(Nation.of("DZA"), NodeId.of("dza-1"));

    @TempDir
    Path dir;

    @Test
    void administrator_seesTheAnnexesAndSuspends_andThePartnerReceivesNothingMore() throws Exception {
        Browser.requireChromium();
        PrintStream console = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        DemoPair.Settings settings = new DemoPair.Settings(
                dir, 100, 1, 42, 0, 0, Duration.ofSeconds(1), Map.of("JISR_ADMIN_PASSWORD", UiNode.ADMIN_PASSWORD));
        try (DemoPair pair = DemoPair.start(settings, console);
                UiNode dzaUi = UiNode.of(pair.dza().runtime());
                Browser browser = Browser.start()) {
            NodeRuntime dza = pair.dza().runtime();
            NodeRuntime usa = pair.usa().runtime();
            // DZA's simulated traffic reaches USA.
            browser.waiting(90).until(d -> received(usa) > 0);

            SignIn.openAndSignIn(browser, dzaUi, null);
            browser.waiting(30).until(d -> SignIn.shown(d, "toggle-agreements"));
            browser.driver.findElement(By.id("toggle-agreements")).click();
            browser.waiting(30)
                    .until(d -> !d.findElements(By.cssSelector(
                                    "#agreements-list [data-agreement='dza-usa-demo'] tr[data-annex='A1']"))
                            .isEmpty());
            WebElement card = browser.driver.findElement(By.cssSelector("[data-agreement='dza-usa-demo']"));
            WebElement a1 = card.findElement(By.cssSelector("tr[data-annex='A1']"));
            assertThat(a1.getText()).contains("vessel-positions", "DZA → USA", "algerian-basin", "REL TO");
            // The demo agreement's twelve annexes: vessel positions and static data, alerts, incident reports,
            // SAR cases and programme records, each way.
            assertThat(card.findElements(By.cssSelector(".annex-table tbody tr")))
                    .hasSize(12);
            assertThat(card.findElement(By.cssSelector("tr[data-annex='A5']")).getText())
                    .contains("sar-cases", "DZA → USA", "western-mediterranean");
            assertThat(card.findElement(By.cssSelector(".agreement-status")).getAttribute("data-status"))
                    .isEqualTo("in-force");
            // The annexes' polygons are on the map (canvas renderer: counted in the layer, not the DOM).
            assertThat(((Number) browser.js("return window.jisr.agreements.layer.getLayers().length")).intValue())
                    .isGreaterThanOrEqualTo(2);
            card.findElement(By.cssSelector(".agreement-versions")).click();
            browser.waiting(10)
                    .until(d -> !d.findElements(By.cssSelector(".agreement-history li[data-version='1']"))
                            .isEmpty());
            WebUiBrowserTest.settle(browser);
            browser.screenshot("agreements");

            // Suspend, with a reason and the confirmation.
            card.findElement(By.cssSelector(".agreement-reason")).sendKeys("suspended pending review");
            card.findElement(By.cssSelector(".agreement-suspend")).click();
            browser.waiting(10).until(d -> {
                try {
                    d.switchTo().alert();
                    return true;
                } catch (org.openqa.selenium.NoAlertPresentException e) {
                    return false;
                }
            });
            assertThat(browser.driver.switchTo().alert().getText()).contains("dza-usa-demo");
            browser.driver.switchTo().alert().accept();
            browser.waiting(30)
                    .until(d -> !d.findElements(By.cssSelector(
                                    "[data-agreement='dza-usa-demo'] .agreement-status[data-status='suspended']"))
                            .isEmpty());
            AgreementBook.Version current =
                    dza.federation().orElseThrow().agreements().current().getFirst();
            assertThat(current.agreement().status()).isEqualTo(AgreementStatus.SUSPENDED);
            assertThat(current.actor()).isEqualTo("admin");
            Principal admin = ((LoginOutcome.SignedIn) dza.accounts().login("admin", dzaUi.adminPassword, "127.0.0.1"))
                    .principal();
            List<AuditEntry> audit = dza.accounts().audit(admin, AuditQuery.newest(50));
            assertThat(audit)
                    .filteredOn(e -> e.action().equals("agreement.suspended"))
                    .singleElement()
                    .satisfies(e -> assertThat(e.detail()).contains("suspended pending review"));

            // USA receives nothing more from DZA, while DZA's simulator keeps producing traffic.
            int atSuspension = received(usa);
            long offered = dza.federation().orElseThrow().offered();
            browser.waiting(30).until(d -> dza.federation().orElseThrow().offered() > offered + 20);
            Thread.sleep(4_000);
            assertThat(received(usa)).isEqualTo(atSuspension);
            browser.screenshot("agreements-suspended");

            // Reinstate: records flow again.
            WebElement again = browser.driver.findElement(By.cssSelector("[data-agreement='dza-usa-demo']"));
            again.findElement(By.cssSelector(".agreement-reason")).sendKeys("review done");
            again.findElement(By.cssSelector(".agreement-reinstate")).click();
            browser.waiting(30)
                    .until(d -> !d.findElements(By.cssSelector(
                                    "[data-agreement='dza-usa-demo'] .agreement-status[data-status='in-force']"))
                            .isEmpty());
            browser.waiting(60).until(d -> received(usa) > atSuspension);

            // Edit annex A1's delay in the form: a new version, shown in the table and the versions.
            browser.driver
                    .findElement(By.cssSelector("[data-agreement='dza-usa-demo'] tr[data-annex='A1'] .annex-edit"))
                    .click();
            WebElement delay = browser.driver.findElement(By.id("annex-delay"));
            delay.clear();
            delay.sendKeys("PT5M");
            browser.driver.findElement(By.id("agreement-form-reason")).sendKeys("annex A1 amended");
            browser.driver
                    .findElement(By.cssSelector(".agreement-form button[type=submit]"))
                    .click();
            browser.waiting(30)
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d
                            .findElements(By.cssSelector(
                                    "[data-agreement='dza-usa-demo'] tr[data-annex='A1'] [data-field='delay']"))
                            .stream()
                            .anyMatch(e -> e.getText().equals("PT5M")));
            assertThat(dza.federation()
                            .orElseThrow()
                            .agreements()
                            .current()
                            .getFirst()
                            .agreement()
                            .version())
                    .isEqualTo(4);
            browser.driver
                    .findElement(By.cssSelector("[data-agreement='dza-usa-demo'] .agreement-versions"))
                    .click();
            browser.waiting(10)
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.cssSelector(".agreement-history li[data-version='4']")).stream()
                            .anyMatch(e -> e.getText().contains("annexes[A1].delay: PT1S → PT5M")));
        }
    }

    static int received(NodeRuntime usa) {
        return usa.federation().orElseThrow().received(DZA).size();
    }
}
