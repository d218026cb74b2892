package org.postbag.submission;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.postbag.testing.Browser;
import org.postbag.testing.fixtures.FormTokens;

/** The "Write to us" page, as a reader's browser shows it. */
final class WritePage {

    private final WebDriver browser;

    private WritePage(WebDriver browser) {
        this.browser = browser;
    }

    static WritePage open(WebDriver browser, URL base) {
        browser.get(base.toString().replaceAll("/$", "") + "/write");
        return new WritePage(browser);
    }

    WritePage agree() {
        WebElement consent = browser.findElement(By.id("consent"));
        if (!consent.isSelected()) {
            consent.click();
        }
        return this;
    }

    String wordCount() {
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(driver ->
                        !driver.findElement(By.id("word-count")).getText().isEmpty());
        return browser.findElement(By.id("word-count")).getText();
    }

    WritePage name(String name) {
        return type("name", name);
    }

    WritePage town(String town) {
        return type("town", town);
    }

    WritePage email(String email) {
        return type("email", email);
    }

    WritePage letter(String text) {
        return type("body", text);
    }

    /**
     * Sends the form as a reader who took their time would: with a token served a minute ago,
     * since the form refuses robots' speed (rather than wait here for the seconds to pass).
     */
    WritePage send() {
        ((JavascriptExecutor) browser)
                .executeScript(
                        "document.getElementById('formToken').value = arguments[0];", FormTokens.servedAMinuteAgo());
        WebElement before = browser.findElement(By.tagName("html"));
        browser.findElement(By.id("send")).click();
        // The click returns before the answer has replaced the page; read nothing of the old one.
        Browser.waitFor(browser, ExpectedConditions.stalenessOf(before));
        return this;
    }

    SentPage sent() {
        return new SentPage(browser);
    }

    List<String> errorSummary() {
        return browser.findElements(By.cssSelector(".error-summary li")).stream()
                .map(WebElement::getText)
                .toList();
    }

    String fieldError(String field) {
        return browser.findElement(By.id(field + "-error")).getText();
    }

    void clickErrorFor(String field) {
        browser.findElement(By.cssSelector(".error-summary a[href='#" + field + "']"))
                .click();
    }

    String focusedElementId() {
        return browser.switchTo().activeElement().getAttribute("id");
    }

    String nameValue() {
        return browser.findElement(By.id("name")).getDomProperty("value");
    }

    String letterValue() {
        return browser.findElement(By.id("body")).getDomProperty("value");
    }

    private WritePage type(String field, String text) {
        WebElement input = browser.findElement(By.id(field));
        input.clear();
        input.sendKeys(text);
        return this;
    }
}
