package org.postbag.testing.pages;

import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.postbag.testing.Browser;

/** The make-up of an issue's letters page: approved letters waiting, the page, and publishing it. */
public final class MakeUpPage extends DeskPage<MakeUpPage> {

    private MakeUpPage(WebDriver browser, URI base) {
        super(browser, base);
    }

    public static MakeUpPage open(WebDriver browser, URI base, int issue) {
        return new MakeUpPage(browser, base).open("/editor/issue/" + issue);
    }

    /** The approved letters waiting for a page, grouped by what they answer. */
    public String waiting() {
        return text(By.id("waitingForm"));
    }

    public MakeUpPage add(String letter) {
        return press("Add " + letter + " to the page", "on the page");
    }

    public MakeUpPage moveUp(String letter) {
        return press("Move " + letter + " up", "moved up");
    }

    public MakeUpPage headline(String letter, String headline) {
        String field = browser.findElement(By.xpath("//label[normalize-space()='Headline for " + letter + "']"))
                .getAttribute("for");
        Browser.setValue(browser, field, headline);
        return press("Save the headline of " + letter, "Headline of " + letter);
    }

    public MakeUpPage publishNow() {
        click("publishNow");
        awaitStatus("is published");
        return this;
    }

    public MakeUpPage budget(int words) {
        browser.findElement(By.id("budget")).clear();
        type("budget", String.valueOf(words));
        click("saveBudget");
        awaitStatus("Page budget saved");
        return this;
    }

    /** Presses Publish on a page over its budget: returns the warning that asks again. */
    public String publishNowOverBudget() {
        click("publishNow");
        Browser.waitFor(browser, ExpectedConditions.visibilityOfElementLocated(By.id("over-budget")));
        return text(By.id("over-budget"));
    }

    public MakeUpPage publishAnyway() {
        click("publishAnyway");
        awaitStatus("is published");
        return this;
    }

    /** Schedules a page over its budget ("2030-01-01T10:00"): returns the warning that asks again. */
    public String scheduleOverBudget(String at) {
        Browser.setValue(browser, "publishAt", at);
        click("schedule");
        Browser.waitFor(browser, ExpectedConditions.visibilityOfElementLocated(By.id("over-budget-schedule")));
        return text(By.id("over-budget-schedule"));
    }

    public MakeUpPage scheduleAnyway() {
        click("scheduleAnyway");
        awaitStatus("will be published at");
        return this;
    }

    public MakeUpPage unschedule() {
        click("unschedule");
        awaitStatus("No longer scheduled");
        return this;
    }

    /** What the page says of its letters' state: "on the page, not yet public". */
    public String page() {
        return text(By.id("pageForm"));
    }

    /** Opens the preview; returns the text of the page as readers will see it. */
    public String preview() {
        click("preview");
        Browser.waitFor(browser, ExpectedConditions.titleContains("Preview"));
        return text(By.tagName("main"));
    }

    public MakeUpPage takeDown(String reason) {
        type("takeDownReason", reason);
        click("takeDown");
        awaitStatus("is taken down");
        return this;
    }

    /** The page's buttons for one letter are named by their labels, which say which letter. */
    private MakeUpPage press(String label, String done) {
        browser.findElement(By.cssSelector("[aria-label='" + label + "']")).click();
        awaitStatus(done);
        return this;
    }
}
