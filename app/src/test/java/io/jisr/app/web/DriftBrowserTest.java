package io.jisr.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.access.LoginOutcome;
import io.jisr.access.Principal;
import io.jisr.access.Role;
import io.jisr.access.Username;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A rescue coordinator's drift in a real Chromium: a small open boat off Algiers in the bundled sample
 * forecast, run with progress, the particle cloud and probability areas drawn, the time slider moving.
 */
class DriftBrowserTest {
    @TempDir
    static Path dir;

    static UiNode node;
    static final String PASSWORD = "rescue coordinator password 9";

    @BeforeAll
    static void startNode() throws Exception {
        Browser.requireChromium();
        node = UiNode.start(dir, List.of(), false);
        var accounts = node.runtime.accounts();
        Principal admin =
                ((LoginOutcome.SignedIn) accounts.login("admin", node.adminPassword, "127.0.0.1")).principal();
        accounts.createUser(
                admin, Username.of("sara"), Optional.of("Sara Rescue"), Set.of(Role.SAR_COORDINATOR), PASSWORD);
    }

    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void coordinator_runsADriftAndSeesTheCloudAndAreas() {
        try (Browser browser = Browser.start()) {
            SignIn.openAndSignIn(browser, node, "sara", new String[] {PASSWORD}, null);
            browser.driver.findElement(By.id("toggle-drift")).click();
            browser.waiting(20)
                    .until(d -> d.findElements(By.cssSelector("#drift-object option"))
                                    .size()
                            == 85);
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
        }
    }
}
