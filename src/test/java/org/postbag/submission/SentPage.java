package org.postbag.submission;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The page a reader sees after sending a letter. */
final class SentPage {

    private final WebDriver browser;

    SentPage(WebDriver browser) {
        this.browser = browser;
    }

    String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    String reference() {
        return browser.findElement(By.cssSelector(".reference")).getText();
    }
}
