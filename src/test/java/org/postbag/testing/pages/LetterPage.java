package org.postbag.testing.pages;

import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.postbag.testing.Browser;

/** A letter's page on the desk: its state, its links and quotations, and what an editor does to it. */
public final class LetterPage extends DeskPage<LetterPage> {

    private static final By ERRORS = By.id("error-summary");

    private LetterPage(WebDriver browser, URI base) {
        super(browser, base);
    }

    public static LetterPage open(WebDriver browser, URI base, String reference) {
        return new LetterPage(browser, base).open("/editor/letters/" + reference);
    }

    /** The page once the browser has come to it by itself (a shortcut, a link). */
    static LetterPage shown(WebDriver browser, URI base, String reference) {
        Browser.waitFor(browser, ExpectedConditions.titleContains(reference));
        return new LetterPage(browser, base);
    }

    /** The page the browser shows now (after an action that comes back to it). */
    static LetterPage here(WebDriver browser, URI base) {
        return new LetterPage(browser, base);
    }

    /** The letter's state as the page words it ("held", "approved" ...). */
    public String state() {
        return text(By.cssSelector("dd.status"));
    }

    public String editing() {
        return text(By.cssSelector(".editing"));
    }

    public String revisions() {
        return text(By.cssSelector(".revisions"));
    }

    public String suggestions() {
        return text(By.cssSelector(".suggestions"));
    }

    public String links() {
        return text(By.cssSelector(".link-list"));
    }

    public String quotations() {
        return text(By.cssSelector(".quote-list"));
    }

    public EditPage edit() {
        click("edit");
        Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("body")));
        return new EditPage(browser, base);
    }

    /** Links the letter, as a reply, to a piece the desk suggests or the editor found. */
    public LetterPage linkTo(String piece) {
        browser.findElement(By.cssSelector("[aria-label='Link to " + piece + "']"))
                .click();
        awaitStatus("Linked");
        return this;
    }

    public LetterPage approve() {
        click("approve");
        awaitStatus("Approved");
        return this;
    }

    /** Presses Approve and returns the refusal the error summary shows. */
    public String approveRefused() {
        click("approve");
        Browser.waitFor(browser, ExpectedConditions.visibilityOfElementLocated(ERRORS));
        return text(ERRORS);
    }

    /** Confirms a link the writer or the detector suggested. */
    public LetterPage confirmLink(String piece) {
        browser.findElement(By.cssSelector("[aria-label='Confirm that it answers " + piece + "']"))
                .click();
        awaitStatus("Linked");
        return this;
    }

    /** Links the letter to a piece by its reference. */
    public LetterPage linkByReference(String piece) {
        browser.findElement(By.id("linkReference")).clear();
        type("linkReference", piece);
        click("addLink");
        awaitStatus("Linked");
        return this;
    }

    public LetterPage publishOnline() {
        click("publishOnline");
        awaitStatus("Published online");
        return this;
    }

    public LetterPage askWriter() {
        click("askWriter");
        awaitStatus("Sent to the writer");
        return this;
    }

    public LetterPage addNote(String note) {
        type("note", note);
        click("addNote");
        awaitStatus("Note added");
        return this;
    }

    /** Follows the link to the thread the letter belongs to. */
    public void openThread() {
        browser.findElement(By.linkText("See the whole thread")).click();
        Browser.waitFor(browser, ExpectedConditions.titleContains("Thread"));
    }
}
