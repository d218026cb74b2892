package org.postbag.testing.pages;

import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
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

    /** The letter this page shows, by its reference. */
    public String reference() {
        return text(By.cssSelector("h1 .reference"));
    }

    /** The heading after the reference: the headline as it stands, else the writer's subject. */
    public String heading() {
        return text(By.cssSelector("h1 .headline"));
    }

    public String length() {
        return text(By.cssSelector("dd.length"));
    }

    public String flags() {
        return browser.findElements(By.cssSelector(".flag-list")).stream()
                .map(list -> list.getText())
                .findFirst()
                .orElse("");
    }

    /** How many times the text of the letter is on the page (once; twice only as sent, folded away, after a cut). */
    public int textsShown() {
        return browser.findElements(By.cssSelector(".letter-text.marked")).size();
    }

    public String checkedAgainst() {
        return text(By.cssSelector(".checked-against"));
    }

    /** Waits until the browser shows this letter (after a decision moved it on, or Undo came back). */
    public LetterPage awaitLetter(String reference) {
        Browser.waitFor(browser, ExpectedConditions.titleContains(reference));
        return this;
    }

    /** Holds the letter with a note; the desk moves on to the next letter of the tab. */
    public LetterPage hold(String note) {
        press("h");
        browser.switchTo().activeElement().sendKeys(note);
        click("holdLetter");
        awaitStatus("held");
        return this;
    }

    /** Rejects the letter with the reason named, telling the writer or not; the desk moves on. */
    public LetterPage reject(String reason, boolean tellWriter) {
        press("r");
        new Select(browser.findElement(By.id("rejectTemplate"))).selectByVisibleText(reason);
        if (tellWriter) {
            click("tellWriter");
        }
        click("rejectLetter");
        awaitStatus("rejected");
        return this;
    }

    /** The time the decision's email goes, as the message after the decision shows it. */
    public String emailGoesAt() {
        return text(By.cssSelector(".grace time"));
    }

    /** Goes on to the next letter of the tab without deciding this one. */
    public LetterPage next() {
        click("next");
        return this;
    }

    public boolean hasNext() {
        return !browser.findElements(By.id("next")).isEmpty();
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

    /** Approves the letter; the desk moves on to the next letter of the tab, or back to the tab. */
    public LetterPage approve() {
        click("approve");
        awaitStatus("approved");
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
