package io.jisr.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jisr.ais.Reception;
import io.jisr.ais.message.AisMessage;
import io.jisr.app.federation.FederationFixture;
import io.jisr.app.http.TestMessages;
import io.jisr.app.node.NodeRuntime;
import io.jisr.exchange.Nation;
import io.jisr.exchange.NodeId;
import io.jisr.exchange.Partner;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 7 in a real Chromium, on two real nodes: after a vessel heard at DZA went to USA and a tanker heard at
 * USA came to DZA, DZA's administrator opens the Exchange audit and sees the batch released to USA and the
 * batch received from it (partner, categories with counts, cursor range), the agreement's first version, and
 * the chain verified intact; the kind and partner filters narrow the table (screenshot {@code exchange-audit}).
 */
class ExchangeAuditBrowserTest {
    static final int ALGERIAN_CARGO = 605_999_071;
    static final int US_TANKER = 366_999_071;
    static final Partner USA = new Partner(Nation.of("USA"), NodeId.of("usa-1"));
    static final Partner DZA = new Partner(Nation.of("DZA"), NodeId.of("dza-1"));

    @TempDir
    Path dir;

    @Test
    void recordsFlowBothWays_dzaAdministratorSeesBatchesReleasedAndReceived_andTheChainIntact() {
        Browser.requireChromium();
        FederationFixture fixture = new FederationFixture(dir);
        try (NodeRuntime dzaRuntime = fixture.startDza();
                NodeRuntime usaRuntime = fixture.startUsa();
                Browser browser = Browser.start()) {
            hear(dzaRuntime, TestMessages.position(ALGERIAN_CARGO, 36.81234, 3.06789, 12.0, 90.0, 90));
            hear(dzaRuntime, TestMessages.voyage(ALGERIAN_CARGO, "EL DJAZAIR", "7TAB", 70, "ALGIERS"));
            hear(usaRuntime, TestMessages.voyage(US_TANKER, "LIBERTY STAR", "WLIB", 80, "ALGIERS"));
            hear(usaRuntime, TestMessages.position(US_TANKER, 37.5, 5.25, 12.0, 90.0, 90));
            await().atMost(Duration.ofSeconds(60))
                    .until(() ->
                            usaRuntime.federation().orElseThrow().received(DZA).size() == 2
                                    && dzaRuntime
                                                    .federation()
                                                    .orElseThrow()
                                                    .received(USA)
                                                    .size()
                                            == 2);

            UiNode dza = UiNode.of(dzaRuntime);
            dza.adminPassword = FederationFixture.ADMIN_PASSWORD;
            SignIn.openAndSignIn(browser, dza, null);
            browser.waiting(30).until(d -> SignIn.shown(d, "toggle-exchange-audit"));
            browser.driver.findElement(By.id("toggle-exchange-audit")).click();
            // The received batch is sealed just after its records are stored: reload until it is listed.
            browser.waiting(30).until(d -> {
                if (d.findElements(By.cssSelector("#exchange-audit-rows tr[data-kind='batch-received']"))
                        .isEmpty()) {
                    d.findElement(By.cssSelector("#exchange-audit-form button[type=submit]"))
                            .click();
                    return false;
                }
                return true;
            });
            browser.waiting(10)
                    .until(d -> "true"
                            .equals(d.findElement(By.id("exchange-audit-verified"))
                                    .getAttribute("data-ok")));
            assertThat(browser.driver
                            .findElement(By.id("exchange-audit-verified"))
                            .getText())
                    .startsWith("Chain intact")
                    .contains(dzaRuntime.federation().orElseThrow().auditHead());

            WebElement released =
                    browser.driver.findElement(By.cssSelector("#exchange-audit-rows tr[data-kind='batch-released']"));
            assertThat(released.getText()).contains("Batch released", "USA usa-1", "(cursor ");
            assertThat(released.getText()).containsAnyOf("vessel-positions 1", "vessel-static 1");
            WebElement received =
                    browser.driver.findElement(By.cssSelector("#exchange-audit-rows tr[data-kind='batch-received']"));
            assertThat(received.getText()).contains("Batch received", "USA usa-1");
            WebElement agreement = browser.driver.findElement(
                    By.cssSelector("#exchange-audit-rows tr[data-kind='agreement-changed']"));
            assertThat(agreement.getAttribute("data-index")).isEqualTo("0");
            assertThat(agreement.getText()).contains("dza-usa-maritime version 1, saved by file");
            List<Integer> indices = browser.driver.findElements(By.cssSelector("#exchange-audit-rows tr")).stream()
                    .map(r -> Integer.parseInt(r.getAttribute("data-index")))
                    .toList();
            assertThat(indices)
                    .isSortedAccordingTo((a, b) -> Integer.compare(b, a))
                    .endsWith(0);
            WebUiBrowserTest.settle(browser);
            browser.screenshot("exchange-audit");

            // Filters: received batches only; then a partner this node does not have.
            new Select(browser.driver.findElement(By.id("exchange-audit-kind"))).selectByValue("batch-received");
            browser.driver
                    .findElement(By.cssSelector("#exchange-audit-form button[type=submit]"))
                    .click();
            browser.waiting(10).until(d -> {
                List<String> kinds = rows(browser, "kind");
                return !kinds.isEmpty() && kinds.stream().allMatch("batch-received"::equals);
            });
            new Select(browser.driver.findElement(By.id("exchange-audit-kind"))).selectByValue("");
            browser.driver.findElement(By.id("exchange-audit-partner")).sendKeys("gbr-1");
            browser.driver
                    .findElement(By.cssSelector("#exchange-audit-form button[type=submit]"))
                    .click();
            browser.waiting(10).until(d -> SignIn.shown(d, "exchange-audit-empty"));
            assertThat(rows(browser, "kind")).isEmpty();
        }
    }

    /** One data attribute of every row of the table, read in one script (the table may be redrawn meanwhile). */
    @SuppressWarnings("unchecked")
    private static List<String> rows(Browser browser, String attribute) {
        return (List<String>) browser.js("return Array.from(document.querySelectorAll('#exchange-audit-rows tr'),"
                + " (r) => r.dataset." + attribute + ")");
    }

    private static void hear(NodeRuntime node, AisMessage message) {
        Instant now = Instant.now();
        Reception reception = new Reception("AI", false, Optional.of("A"), Optional.empty(), Optional.of(now), 1, 1);
        node.node().pipeline().accept("local-ais", message, reception, now, 1);
    }
}
