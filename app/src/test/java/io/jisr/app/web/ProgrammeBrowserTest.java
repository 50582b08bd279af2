package io.jisr.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.access.Role;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A programme officer's walk through the register in a real Chromium (issue 10, acceptance 1, first part):
 * register the MoU and attach its signed text, create three working groups, hold a meeting with two
 * decisions and three action items (one already past due), mark one done, and see the overdue one on the
 * dashboard; the calendar and the meeting report download from the panel. Then the second part: an
 * acquisition case with two equipment lines, a delivery that creates an asset, and that asset assigned in a
 * search plan by the rescue coordinator.
 */
class ProgrammeBrowserTest {
    @TempDir
    static Path dir;

    static UiNode node;
    static final String PASSWORD = "programme desk password 10";
    static final String SAR_PASSWORD = "rescue desk password 10";
    /** The officer's password as it stands: the first sign-in renews it, the next test signs in with that. */
    static final String[] OFFICER = {PASSWORD};

    @BeforeAll
    static void startNode() throws Exception {
        Browser.requireChromium();
        node = UiNode.start(dir, List.of(), false);
        node.createUser("po", "Programme Officer", Role.PROGRAMME_OFFICER, PASSWORD);
        node.createUser("sara", "Sara Rescue", Role.SAR_COORDINATOR, SAR_PASSWORD);
    }

    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void programmeOfficer_registersMouGroupsAndMeeting_marksOneDone_seesTheOverdueOne() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Path text = dir.resolve("mou-signed.pdf");
        Files.write(text, "%PDF-1.7\n% signed text\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        try (Browser browser = Browser.start()) {
            SignIn.openAndSignIn(browser, node, "po", OFFICER, null);
            browser.driver.findElement(By.id("toggle-programme")).click();
            browser.waiting(20)
                    .until(d -> !d.findElement(By.id("programme-day")).getText().isEmpty());

            // The MoU, and its signed text.
            open(browser, "programme-instrument-form");
            type(browser, "instrument-title", "Memorandum of understanding on defence and security cooperation");
            set(browser, "instrument-signed", "2021-02-10");
            set(browser, "instrument-in-force", "2021-03-01");
            submit(browser, "programme-instrument-form", "Instrument DZA-I-1 registered.");
            browser.driver.findElement(By.id("text-file")).sendKeys(text.toString());
            submit(browser, "programme-text-form", "Signed text attached to DZA-I-1.");

            // Three working groups.
            open(browser, "programme-group-form");
            List<String> groups = List.of(
                    "Maritime security and SAR",
                    "Counter-terrorism and border security",
                    "Defence equipment and logistics");
            for (int n = 0; n < groups.size(); n++) {
                type(browser, "group-name", groups.get(n));
                type(browser, "group-chair-own", "Col. A. Benali");
                type(browser, "group-chair-partner", "CV C. Martin");
                submit(browser, "programme-group-form", "Working group DZA-WG-" + (n + 1) + " created.");
            }
            assertThat(browser.driver.findElements(By.cssSelector("#programme-groups li[data-group]")))
                    .hasSize(3);

            // A meeting with two decisions and three action items, the first already past due.
            open(browser, "programme-meeting-form");
            type(browser, "meeting-title", "3rd session");
            set(browser, "meeting-start", today.plusDays(7) + "T09:30");
            type(browser, "meeting-place", "Algiers, Naval HQ");
            set(browser, "meeting-agenda", "Opening\nSAR exercise 2027");
            set(browser, "meeting-attendees", "Col. A. Benali, DZA\nCV C. Martin, FRA");
            set(
                    browser,
                    "meeting-decisions",
                    "Hold a joint SAR exercise in spring 2027\nShare AIS tracks under the agreement");
            List<Map<String, String>> actions = List.of(
                    Map.of(
                            "decision",
                            "1",
                            "title",
                            "Draft the exercise plan",
                            "assignee",
                            "Cdt S. Haddad",
                            "due",
                            today.minusDays(3).toString()),
                    Map.of(
                            "decision",
                            "1",
                            "title",
                            "Book the range",
                            "assignee",
                            "Col. A. Benali",
                            "due",
                            today.plusDays(30).toString()),
                    Map.of(
                            "decision",
                            "2",
                            "title",
                            "Open the AIS link",
                            "assignee",
                            "Cdt S. Haddad",
                            "due",
                            today.plusDays(60).toString()));
            for (int n = 0; n < actions.size(); n++) {
                browser.driver.findElement(By.id("meeting-add-action")).click();
                Map<String, String> a = actions.get(n);
                String row = "meeting-action-" + (n + 1) + "-action-";
                set(browser, row + "decision", a.get("decision"));
                type(browser, row + "title", a.get("title"));
                type(browser, row + "assignee", a.get("assignee"));
                set(browser, row + "due", a.get("due"));
            }
            submit(browser, "programme-meeting-form", "Meeting DZA-M-1 recorded with 2 decisions and 3 action items.");

            // Mark the second one done.
            click(browser, By.cssSelector("button[data-done='DZA-A-2']"));
            browser.waiting(20)
                    .until(d -> !d.findElements(
                                    By.cssSelector("#programme-actions li[data-action='DZA-A-2'][data-status='DONE']"))
                            .isEmpty());

            // The dashboard lists the one overdue item, under its assignee, highlighted.
            browser.waiting(20)
                    .until(d -> "1".equals(browser.js("return document.documentElement.dataset.programmeOverdue")));
            WebElement overdue = browser.driver.findElement(
                    By.cssSelector("#programme-dashboard li.overdue[data-action='DZA-A-1']"));
            assertThat(overdue.getText())
                    .isEqualTo("Cdt S. Haddad: Draft the exercise plan, due " + today.minusDays(3));
            assertThat(overdue.getCssValue("font-weight")).isEqualTo("600");
            assertThat(browser.driver
                            .findElement(By.cssSelector("#programme-actions li[data-action='DZA-A-1'] .overdue-badge"))
                            .getText())
                    .isEqualTo("Overdue");
            assertThat(browser.driver.findElements(By.cssSelector("#programme-actions li.overdue")))
                    .hasSize(1);
            assertThat(browser.driver.findElement(By.id("programme-dashboard")).getText())
                    .contains("Memorandum of understanding on defence and security cooperation")
                    .contains("3rd session");

            // The calendar and the report download with the session the page has.
            String ics = (String) browser.jsAsync("const done = arguments[arguments.length - 1];"
                    + "fetch(document.getElementById('programme-ics').href).then(r => r.text()).then(done);");
            assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("SUMMARY:3rd session");
            String report = (String) browser.jsAsync("const done = arguments[arguments.length - 1];"
                    + "fetch(document.querySelector(\"a[data-report='DZA-M-1']\").href)"
                    + ".then(async r => done(r.headers.get('Content-Type') + ' '"
                    + " + new TextDecoder().decode((await r.arrayBuffer()).slice(0, 8))));");
            assertThat(report).isEqualTo("application/pdf %PDF-1.7");

            browser.js("document.getElementById('programme-title').scrollIntoView()");
            browser.screenshot("programme");

            // Later: the MoU is denounced (a second denunciation is refused with the reason), the overdue action
            // is rescheduled with a reason and leaves the dashboard, and another one is reassigned.
            open(browser, "programme-instrument-change-form");
            set(browser, "change-instrument", "DZA-I-1");
            set(browser, "change-kind", "DENOUNCE");
            set(browser, "change-date", "2026-08-01");
            String mou = "Memorandum of understanding on defence and security cooperation";
            submit(browser, "programme-instrument-change-form", mou + ": Denounced. Status today: in force.");
            submit(
                    browser,
                    "programme-instrument-change-form",
                    "instrument DZA-I-1 was already denounced on 2026-08-01");

            open(browser, "programme-reschedule-form");
            set(browser, "reschedule-action", "DZA-A-1");
            set(browser, "reschedule-due", today.plusDays(14).toString());
            type(browser, "reschedule-reason", "The range is closed until then");
            submit(browser, "programme-reschedule-form", "DZA-A-1 is now due on " + today.plusDays(14) + ".");
            browser.waiting(20)
                    .until(d -> "0".equals(browser.js("return document.documentElement.dataset.programmeOverdue")));
            assertThat(browser.driver.findElements(By.cssSelector("#programme-actions li.overdue")))
                    .isEmpty();
            assertThat(browser.driver
                            .findElement(By.cssSelector("#programme-actions li[data-action='DZA-A-1']"))
                            .getText())
                    .contains(today.plusDays(14).toString());

            set(browser, "reassign-action", "DZA-A-3");
            type(browser, "reassign-assignee", "Col. A. Benali");
            submit(browser, "programme-reassign-form", "DZA-A-3 is now assigned to Col. A. Benali.");
            assertThat(browser.driver
                            .findElement(By.cssSelector("#programme-actions li[data-action='DZA-A-3']"))
                            .getText())
                    .contains("Col. A. Benali");
        }
    }

    /**
     * Issue 10, acceptance 1, second part: the programme officer opens an acquisition case with two equipment
     * lines and records a delivery whose unit becomes an asset; the rescue coordinator then assigns that asset
     * in a search plan.
     */
    @Test
    void deliveredPatrolVessel_isAssignedInASearchPlan() throws Exception {
        try (Browser browser = Browser.start()) {
            SignIn.openAndSignIn(browser, node, "po", OFFICER, null);
            browser.driver.findElement(By.id("toggle-programme")).click();
            browser.waiting(20)
                    .until(d -> !d.findElement(By.id("programme-day")).getText().isEmpty());

            open(browser, "programme-case-form");
            type(browser, "case-title", "Offshore patrol vessels");
            set(browser, "case-lor-date", "2024-01-10");
            type(browser, "case-lor-ref", "LOR-2024-01");
            set(browser, "case-offer-date", "2024-03-01");
            type(browser, "case-offer-ref", "LOA-2024-07");
            set(browser, "case-acceptance-date", "2024-04-02");
            type(browser, "case-acceptance-ref", "ACC-2024-07");
            click(browser, By.id("case-add-line"));
            set(browser, "case-line-1-category", "PATROL_VESSELS");
            type(browser, "case-line-1-description", "Offshore patrol vessel, 60 m");
            set(browser, "case-line-1-quantity", "2");
            type(browser, "case-line-1-value", "41000000.00");
            set(browser, "case-line-1-trackable", "PATROL_VESSEL");
            click(browser, By.id("case-add-line"));
            set(browser, "case-line-2-category", "COMMUNICATION_EQUIPMENT");
            type(browser, "case-line-2-description", "HF radios");
            set(browser, "case-line-2-quantity", "40");
            type(browser, "case-line-2-value", "12500.50");
            type(browser, "case-milestone", "Sea trials");
            set(browser, "case-milestone-date", "2024-09-01");
            submit(browser, "programme-case-form", "Acquisition case DZA-C-1 opened with 2 equipment lines.");

            open(browser, "programme-delivery-form");
            set(browser, "delivery-date", "2026-09-01");
            set(browser, "delivery-units", "El Kasseh, P-501");
            type(browser, "delivery-speed", "12");
            type(browser, "delivery-endurance", "72");
            submit(browser, "programme-delivery-form", "Delivery recorded on DZA-C-1; assets: DZA-AS-1.");
            assertThat(browser.driver
                            .findElement(By.cssSelector("#programme-assets li[data-asset='DZA-AS-1']"))
                            .getText())
                    .startsWith("El Kasseh (P-501) — patrol vessel, DZA, delivered 2026-09-01");
            assertThat(browser.driver
                            .findElement(By.cssSelector("#programme-cases li[data-case='DZA-C-1']"))
                            .getText())
                    .contains("L1 Offshore patrol vessel, 60 m: 1 of 2 delivered")
                    .contains("L2 HF radios: 0 of 40 delivered");
            assertThat(browser.driver.findElement(By.id("programme-dashboard")).getText())
                    .contains("Sea trials (Offshore patrol vessels), planned 2024-09-01");

            // Years later: an amendment to the case, and the late milestone reached.
            open(browser, "programme-step-form");
            set(browser, "step-kind", "AMENDMENT");
            set(browser, "step-date", "2025-02-11");
            type(browser, "step-reference", "AM-2025-01");
            submit(browser, "programme-step-form", "amendment added to DZA-C-1.");
            set(browser, "milestone-reached", "2024-10-15");
            submit(browser, "programme-milestone-form", "Sea trials of DZA-C-1 reached on 2024-10-15.");
            assertThat(browser.driver
                            .findElement(By.cssSelector("#programme-cases li[data-case='DZA-C-1']"))
                            .getText())
                    .contains("Milestone Sea trials: planned 2024-09-01, reached 2024-10-15");
            assertThat(browser.driver.findElement(By.id("programme-dashboard")).getText())
                    .doesNotContain("Sea trials (Offshore patrol vessels), planned 2024-09-01");

            // The rescue coordinator runs a drift and assigns the delivered vessel in the plan.
            browser.driver.findElement(By.id("user-button")).click();
            browser.driver.findElement(By.id("menu-logout")).click();
            SignIn.openAndSignIn(browser, node, "sara", new String[] {SAR_PASSWORD}, null);
            browser.driver.findElement(By.id("toggle-drift")).click();
            browser.waiting(20)
                    .until(d -> d.findElements(By.cssSelector("#drift-object option"))
                                    .size()
                            == 85);
            type(browser, "drift-hours", "12");
            click(browser, By.id("drift-run"));
            browser.waiting(90)
                    .until(d -> "13".equals(browser.js("return document.documentElement.dataset.driftFrames")));
            click(browser, By.id("plan-helpers"));
            browser.waiting(20)
                    .until(d -> !d.findElements(By.cssSelector("#plan-register-list input[data-asset-id='DZA-AS-1']"))
                            .isEmpty());
            assertThat(browser.driver.findElement(By.id("plan-register-list")).getText())
                    .isEqualTo("Assign El Kasseh (P-501) (DZA), vessel, 12 kn, 72 h");
            click(browser, By.cssSelector("#plan-register-list input[data-asset-id='DZA-AS-1']"));
            type(browser, "plan-asset2-name", "");
            click(browser, By.id("plan-run"));
            browser.waiting(60)
                    .until(d -> "2".equals(browser.js("return document.documentElement.dataset.planTracks")));
            assertThat(browser.driver.findElement(By.id("plan-result")).getText())
                    .contains("Patrol boat 1")
                    .contains("El Kasseh (P-501)");
            browser.screenshot("programme-asset-in-plan");
        }
    }

    private static void open(Browser browser, String formId) {
        WebElement form = browser.driver.findElement(By.id(formId));
        WebElement details = form.findElement(By.xpath("./ancestor::details"));
        if (details.getAttribute("open") == null) {
            WebElement summary = details.findElement(By.tagName("summary"));
            browser.js("arguments[0].scrollIntoView({block: 'center'})", summary);
            summary.click();
        }
    }

    private static void click(Browser browser, By by) {
        WebElement e = browser.driver.findElement(by);
        browser.js("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
    }

    private static void type(Browser browser, String id, String value) {
        WebElement e = browser.driver.findElement(By.id(id));
        browser.js("arguments[0].scrollIntoView({block: 'center'})", e);
        e.clear();
        e.sendKeys(value);
    }

    /** Sets a date, time or multi-line field as its value (typing into date pickers depends on the locale). */
    private static void set(Browser browser, String id, String value) {
        browser.js("document.getElementById(arguments[0]).value = arguments[1]", id, value);
    }

    private static void submit(Browser browser, String formId, String expected) {
        click(browser, By.cssSelector("#" + formId + " button[type=submit]"));
        browser.waiting(20)
                .until(d -> d.findElement(By.id("programme-message")).getText().equals(expected)
                        || d.findElement(By.id("programme-message"))
                                        .getAttribute("class")
                                        .equals("form-message")
                                && !d.findElement(By.id("programme-message"))
                                        .getText()
                                        .isEmpty());
        assertThat(browser.driver.findElement(By.id("programme-message")).getText())
                .isEqualTo(expected);
    }
}
