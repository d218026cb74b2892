package org.postbag.testing.pages;

import java.net.URI;
import org.openqa.selenium.WebDriver;
import org.postbag.testing.Browser;

/** The desk's list of issues and the articles in them, where both are registered. */
public final class IssuesPage extends DeskPage<IssuesPage> {

    private IssuesPage(WebDriver browser, URI base) {
        super(browser, base);
    }

    public static IssuesPage addIssue(WebDriver browser, URI base, int number, String title, String coverDate) {
        IssuesPage page = new IssuesPage(browser, base).open("/editor/issues");
        page.type("issueNumber", String.valueOf(number)).type("issueTitle", title);
        Browser.setValue(browser, "coverDate", coverDate);
        page.click("addIssue").awaitStatus("added");
        return page;
    }

    /** Registers an article on the articles page and returns its reference (A-yyyy-n). */
    public static String registerArticle(
            WebDriver browser, URI base, String title, String author, int issue, String text) {
        IssuesPage page = new IssuesPage(browser, base).open("/editor/articles");
        page.type("title", title).type("author", author).type("articleIssue", String.valueOf(issue));
        Browser.setValue(browser, "text", text);
        return page.click("registerArticle")
                .awaitStatus("Registered")
                .replaceAll("^Registered (A-\\d{4}-\\d+).*$", "$1");
    }
}
