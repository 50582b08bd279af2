package io.jisr.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.picture.BoundingBox;
import io.jisr.picture.Vessel;
import io.jisr.picture.VesselFilter;
import io.jisr.picture.VesselKind;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The watch officer's screen in a real Chromium against a real node replaying the bundled recording
 * and a recording of hostile texts: sign in, vessels on the map and in the list, search, panel, track,
 * Arabic mirrored, dark theme, sign out; and markup from the air shown as text, never run.
 */
class WebUiBrowserTest {

    @TempDir
    static Path dir;

    static UiNode node;

    @BeforeAll
    static void startNode() throws Exception {
        Browser.requireChromium();
        node = UiNode.start(dir, List.of(Recordings.demo(dir), Recordings.hostile(dir)), false);
    }

    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.close();
        }
    }

    /** A named ship of the demo with a track of several reports and a name no other station has. */
    static Vessel trackedShip() {
        List<Vessel> all = node.runtime
                .node()
                .picture()
                .inBox(BoundingBox.WORLD, VesselFilter.ALL, Instant.now(), Integer.MAX_VALUE);
        Map<String, Long> names = all.stream()
                .filter(v -> v.staticData().name().isPresent())
                .collect(Collectors.groupingBy(v -> v.staticData().name().get(), Collectors.counting()));
        return all.stream()
                .filter(v -> v.kind() == VesselKind.CLASS_A && v.reports() >= 4)
                .filter(v -> v.staticData()
                        .name()
                        .map(n -> names.get(n) == 1 && n.length() >= 4)
                        .orElse(false))
                .filter(v -> v.mmsi().value() != Recordings.HOSTILE_SHIP)
                .max(java.util.Comparator.comparingLong(Vessel::reports))
                .orElseThrow(() -> new IllegalStateException("the demo recording has no named ship with a track"));
    }

    @Test
    void watchOfficer_signInFindVesselTrackArabicDarkSignOut() {
        Vessel ship = trackedShip();
        String name = ship.staticData().name().orElseThrow();
        boolean accounts;
        try (Browser browser = Browser.start()) {
            accounts = SignIn.openAndSignIn(browser, node, "login");

            // Vessels from the replay on the map and in the list.
            browser.waiting(30).until(d -> count(browser, "document.documentElement.dataset.vesselsDrawn") > 20);
            browser.waiting(10)
                    .until(d -> count(browser, "document.getElementById('vessel-count').dataset.count") > 100);
            assertThat(browser.driver.findElements(By.cssSelector("#vessel-rows tr")))
                    .hasSizeGreaterThan(10);
            settle(browser);
            browser.screenshot("map");

            // The configured tile server is offered beside the offline coastlines, which stay the default.
            Select base = new Select(browser.driver.findElement(By.id("base-layer")));
            assertThat(base.getOptions())
                    .extracting(o -> o.getDomAttribute("value"))
                    .containsExactly("land", "tiles");
            assertThat(base.getFirstSelectedOption().getDomAttribute("value")).isEqualTo("land");

            // A filter narrows the map and the list; clearing it brings everything back.
            long all = count(browser, "jisr.store.size");
            browser.driver.findElement(By.id("toggle-filters")).click();
            browser.driver.findElement(By.id("filter-flag")).sendKeys("NZL");
            browser.driver
                    .findElement(By.cssSelector("#filter-form button[type=submit]"))
                    .click();
            browser.waiting(10).until(d -> {
                long n = count(browser, "jisr.store.size");
                return n > 0 && n < all;
            });
            assertThat(browser.js(
                            "return jisr.store.list().every((e) => e.vessel.flag && e.vessel.flag.iso3 === 'NZL')"))
                    .isEqualTo(true);
            browser.driver
                    .findElement(By.cssSelector("#filter-form button[type=reset]"))
                    .click();
            browser.waiting(10).until(d -> count(browser, "jisr.store.size") >= all);
            browser.driver.findElement(By.id("toggle-filters")).click();

            // Search by name with the keyboard, open the panel.
            WebElement search = browser.driver.findElement(By.id("search-input"));
            search.sendKeys(name);
            browser.waiting(10)
                    .until(d -> !d.findElements(By.cssSelector("#search-results [role=option][data-mmsi]"))
                            .isEmpty());
            assertThat(search.getDomAttribute("aria-expanded")).isEqualTo("true");
            assertThat(browser.driver
                            .findElement(By.cssSelector("#search-results [aria-selected=true]"))
                            .getDomAttribute("data-mmsi"))
                    .isEqualTo(String.valueOf(ship.mmsi().value()));
            search.sendKeys(Keys.ENTER);
            browser.waiting(10).until(d -> SignIn.shown(d, "vessel-panel"));
            browser.waiting(10)
                    .until(d -> d.findElement(By.id("vessel-title")).getText().equals(name));
            assertThat(field(browser, "mmsi"))
                    .isEqualTo(String.valueOf(ship.mmsi().value()));
            assertThat(field(browser, "positionDm"))
                    .matches("\\d\\d°\\d\\d\\.\\d{3}′ [NS] \\d{3}°\\d\\d\\.\\d{3}′ [EW]");
            assertThat(browser.driver.findElements(By.cssSelector("#vessel-details .receivers li")))
                    .isNotEmpty();

            // Its track, with the time slider moved to the first point.
            new Select(browser.driver.findElement(By.id("track-range"))).selectByValue("168");
            browser.driver.findElement(By.id("track-show")).click();
            browser.waiting(20).until(d -> SignIn.shown(d, "track-slider-box"));
            String last = browser.driver.findElement(By.id("track-point")).getText();
            browser.js(
                    "const s = document.getElementById('track-slider'); s.value = 0; s.dispatchEvent(new Event('input'));");
            String first = browser.driver.findElement(By.id("track-point")).getText();
            assertThat(first).isNotEqualTo(last).contains("1 of");
            assertThat(Long.parseLong(browser.js("return jisr.map.getZoom()").toString()))
                    .isGreaterThan(3);
            browser.js("document.getElementById('vessel-panel').scrollTop = 0");
            settle(browser);
            browser.screenshot("vessel-panel");

            // Chosen UTC times: the minute before the last report holds fewer points; a reversed range
            // is refused with a message.
            String wholeCount =
                    browser.driver.findElement(By.id("track-message")).getText();
            new Select(browser.driver.findElement(By.id("track-range"))).selectByValue("custom");
            assertThat(SignIn.shown(browser.driver, "track-custom")).isTrue();
            Instant lastSeen = ship.lastSeen();
            String to = lastSeen.plusSeconds(60).toString().substring(0, 16);
            String from = lastSeen.minusSeconds(60).toString().substring(0, 16);
            browser.js(
                    "document.getElementById('track-from').value = arguments[0];"
                            + " document.getElementById('track-to').value = arguments[1];",
                    from,
                    to);
            browser.driver.findElement(By.id("track-show")).click();
            browser.waiting(10).until(d -> {
                String text = d.findElement(By.id("track-message")).getText();
                return !text.isEmpty() && !text.equals(wholeCount) && !text.contains("…");
            });
            assertThat(browser.driver.findElement(By.id("track-message")).getText())
                    .matches("[\\d,]+ positions");
            browser.js(
                    "document.getElementById('track-from').value = arguments[0];"
                            + " document.getElementById('track-to').value = arguments[1];",
                    to,
                    from);
            browser.driver.findElement(By.id("track-show")).click();
            assertThat(browser.driver.findElement(By.id("track-message")).getText())
                    .isEqualTo("Choose a start and an end, the start not after the end.");

            // Distance and bearing between two clicks.
            browser.driver.findElement(By.id("toggle-measure")).click();
            WebElement map = browser.driver.findElement(By.id("map"));
            new Actions(browser.driver)
                    .moveToElement(map, -100, 0)
                    .click()
                    .moveToElement(map, 100, 0)
                    .click()
                    .perform();
            assertThat(browser.driver.findElement(By.id("measure-result")).getText())
                    .matches("[\\d.,]+ NM · [\\d.,]+ km · bearing \\d+\\.\\d° true");
            browser.driver.findElement(By.id("toggle-measure")).click();
            assertThat(SignIn.shown(browser.driver, "measure-result")).isFalse();

            // Arabic: right to left, the panel on the other side, numbers and labels in Arabic.
            double panelLeftLtr = rect(browser, "vessel-panel", "left");
            double mapLeftLtr = rect(browser, "map", "left");
            assertThat(panelLeftLtr).isGreaterThan(mapLeftLtr);
            chooseInMenu(browser, "menu-language", "ar");
            browser.waiting(10).until(d -> "rtl".equals(browser.js("return document.documentElement.dir")));
            assertThat(browser.js("return document.documentElement.lang")).isEqualTo("ar");
            assertThat(rect(browser, "vessel-panel", "right")).isLessThanOrEqualTo(rect(browser, "map", "left"));
            assertThat(rect(browser, "side-panel", "left")).isGreaterThanOrEqualTo(rect(browser, "map", "right"));
            assertThat(browser.driver.findElement(By.id("track-show")).getText())
                    .isEqualTo("عرض المسار");
            assertThat(browser.driver.findElement(By.id("vessel-title")).getText())
                    .isEqualTo(name);
            browser.js("document.getElementById('vessel-panel').scrollTop = 0");
            settle(browser);
            browser.screenshot("arabic");
            chooseInMenu(browser, "menu-language", "en");
            browser.waiting(10).until(d -> "ltr".equals(browser.js("return document.documentElement.dir")));

            // Night theme.
            String lightBackground = browser.js(
                            "return getComputedStyle(document.querySelector('.toolbar')).backgroundColor")
                    .toString();
            chooseInMenu(browser, "menu-theme", "dark");
            assertThat(browser.js("return document.documentElement.dataset.theme"))
                    .isEqualTo("dark");
            assertThat(browser.js("return getComputedStyle(document.querySelector('.toolbar')).backgroundColor"))
                    .isNotEqualTo(lightBackground);
            browser.screenshot("dark");
            if (accounts) {
                // Saved with the account (PATCH /api/me with the session's CSRF token), not just in this browser.
                browser.waiting(10)
                        .until(
                                d -> "dark"
                                        .equals(
                                                browser.jsAsync(
                                                        "const done = arguments[arguments.length - 1];"
                                                                + " fetch('/api/session').then((r) => r.json()).then((me) => done(me.theme));")));
            }
            chooseInMenu(browser, "menu-theme", "light");

            // Nothing the policy blocked, nothing thrown.
            assertThat(browser.console())
                    .noneMatch(line -> line.contains("Content Security Policy") || line.contains("Uncaught"));

            if (accounts) {
                browser.driver.findElement(By.id("user-button")).click();
                browser.driver.findElement(By.id("menu-logout")).click();
                browser.waiting(20).until(d -> SignIn.shown(d, "login-view"));
                assertThat(SignIn.shown(browser.driver, "app-view")).isFalse();
            }
        }
        Assumptions.assumeTrue(
                accounts, "this node has no accounts (GET /api/session answers 404): sign-in and sign-out not tested");
    }

    @Test
    void hostileTexts_fromTheAir_areShownAsTextAndNeverRun() {
        try (Browser browser = Browser.start()) {
            SignIn.openAndSignIn(browser, node, null);
            // AIS text is upper case, so an injected handler would call ALERT, not alert: catch both.
            browser.js("window.__xss = 0;"
                    + "window.ALERT = () => { window.__xss++; };"
                    + "window.alert = () => { window.__xss++; };");

            // The aid to navigation's full 28-character name, through the search box's list.
            WebElement search = browser.driver.findElement(By.id("search-input"));
            search.sendKeys("<IMG");
            browser.waiting(10)
                    .until(d -> !d.findElements(By.cssSelector("#search-results [data-mmsi]"))
                            .isEmpty());
            assertThat(browser.driver.findElement(By.id("search-results")).getText())
                    .contains(Recordings.PROBE);
            search.sendKeys(Keys.ENTER);
            browser.waiting(10)
                    .until(d -> d.findElement(By.id("vessel-title")).getText().equals(Recordings.PROBE));

            // The ship: name, destination and call sign are markup too.
            search.clear();
            search.sendKeys(String.valueOf(Recordings.HOSTILE_SHIP));
            browser.waiting(10)
                    .until(d -> !d.findElements(
                                    By.cssSelector("#search-results [data-mmsi='" + Recordings.HOSTILE_SHIP + "']"))
                            .isEmpty());
            search.sendKeys(Keys.ENTER);
            browser.waiting(10)
                    .until(d -> d.findElement(By.id("vessel-title")).getText().equals(Recordings.SHIP_PROBE));
            assertThat(field(browser, "destination")).isEqualTo(Recordings.DESTINATION_PROBE);
            assertThat(field(browser, "callSign")).isEqualTo("<U>X");
            // In the vessel list too (the map is now over Algiers).
            browser.waiting(10)
                    .until(d -> !d.findElements(
                                    By.cssSelector("#vessel-rows tr[data-mmsi='" + Recordings.HOSTILE_SHIP + "']"))
                            .isEmpty());
            assertThat(browser.driver
                            .findElement(
                                    By.cssSelector("#vessel-rows tr[data-mmsi='" + Recordings.HOSTILE_SHIP + "'] td"))
                            .getText())
                    .isEqualTo(Recordings.SHIP_PROBE);

            assertThat(browser.js(
                            "return document.querySelectorAll('#app-view img:not(.leaflet-tile), svg, b, u').length"))
                    .isEqualTo(0L);
            assertThat(browser.js("return window.__xss")).isEqualTo(0L);
            try {
                browser.driver.switchTo().alert();
                throw new AssertionError("an alert opened");
            } catch (NoAlertPresentException expected) {
                // No dialog: nothing ran.
            }
            assertThat(browser.console()).noneMatch(line -> line.contains("Content Security Policy"));
        }
    }

    @Test
    void administrator_tokensUsersAudit_newUserChangesPasswordFirst() {
        try (Browser browser = Browser.start()) {
            browser.driver.get(node.base + "/");
            browser.waiting(30).until(d -> SignIn.shown(d, "login-view") || SignIn.shown(d, "app-view"));
            Assumptions.assumeTrue(
                    SignIn.shown(browser.driver, "login-view"),
                    "this node has no accounts (GET /api/session answers 404): account pages not tested");

            // A wrong password is refused with the node's answer in words.
            browser.driver.findElement(By.id("login-username")).sendKeys("admin");
            browser.driver.findElement(By.id("login-password")).sendKeys("not the password at all");
            browser.driver.findElement(By.id("login-submit")).click();
            browser.waiting(10)
                    .until(d -> !d.findElement(By.id("login-message")).getText().isEmpty());
            assertThat(browser.driver.findElement(By.id("login-message")).getText())
                    .isEqualTo("User name or password is wrong.");

            // Guessing is slowed down, and the screen says for how long (429 with Retry-After).
            String said = "";
            for (int attempt = 0; attempt < 8 && !said.startsWith("Too many attempts"); attempt++) {
                WebElement user = browser.driver.findElement(By.id("login-username"));
                user.clear();
                user.sendKeys("intruder");
                WebElement password = browser.driver.findElement(By.id("login-password"));
                password.clear();
                password.sendKeys("guess number " + attempt);
                browser.js("document.getElementById('login-message').textContent = ''");
                browser.driver.findElement(By.id("login-submit")).click();
                browser.waiting(10)
                        .until(d ->
                                !d.findElement(By.id("login-message")).getText().isEmpty());
                said = browser.driver.findElement(By.id("login-message")).getText();
            }
            assertThat(said).matches("Too many attempts\\. Try again in \\d+ s\\.");
            SignIn.openAndSignIn(browser, node, null);

            // An API token, shown once.
            openPage(browser, "menu-tokens");
            browser.driver.findElement(By.id("token-name")).sendKeys("nightly export");
            browser.driver
                    .findElement(By.cssSelector("#admin-body form button[type=submit]"))
                    .click();
            browser.waiting(10)
                    .until(d -> !d.findElements(By.id("token-secret")).isEmpty());
            assertThat(browser.driver.findElement(By.id("token-secret")).getText())
                    .hasSizeGreaterThan(20);
            assertThat(browser.driver.findElement(By.id("admin-body")).getText())
                    .contains("nightly export");

            // A user for the watch.
            openPage(browser, "menu-users");
            browser.driver.findElement(By.id("new-username")).sendKeys("watch1");
            browser.driver.findElement(By.id("new-display-name")).sendKeys("First Watch");
            browser.driver.findElement(By.id("new-password")).sendKeys(WATCH_PASSWORD);
            browser.driver
                    .findElement(By.cssSelector("#admin-body form button[type=submit]"))
                    .click();
            browser.waiting(10)
                    .until(d -> d.findElement(By.id("admin-message")).getText().startsWith("User created"));
            assertThat(browser.driver.findElement(By.id("admin-body")).getText())
                    .contains("watch1");

            // The administrator resets its password in a masked field; the user must change it again.
            WebElement reset = browser.driver.findElement(By.id("reset-watch1"));
            assertThat(reset.getDomAttribute("type")).isEqualTo("password");
            reset.sendKeys(WATCH_RESET_PASSWORD);
            reset.submit();
            browser.waiting(10)
                    .until(d -> d.findElement(By.id("admin-message")).getText().startsWith("Saved"));

            // The audit log says what happened.
            openPage(browser, "menu-audit");
            browser.waiting(10)
                    .until(d -> d.findElement(By.id("admin-body")).getText().contains("watch1"));
            browser.screenshot("admin-audit");
            browser.driver.findElement(By.id("admin-close")).click();

            browser.driver.findElement(By.id("user-button")).click();
            browser.driver.findElement(By.id("menu-logout")).click();
            browser.waiting(20).until(d -> SignIn.shown(d, "login-view"));

            // The new user must choose a password before seeing anything, and has no administration.
            browser.driver.findElement(By.id("login-username")).sendKeys("watch1");
            browser.driver.findElement(By.id("login-password")).sendKeys(WATCH_RESET_PASSWORD);
            browser.driver.findElement(By.id("login-submit")).click();
            browser.waiting(20).until(d -> SignIn.shown(d, "password-view"));
            assertThat(SignIn.shown(browser.driver, "app-view")).isFalse();
            browser.driver.findElement(By.id("password-current")).sendKeys(WATCH_RESET_PASSWORD);
            browser.driver.findElement(By.id("password-new")).sendKeys(WATCH_PASSWORD + " renewed");
            browser.driver.findElement(By.id("password-confirm")).sendKeys(WATCH_PASSWORD + " renewed");
            browser.driver
                    .findElement(By.cssSelector("#password-form button[type=submit]"))
                    .click();
            browser.waiting(20).until(d -> SignIn.shown(d, "app-view"));
            browser.waiting(30).until(d -> browser.js("return document.documentElement.dataset.vesselsLoaded") != null);
            assertThat(browser.driver.findElement(By.id("user-button")).getText())
                    .isEqualTo("First Watch");
            browser.driver.findElement(By.id("user-button")).click();
            assertThat(SignIn.shown(browser.driver, "menu-users")).isFalse();
            assertThat(SignIn.shown(browser.driver, "menu-audit")).isFalse();
            assertThat(SignIn.shown(browser.driver, "menu-tokens")).isTrue();
            assertThat(browser.console()).noneMatch(line -> line.contains("Content Security Policy"));
        }
    }

    static final String WATCH_PASSWORD = "first watch of the night 1";

    static final String WATCH_RESET_PASSWORD = "reset by the administrator 2";

    static void openPage(Browser browser, String menuItem) {
        if (!SignIn.shown(browser.driver, "user-menu")) {
            browser.driver.findElement(By.id("user-button")).click();
        }
        browser.driver.findElement(By.id(menuItem)).click();
        browser.waiting(10).until(d -> SignIn.shown(d, "admin-view"));
        browser.waiting(10)
                .until(d -> !d.findElement(By.id("admin-body")).getText().equals("Loading…"));
    }

    @Test
    void geometryAndPositionFormats_inTheBrowser_agreeWithTheNode() {
        try (Browser browser = Browser.start()) {
            SignIn.openAndSignIn(browser, node, null);
            @SuppressWarnings("unchecked")
            List<Object> answer = (List<Object>) browser.jsAsync("""
                    const done = arguments[arguments.length - 1];
                    Promise.all([import('/js/geo.js'), import('/js/format.js')]).then(([geo, format]) => done([
                      geo.distanceMetres({ lat: 36.7538, lng: 3.0588 }, { lat: 43.2965, lng: 5.3698 }),
                      geo.initialBearingDegrees({ lat: 36.7538, lng: 3.0588 }, { lat: 43.2965, lng: 5.3698 }),
                      geo.initialBearingDegrees({ lat: 0, lng: 0 }, { lat: 0, lng: 1 }),
                      format.degreesMinutesPosition(36.75, -3.0421),
                      format.degreesMinutesPosition(-0.99999999, 179.999999),
                    ]));
                    """);
            // Algiers to Marseille, on the node's own sphere.
            assertThat(((Number) answer.get(0)).doubleValue())
                    .isCloseTo(
                            io.jisr.picture.SphericalEarth.distanceMetres(36.7538, 3.0588, 43.2965, 5.3698),
                            org.assertj.core.data.Offset.offset(0.5));
            assertThat(((Number) answer.get(1)).doubleValue())
                    .isCloseTo(14.4007, org.assertj.core.data.Offset.offset(1e-3));
            assertThat(((Number) answer.get(2)).doubleValue())
                    .isCloseTo(90.0, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(answer.get(3)).isEqualTo("36°45.000′ N 003°02.526′ W");
            // 59.9999994' rounds up into the next degree instead of showing 60.000'.
            assertThat(answer.get(4)).isEqualTo("01°00.000′ S 180°00.000′ E");
        }
    }

    /** Waits for the map to finish any zoom or pan animation and for the vessel canvas to redraw. */
    static void settle(Browser browser) {
        browser.waiting(10)
                .until(d -> Boolean.TRUE.equals(
                        browser.js("return !document.querySelector('.leaflet-zoom-anim, .leaflet-pan-anim')")));
        browser.jsAsync("const done = arguments[arguments.length - 1];"
                + " requestAnimationFrame(() => requestAnimationFrame(() => done(true)));");
    }

    static String field(Browser browser, String name) {
        return browser.driver
                .findElement(By.cssSelector("#vessel-details dd[data-field='" + name + "']"))
                .getText();
    }

    static long count(Browser browser, String expression) {
        Object value = browser.js("return " + expression);
        return value == null ? 0 : Long.parseLong(value.toString());
    }

    static double rect(Browser browser, String id, String side) {
        return ((Number) browser.js(
                        "return document.getElementById(arguments[0]).getBoundingClientRect()[arguments[1]]", id, side))
                .doubleValue();
    }

    static void chooseInMenu(Browser browser, String selectId, String value) {
        if (!SignIn.shown(browser.driver, "user-menu")) {
            browser.driver.findElement(By.id("user-button")).click();
        }
        new Select(browser.driver.findElement(By.id(selectId))).selectByValue(value);
        browser.driver.findElement(By.id("user-button")).click();
    }
}
