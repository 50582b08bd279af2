package io.jisr.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.access.Role;
import io.jisr.app.federation.FederationFixture;
import io.jisr.app.node.NodeRuntime;
import io.jisr.exchange.Nation;
import io.jisr.exchange.NodeId;
import io.jisr.exchange.Partner;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 8 in a real Chromium, on DZA's node of a federation with USA: a rescue coordinator changes a case's last
 * known position and persons on board on the case page, shares the case with USA's rescue centre and then hands
 * it over; the page and the list say who holds it, and the handed-over copy offers no more changes.
 */
class SarCaseSharingBrowserTest {
    private static final String SAR_ANNEXES = """
              - id: S1
                category: sar-cases
                from: DZA
                to: USA
                areas: [everywhere]
                marking: REL TO DZA, USA
                retention: P3650D
              - id: S2
                category: sar-cases
                from: USA
                to: DZA
                areas: [everywhere]
                marking: REL TO USA, DZA
                retention: P3650D
            """;
    static final String PASSWORD = "rescue coordinator password 9";
    static final Partner DZA = new Partner(Nation.of("DZA"), NodeId.of("dza-1"));

    @Test
    void coordinator_editsPositionAndPersons_sharesAndHandsOverTheCase(@TempDir Path dir) throws Exception {
        Browser.requireChromium();
        FederationFixture fixture = new FederationFixture(dir);
        fixture.write("agreement.yaml", fixture.agreement() + SAR_ANNEXES);
        try (NodeRuntime dza = fixture.startDza();
                NodeRuntime usa = fixture.startUsa();
                Browser browser = Browser.start()) {
            UiNode node = UiNode.of(dza);
            node.adminPassword = FederationFixture.ADMIN_PASSWORD;
            node.createUser("sara", "Sara Rescue", Role.SAR_COORDINATOR, PASSWORD);
            SignIn.openAndSignIn(browser, node, "sara", new String[] {PASSWORD}, null);
            browser.driver.findElement(By.id("toggle-drift")).click();
            browser.waiting(20)
                    .until(d -> d.findElements(By.cssSelector("#sarcase-object option"))
                                    .size()
                            > 1);

            browser.driver.findElement(By.id("sarcase-new")).click();
            browser.driver.findElement(By.id("sarcase-source")).sendKeys("CROSS Alger, VHF 16");
            WebElement pob = browser.driver.findElement(By.id("sarcase-pob"));
            pob.clear();
            pob.sendKeys("6");
            browser.driver.findElement(By.id("sarcase-open")).click();
            browser.waiting(20)
                    .until(d -> !d.findElement(By.id("sarcase-title")).getText().isEmpty());
            String reference = (String) browser.js("return document.documentElement.dataset.sarCase");

            // A new fix and a new count of persons on board, from the case page.
            browser.driver.findElement(By.cssSelector("#sarcase-edit summary")).click();
            assertThat(browser.driver.findElement(By.id("sarcase-edit-pob")).getAttribute("value"))
                    .isEqualTo("6");
            replace(browser, "sarcase-edit-lat", "36.9");
            replace(browser, "sarcase-edit-radius", "1000");
            replace(browser, "sarcase-edit-pob", "4");
            browser.driver.findElement(By.id("sarcase-edit-apply")).click();
            browser.waiting(10)
                    .until(d -> d.findElement(By.id("sarcase-facts")).getText().contains("36.9000, 3.1000"));
            String facts = browser.driver.findElement(By.id("sarcase-facts")).getText();
            assertThat(facts).contains("±1,000 m");
            assertThat(actions(browser)).contains("PERSONS_CHANGED", "LKP_CHANGED");

            // Sharing with USA's rescue centre.
            assertThat(browser.driver.findElement(By.id("sarcase-sharing")).isDisplayed())
                    .isTrue();
            assertThat(new Select(browser.driver.findElement(By.id("sarcase-partner")))
                            .getOptions().stream().map(WebElement::getText).toList())
                    .containsExactly("USA/usa-1");
            browser.driver.findElement(By.id("sarcase-share")).click();
            browser.waiting(10)
                    .until(d -> d.findElement(By.id("sarcase-facts")).getText().contains("Shared with USA/usa-1")
                            || !d.findElement(By.id("sarcase-page-message"))
                                    .getText()
                                    .isEmpty());
            assertThat(browser.driver.findElement(By.id("sarcase-page-message")).getText())
                    .isEmpty();
            assertThat(actions(browser)).first().isEqualTo("SHARED");
            // The list (behind the page) marks the case with a badge.
            browser.waiting(10)
                    .until(d -> listText(browser).contains(reference + " Open")
                            && listText(browser).contains("Shared with USA/usa-1"));

            // Handing it over: the page marks the copy read-only and offers no more changes.
            browser.driver.findElement(By.id("sarcase-handover")).click();
            browser.waiting(10)
                    .until(d -> d.findElement(By.id("sarcase-facts"))
                            .getText()
                            .contains("Handed over to USA/usa-1 — read-only copy"));
            assertThat(actions(browser)).first().isEqualTo("HANDED_OVER");
            for (String id : List.of("sarcase-edit", "sarcase-sharing", "sarcase-status-apply", "sarcase-note-add")) {
                assertThat(browser.driver.findElement(By.id(id)).isDisplayed())
                        .as(id)
                        .isFalse();
            }
            assertThat(browser.driver.findElement(By.id("sarcase-page-message")).getText())
                    .isEmpty();
            browser.waiting(10)
                    .until(d -> "Handed over to USA/usa-1 — read-only copy"
                            .equals(browser.js(
                                    "return document.querySelector('#sarcase-list .partner-badge')?.textContent")));
            // USA's node runs it now (the API side is SarCaseTwoNodesTest's).
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(30))
                    .until(() -> usa.federation().orElseThrow().received(DZA).stream()
                            .anyMatch(r -> r.category().equals("sar-cases")));
        }
    }

    private static String listText(Browser browser) {
        return (String) browser.js("return document.getElementById('sarcase-list').textContent");
    }

    /** DZA's node as USA's partner. */
    private static final class FederationFixtureDza {
        static final io.jisr.exchange.Partner DZA =
                new io.jisr.exchange.Partner(io.jisr.exchange.Nation.of("DZA"), io.jisr.exchange.NodeId.of("dza-1"));
    }

    private static void replace(Browser browser, String id, String value) {
        WebElement input = browser.driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    @SuppressWarnings("unchecked")
    private static List<String> actions(Browser browser) {
        return (List<String>) browser.js(
                "return [...document.querySelectorAll('#sarcase-timeline li')]" + ".map((li) => li.dataset.action)");
    }
}
