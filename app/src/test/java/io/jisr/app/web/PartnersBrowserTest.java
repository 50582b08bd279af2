package io.jisr.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.ais.Reception;
import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.AisMessage;
import io.jisr.app.http.TestMessages;
import io.jisr.app.node.NodeRuntime;
import io.jisr.app.simulate.DemoPair;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * {@code jisr demo --pair} in a real Chromium, signed in at USA: the Partners panel shows the link from
 * DZA connected, and a vessel DZA released carries the partner's badge in the vessel panel and the list
 * (screenshot {@code partners.png}).
 */
class PartnersBrowserTest {
    static final int ALGERIAN_CARGO = 605_999_011;

    @TempDir
    Path dir;

    @Test
    void pair_usaShowsTheLinkConnected_andThePartnerBadgeOnAReceivedVessel() throws Exception {
        Browser.requireChromium();
        PrintStream console = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        DemoPair.Settings settings = new DemoPair.Settings(
                dir, 100, 1, 42, 0, 0, Duration.ofSeconds(1), Map.of("JISR_ADMIN_PASSWORD", UiNode.ADMIN_PASSWORD));
        try (DemoPair pair = DemoPair.start(settings, console);
                UiNode usa = UiNode.of(pair.usa().runtime());
                Browser browser = Browser.start()) {
            NodeRuntime dza = pair.dza().runtime();
            hear(dza, TestMessages.position(ALGERIAN_CARGO, 36.81234, 3.06789, 12.0, 90.0, 90));
            hear(dza, TestMessages.voyage(ALGERIAN_CARGO, "EL DJAZAIR", "7TAB", 70, "ALGIERS"));
            browser.waiting(60)
                    .until(d -> usa.runtime
                            .node()
                            .picture()
                            .vessel(Mmsi.of(ALGERIAN_CARGO))
                            .flatMap(v -> v.staticData().name())
                            .isPresent());

            SignIn.openAndSignIn(browser, usa, null);

            // The Partners panel: the link from DZA, connected.
            browser.waiting(30).until(d -> SignIn.shown(d, "toggle-partners"));
            browser.driver.findElement(By.id("toggle-partners")).click();
            browser.waiting(30)
                    .until(d -> !d.findElements(By.cssSelector(
                                    "#partners-links [data-node='dza-1'] .link-state[data-connected='true']"))
                            .isEmpty());
            WebElement row = browser.driver.findElement(By.cssSelector("#partners-links [data-node='dza-1']"));
            assertThat(row.getText()).contains("DZA", "dza-1", "Connected");
            assertThat(row.findElement(By.cssSelector("[data-field=failures]")).getText())
                    .isEqualTo("0");
            assertThat(row.findElement(By.cssSelector("[data-field=lag]")).getText())
                    .matches("[0-9,]+ records, [0-9,]+ s");
            assertThat(browser.driver.findElement(By.id("partners-self")).getText())
                    .contains(pair.usa()
                            .runtime()
                            .federation()
                            .orElseThrow()
                            .fingerprint()
                            .hex());

            // The received vessel: a badge naming the partner, in the panel and in the list.
            WebElement search = browser.driver.findElement(By.id("search-input"));
            search.sendKeys("EL DJAZAIR");
            browser.waiting(10)
                    .until(d -> !d.findElements(By.cssSelector("#search-results [aria-selected=true]"))
                            .isEmpty());
            search.sendKeys(Keys.ENTER);
            browser.waiting(10).until(d -> SignIn.shown(d, "vessel-panel"));
            browser.waiting(10)
                    .until(d -> !d.findElements(By.cssSelector("#vessel-details .partner-source[data-partner='dza-1']"))
                            .isEmpty());
            assertThat(browser.driver
                            .findElement(By.cssSelector("#vessel-details .partner-source"))
                            .getText())
                    .isEqualTo("Received from partner dza-1");
            browser.waiting(30)
                    .until(d -> !d.findElements(By.cssSelector(
                                    "#vessel-rows tr[data-mmsi='" + ALGERIAN_CARGO + "'] .partner-source"))
                            .isEmpty());
            assertThat(browser.driver
                            .findElement(By.cssSelector(
                                    "#vessel-rows tr[data-mmsi='" + ALGERIAN_CARGO + "'] .partner-source"))
                            .getText())
                    .isEqualTo("dza-1");
            WebUiBrowserTest.settle(browser);
            browser.screenshot("partners");
        }
    }

    private static void hear(NodeRuntime node, AisMessage message) {
        Instant now = Instant.now();
        Reception reception = new Reception("AI", false, Optional.of("A"), Optional.empty(), Optional.of(now), 1, 1);
        node.node().pipeline().accept("local-ais", message, reception, now, 1);
    }
}
