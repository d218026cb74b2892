package org.postbag.testing.pages;

import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.postbag.testing.Browser;

/** What every page of the desk has: the status message after an action, and signing out. */
public abstract class DeskPage<P extends DeskPage<P>> {

    /** The flash or Ajax message that says what an action did. */
    public static final By STATUS = By.cssSelector("[role=status]");

    protected final WebDriver browser;
    protected final URI base;

    protected DeskPage(WebDriver browser, URI base) {
        this.browser = browser;
        this.base = base;
    }

    @SuppressWarnings("unchecked")
    protected P self() {
        return (P) this;
    }

    protected P open(String path) {
        browser.get(base.resolve(path).toString());
        return self();
    }

    /** Waits until the status message contains the text, and returns the whole message. */
    public String awaitStatus(String text) {
        Browser.waitFor(browser, ExpectedConditions.textToBePresentInElementLocated(STATUS, text));
        return browser.findElement(STATUS).getText();
    }

    /** Presses a key of the desk's shortcuts (j, a, s, o, h ...) on whatever has the focus. */
    public P press(String key) {
        new Actions(browser).sendKeys(key).perform();
        return self();
    }

    /** Presses the Undo in the message of the decision just made, and waits for the page that says so. */
    public LetterPage undo() {
        browser.findElement(By.id("undoDecision")).click();
        awaitStatus("undone");
        return LetterPage.here(browser, base);
    }

    /** The question a key asks before it acts ("press s again"), or "" when none is asked. */
    public String question() {
        return browser.findElements(By.id("key-prompt")).stream()
                .filter(prompt -> prompt.isDisplayed())
                .map(prompt -> prompt.getText())
                .findFirst()
                .orElse("");
    }

    /** The id of the element that has the keyboard focus. */
    public String focused() {
        return browser.switchTo().activeElement().getAttribute("id");
    }

    /** Whether the page is wider than the window, so that it scrolls sideways. */
    public boolean scrollsSideways() {
        return (Boolean) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
    }

    /** Whether the element is inside the window as it is scrolled now (not merely on the page). */
    public boolean inView(By element) {
        return (Boolean) ((JavascriptExecutor) browser)
                .executeScript(
                        "var r = arguments[0].getBoundingClientRect();"
                                + " return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;",
                        browser.findElement(element));
    }

    /** Scrolls to the foot of the page. */
    public P scrollToEnd() {
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, document.documentElement.scrollHeight);");
        return self();
    }

    public long scrollTop() {
        return ((Number) ((JavascriptExecutor) browser).executeScript("return window.scrollY;")).longValue();
    }

    public P assertAccessible() {
        Browser.assertAccessible(browser);
        return self();
    }

    protected P click(String id) {
        browser.findElement(By.id(id)).click();
        return self();
    }

    protected P type(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
        return self();
    }

    protected String text(By element) {
        return browser.findElement(element).getText();
    }

    /** Signs out and waits for the page that says so. */
    public void signOut() {
        browser.findElement(By.id("signOut")).click();
        Browser.waitFor(browser, ExpectedConditions.titleContains("Signed out"));
    }
}
