package org.postbag.publishing;

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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.postbag.testing.Browser;
import org.postbag.testing.Deployments;
import org.postbag.testing.fixtures.Desk;
import org.postbag.testing.fixtures.Reader;

/**
 * From the desk to the reader: two letters answering an article are linked and approved, made
 * up into the next issue's letters page and published; then, signed out, a reader finds the
 * page, a letter, the debate and a search result, each page checked with axe-core.
 */
@ExtendWith({ArquillianExtension.class, Browser.class})
@RunAsClient
class PublishBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    private static final By STATUS = By.cssSelector("[role=status]");

    @Test
    void anEditorPublishesAPageAndAReaderFindsItsLetters(WebDriver browser) throws Exception {
        URI base = url.toURI().resolve("/");
        int issue = ThreadLocalRandom.current().nextInt(100_000, 900_000);
        String word = "trolleybus" + (char) ('a' + ThreadLocalRandom.current().nextInt(26))
                + (char) ('a' + ThreadLocalRandom.current().nextInt(26));

        Browser.signIn(browser, base, Desk.adminEmail(), Desk.adminPassword());
        for (int number : new int[] {issue, issue + 1}) {
            browser.get(base.resolve("/editor/issues").toString());
            browser.findElement(By.id("issueNumber")).sendKeys(String.valueOf(number));
            browser.findElement(By.id("issueTitle")).sendKeys("Autumn " + number);
            Browser.setValue(browser, "coverDate", number == issue ? "2026-09-01" : "2026-10-01");
            browser.findElement(By.id("addIssue")).click();
            Browser.waitFor(browser, ExpectedConditions.textToBePresentInElementLocated(STATUS, "added"));
        }
        browser.get(base.resolve("/editor/articles").toString());
        browser.findElement(By.id("title")).sendKeys("Wires over the city " + issue);
        browser.findElement(By.id("author")).sendKeys("Priya Rothwell");
        browser.findElement(By.id("articleIssue")).sendKeys(String.valueOf(issue));
        Browser.setValue(browser, "text", "The " + word + " could come back to our hills.");
        browser.findElement(By.id("registerArticle")).click();
        Browser.waitFor(browser, ExpectedConditions.textToBePresentInElementLocated(STATUS, "Registered"));
        String article = browser.findElement(STATUS).getText().replaceAll("^Registered (A-\\d{4}-\\d+).*$", "$1");

        String first = Reader.sendAndConfirm(
                base,
                "Gwen Aspinall",
                "Priya Rothwell's article (issue " + issue + ") is right: the " + word + " climbed these hills for"
                        + " forty years without a complaint.");
        String second = Reader.sendAndConfirm(
                base,
                "Harold Pike",
                "Priya Rothwell (no. " + issue + ") forgets what the overhead wires cost. The " + word
                        + " is a fond memory, not a plan.");
        for (String letter : new String[] {first, second}) {
            browser.get(base.resolve("/editor/letters/" + letter).toString());
            browser.findElement(By.cssSelector("[aria-label='Link to " + article + "']"))
                    .click();
            Browser.waitFor(browser, ExpectedConditions.textToBePresentInElementLocated(STATUS, "Linked"));
            browser.findElement(By.id("approve")).click();
            Browser.waitFor(browser, ExpectedConditions.textToBePresentInElementLocated(STATUS, "Approved"));
        }

        browser.get(base.resolve("/editor/issue/" + (issue + 1)).toString());
        assertThat(browser.findElement(By.id("waitingForm")).getText())
                .contains("The debate from “Wires over the city " + issue + "”")
                .contains(first)
                .contains(second);
        Browser.assertAccessible(browser);
        for (String letter : new String[] {first, second}) {
            browser.findElement(By.cssSelector("[aria-label='Add " + letter + " to the page']"))
                    .click();
            Browser.waitFor(browser, ExpectedConditions.textToBePresentInElementLocated(STATUS, "on the page"));
        }
        browser.findElement(By.cssSelector("[aria-label='Move " + second + " up']"))
                .click();
        Browser.waitFor(browser, ExpectedConditions.textToBePresentInElementLocated(STATUS, "moved up"));
        String headline = browser.findElement(By.xpath("//label[normalize-space()='Headline for " + first + "']"))
                .getAttribute("for");
        Browser.setValue(browser, headline, "Wires are a fond memory");
        browser.findElement(By.cssSelector("[aria-label='Save the headline of " + first + "']"))
                .click();
        Browser.waitFor(browser, ExpectedConditions.textToBePresentInElementLocated(STATUS, "Headline of " + first));
        browser.findElement(By.id("publishNow")).click();
        Browser.waitFor(browser, ExpectedConditions.textToBePresentInElementLocated(STATUS, "is published"));
        Browser.assertAccessible(browser);

        browser.findElement(By.id("signOut")).click();
        Browser.waitFor(browser, ExpectedConditions.titleContains("Signed out"));

        browser.get(base.resolve("/issues/" + (issue + 1)).toString());
        assertThat(browser.findElements(By.cssSelector("article.letter .sign-off")))
                .extracting(org.openqa.selenium.WebElement::getText)
                .containsExactly("Harold Pike, Leeds", "Gwen Aspinall, Leeds");
        Browser.assertAccessible(browser);

        assertThat(browser.findElement(By.cssSelector("#" + first + " h2")).getText())
                .isEqualTo("Wires are a fond memory");
        browser.findElement(By.cssSelector("#" + first + " h2 a")).click();
        Browser.waitFor(browser, ExpectedConditions.urlContains("/letters/" + first + "/"));
        assertThat(browser.findElement(By.cssSelector(".replying-to")).getText())
                .contains("Wires over the city " + issue);
        Browser.assertAccessible(browser);

        browser.findElement(By.linkText("Read the whole debate")).click();
        Browser.waitFor(browser, ExpectedConditions.urlContains("/threads/" + article));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Wires over the city " + issue)
                .contains("Gwen Aspinall, Leeds")
                .contains("Harold Pike, Leeds");
        Browser.assertAccessible(browser);

        browser.findElement(By.linkText("Search")).click();
        browser.findElement(By.id("q")).sendKeys(word + Keys.ENTER);
        Browser.waitFor(browser, ExpectedConditions.textToBePresentInElementLocated(STATUS, "results"));
        assertThat(browser.findElement(By.cssSelector(".results")).getText())
                .contains("Gwen Aspinall")
                .contains("Harold Pike")
                .contains("Wires over the city " + issue);
        assertThat(browser.findElements(By.cssSelector(".results mark"))).isNotEmpty();
        Browser.assertAccessible(browser);

        browser.get(base.resolve("/issues").toString());
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Autumn " + (issue + 1));
        Browser.assertAccessible(browser);
    }
}
