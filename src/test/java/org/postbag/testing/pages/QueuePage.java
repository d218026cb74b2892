package org.postbag.testing.pages;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The desk's queue: one row per letter, worked from the keyboard. */
public final class QueuePage extends DeskPage<QueuePage> {

    QueuePage(WebDriver browser, URI base) {
        super(browser, base);
    }

    /** The queue narrowed to letters that contain the words. */
    public static QueuePage search(WebDriver browser, URI base, String words) {
        return new QueuePage(browser, base).open("/editor/queue?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
    }

    /** The letters shown, by reference, in order. */
    public List<String> rows() {
        return browser.findElements(By.cssSelector("tr.queue-row")).stream()
                .map(row -> row.getAttribute("data-reference"))
                .toList();
    }

    public String selected() {
        return browser.findElement(By.cssSelector("tr.queue-row.selected")).getAttribute("data-reference");
    }

    /** Ticks a row for the bulk actions. */
    public QueuePage tick(String reference) {
        browser.findElement(By.cssSelector("tr.queue-row[data-reference='" + reference + "'] input[type=checkbox]"))
                .click();
        return this;
    }

    /** Marks the ticked letters as spam; returns the summary. */
    public String bulkSpam() {
        click("bulkSpam");
        return awaitStatus("marked as spam");
    }

    /** Presses the Undo of the bulk action just done; returns what it says. */
    public String undoAll() {
        click("undoDecisions");
        return awaitStatus("undone");
    }

    /** The page the browser shows now, once it is the queue (after the last letter of a tab was decided). */
    public static QueuePage shown(WebDriver browser, URI base) {
        org.postbag.testing.Browser.waitFor(
                browser, org.openqa.selenium.support.ui.ExpectedConditions.titleContains("Queue"));
        return new QueuePage(browser, base);
    }

    /** Follows a row's link to its letter, which keeps this tab and its filters for the letter's decisions. */
    public LetterPage openLetter(String reference) {
        browser.findElement(By.cssSelector("tr.queue-row[data-reference='" + reference + "'] a.open"))
                .click();
        return LetterPage.shown(browser, base, reference);
    }

    /** After "o" on a row: the letter's own page. */
    public LetterPage opened(String reference) {
        return LetterPage.shown(browser, base, reference);
    }
}
