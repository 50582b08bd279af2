package io.jisr.app.web;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Opens the UI and signs in as the first administrator, changing the password when the node demands
 * it. A node without accounts (no {@code /api/session}) opens straight onto the map.
 */
final class SignIn {

    private SignIn() {}

    /** Whether the node asked for a sign-in. */
    static boolean openAndSignIn(Browser browser, UiNode node, String loginScreenshot) {
        String[] password = {node.adminPassword};
        boolean accounts = openAndSignIn(browser, node, "admin", password, loginScreenshot);
        node.adminPassword = password[0];
        return accounts;
    }

    /**
     * Signs in as {@code username} with {@code password[0]}; when the node demands a new password, sets
     * it to the old one with " renewed" added and leaves it in {@code password[0]}.
     */
    static boolean openAndSignIn(
            Browser browser, UiNode node, String username, String[] password, String loginScreenshot) {
        browser.driver.get(node.base + "/");
        browser.waiting(30).until(d -> shown(d, "login-view") || shown(d, "app-view"));
        boolean accounts = shown(browser.driver, "login-view");
        if (accounts) {
            if (loginScreenshot != null) {
                browser.screenshot(loginScreenshot);
            }
            WebElement user = browser.driver.findElement(By.id("login-username"));
            user.clear();
            user.sendKeys(username);
            browser.driver.findElement(By.id("login-password")).sendKeys(password[0]);
            browser.driver.findElement(By.id("login-submit")).click();
            browser.waiting(30).until(d -> shown(d, "password-view") || shown(d, "app-view"));
            if (shown(browser.driver, "password-view")) {
                String next = password[0] + " renewed";
                browser.driver.findElement(By.id("password-current")).sendKeys(password[0]);
                browser.driver.findElement(By.id("password-new")).sendKeys(next);
                browser.driver.findElement(By.id("password-confirm")).sendKeys(next);
                browser.driver
                        .findElement(By.cssSelector("#password-form button[type=submit]"))
                        .click();
                browser.waiting(30).until(d -> shown(d, "app-view"));
                password[0] = next;
            }
        }
        // The first viewport load has been drawn.
        browser.waiting(60).until(d -> browser.js("return document.documentElement.dataset.vesselsLoaded") != null);
        return accounts;
    }

    static boolean shown(WebDriver driver, String id) {
        try {
            var found = driver.findElements(By.id(id));
            return !found.isEmpty() && found.get(0).isDisplayed();
        } catch (StaleElementReferenceException reloading) {
            // Signing out reloads the page: the element went with the old one.
            return false;
        }
    }
}
