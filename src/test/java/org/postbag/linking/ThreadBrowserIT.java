package org.postbag.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.postbag.testing.Browser;
import org.postbag.testing.Deployments;
import org.postbag.testing.fixtures.Desk;
import org.postbag.testing.fixtures.Reader;

/**
 * An editor registers an issue and an article, a reader answers the article citing it by
 * issue number and quoting it, and the editor links the reply from the suggestion, sees the
 * quotation verified, and opens the thread.
 */
@ExtendWith({ArquillianExtension.class, Browser.class})
@RunAsClient
class ThreadBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    @Test
    void anEditorLinksAReplyFromASuggestionAndReadsTheThread(WebDriver browser) throws Exception {
        URI base = url.toURI().resolve("/");
        int issue = ThreadLocalRandom.current().nextInt(20_000, 90_000);
        String surname =
                "Quillfeather" + (char) ('a' + ThreadLocalRandom.current().nextInt(26));
        String sentence = "Every bus route should be planned with the people who ride it";

        Browser.signIn(browser, base, Desk.adminEmail(), Desk.adminPassword());
        browser.get(base.resolve("/editor/issues").toString());
        browser.findElement(By.id("issueNumber")).sendKeys(String.valueOf(issue));
        browser.findElement(By.id("issueTitle")).sendKeys("Spring " + issue);
        Browser.setValue(browser, "coverDate", "2026-03-01");
        browser.findElement(By.id("addIssue")).click();
        Browser.waitFor(
                browser, ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "added"));
        Browser.assertAccessible(browser);

        browser.get(base.resolve("/editor/articles").toString());
        browser.findElement(By.id("title")).sendKeys("Buses for everyone " + issue);
        browser.findElement(By.id("author")).sendKeys("Hermione " + surname);
        browser.findElement(By.id("articleIssue")).sendKeys(String.valueOf(issue));
        Browser.setValue(
                browser, "text", "Our buses are failing us.\n\n" + sentence + ", and not in an office far away.");
        browser.findElement(By.id("registerArticle")).click();
        Browser.waitFor(
                browser,
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "Registered"));
        String article = browser.findElement(By.cssSelector("[role=status]"))
                .getText()
                .replaceAll("^Registered (A-\\d{4}-\\d+).*$", "$1");
        Browser.assertAccessible(browser);

        String letter = Reader.sendAndConfirm(
                base,
                "Anil Mehta",
                "Hermione " + surname + "'s article (issue " + issue + ") is right that \"" + sentence.toLowerCase()
                        + "\". I ride the 662 every day.");

        browser.get(base.resolve("/editor/letters/" + letter).toString());
        assertThat(browser.findElement(By.cssSelector(".suggestions")).getText())
                .contains(article);
        Browser.assertAccessible(browser);
        browser.findElement(By.cssSelector("[aria-label='Link to " + article + "']"))
                .click();
        Browser.waitFor(
                browser, ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "Linked"));
        assertThat(browser.findElement(By.cssSelector(".link-list")).getText())
                .contains(article)
                .contains("confirmed");
        assertThat(browser.findElement(By.cssSelector(".quote-list")).getText()).startsWithIgnoringCase("verified");
        // Every verdict comes with the words that decided it, as a sentence an editor reads.
        assertThat(browser.findElement(By.cssSelector(".quote-list .quote-evidence"))
                        .getText())
                .isNotBlank()
                .doesNotContain("Attribution[")
                .doesNotContain("Optional");

        browser.findElement(By.linkText("See the whole thread")).click();
        Browser.waitFor(browser, ExpectedConditions.titleContains("Thread"));
        assertThat(browser.findElement(By.cssSelector(".thread")).getText())
                .contains("Buses for everyone " + issue)
                .contains(letter);
        Browser.assertAccessible(browser);
    }
}
