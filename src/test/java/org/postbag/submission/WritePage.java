package org.postbag.submission;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

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

    WritePage send() {
        browser.findElement(By.id("send")).click();
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
