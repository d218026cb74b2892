package org.postbag.testing.pages;

import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.postbag.testing.Browser;

/** Editing a letter's text, headline and sign-off, a revision at a time. */
public final class EditPage extends DeskPage<EditPage> {

    EditPage(WebDriver browser, URI base) {
        super(browser, base);
    }

    /**
     * Puts the whole text in at once (typing 300 words would take long) and one space after it
     * by keyboard, so that the page's word count runs as it does for an editor; waits until the
     * count has changed.
     */
    public EditPage text(String text) {
        String before = wordCount();
        WebElement body = browser.findElement(By.id("body"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", body, text);
        body.sendKeys(" ");
        Browser.waitFor(
                browser,
                ExpectedConditions.not(
                        ExpectedConditions.textToBePresentInElementLocated(By.id("word-count"), before)));
        return this;
    }

    public String wordCount() {
        return text(By.id("word-count"));
    }

    public EditPage headline(String headline) {
        return type("headline", headline);
    }

    /** The sign-off as it will be printed ("Name and address supplied"). */
    public EditPage signOff(String signOff) {
        browser.findElement(By.id("signOff")).clear();
        return type("signOff", signOff);
    }

    public EditPage reason(String reason) {
        return type("reason", reason);
    }

    /** Saves the revision and returns the letter's page with the message that says so. */
    public LetterPage save() {
        click("save");
        awaitStatus("saved");
        return LetterPage.here(browser, base);
    }
}
