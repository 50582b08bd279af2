package io.jisr.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jisr.access.Role;
import io.jisr.app.federation.AlertsTwoNodesTest;
import io.jisr.app.federation.FederationFixture;
import io.jisr.app.http.TestMessages;
import io.jisr.app.node.NodeRuntime;
import io.jisr.detect.DetectionKind;
import io.jisr.detect.alert.Alert;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 7 in a real Chromium, on two real nodes: an alert DZA raised inside the annex's box is in USA's alert
 * list with the partner's badge, and a watch officer at USA can acknowledge it (its lifecycle here is USA's).
 */
class AlertSharingBrowserTest {
    @TempDir
    static Path dir;

    static NodeRuntime dzaRuntime;
    static NodeRuntime usaRuntime;
    static UiNode usa;
    static final String[] WALT = {"partner watch password 44"};

    @BeforeAll
    static void startNodes() {
        Browser.requireChromium();
        FederationFixture fixture = AlertsTwoNodesTest.fixture(dir);
        dzaRuntime = fixture.startDza();
        usaRuntime = fixture.startUsa();
        usa = UiNode.of(usaRuntime);
        usa.adminPassword = FederationFixture.ADMIN_PASSWORD;
        usa.createUser("walt", "Walt", Role.WATCH_OFFICER, WALT[0]);
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
    void alertRaisedAtDza_isInUsasListWithThePartnersBadge_andCanBeAcknowledgedThere() {
        int mmsi = AlertsTwoNodesTest.ALGERIAN_CARGO;
        Instant now = Instant.now();
        AlertsTwoNodesTest.hearAt(
                dzaRuntime, TestMessages.voyage(mmsi, "EL DJAZAIR", "7TAB", 70, "ALGIERS"), now.minusSeconds(11));
        AlertsTwoNodesTest.hearAt(
                dzaRuntime, TestMessages.position(mmsi, 36.5, 3.0, 12.0, 90.0, 90), now.minusSeconds(10));
        AlertsTwoNodesTest.hearAt(dzaRuntime, TestMessages.position(mmsi, 37.51234, 3.06789, 12.0, 90.0, 90), now);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> AlertsTwoNodesTest.partnerAlertAbout(usaRuntime, mmsi, DetectionKind.IDENTITY_ANOMALY)
                        .isPresent());
        Alert received = AlertsTwoNodesTest.partnerAlertAbout(usaRuntime, mmsi, DetectionKind.IDENTITY_ANOMALY)
                .orElseThrow();
        String item = "#alert-list li[data-alert-id='" + received.id() + "']";

        try (Browser browser = Browser.start()) {
            SignIn.openAndSignIn(browser, usa, "walt", WALT, null);
            browser.driver.findElement(By.id("toggle-alerts")).click();
            browser.waiting(20).until(d -> !d.findElements(By.cssSelector(item)).isEmpty());
            WebElement li = browser.driver.findElement(By.cssSelector(item));
            WebElement badge = li.findElement(By.cssSelector(".partner-badge"));
            assertThat(badge.getText()).isEqualTo("Partner: DZA");
            assertThat(badge.getAttribute("data-partner")).isEqualTo("DZA");
            assertThat(badge.getAttribute("title"))
                    .contains("dza-1")
                    .contains(received.source().orElseThrow().originId())
                    .contains("REL TO DZA, USA");
            // Its own lifecycle here: a watch officer acknowledges it with a comment.
            li.findElement(By.cssSelector("button[data-action=acknowledge]")).click();
            li.findElement(By.cssSelector("form.alert-comment textarea")).sendKeys("Seen; DZA's patrol has it");
            li.findElement(By.cssSelector("form.alert-comment button[type=submit]"))
                    .click();
            browser.waiting(20)
                    .until(d -> !d.findElements(By.cssSelector(
                                    "#alert-list li[data-alert-id='" + received.id() + "'][data-state=ACKNOWLEDGED]"))
                            .isEmpty());
        }
        assertThat(usaRuntime
                        .node()
                        .detection()
                        .orElseThrow()
                        .alert(received.id())
                        .orElseThrow()
                        .notes())
                .hasSize(1);
    }
}
