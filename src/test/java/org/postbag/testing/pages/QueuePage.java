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

    /** After "o" on a row: the letter's own page. */
    public LetterPage opened(String reference) {
        return LetterPage.shown(browser, base, reference);
    }
}
