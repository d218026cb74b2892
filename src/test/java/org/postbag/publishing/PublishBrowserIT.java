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
import org.postbag.testing.pages.DeskPage;
import org.postbag.testing.pages.IssuesPage;
import org.postbag.testing.pages.LetterPage;
import org.postbag.testing.pages.MakeUpPage;
import org.postbag.testing.pages.SignInPage;

/**
 * From the desk to the reader: two letters answering an article are linked and approved, made
 * up into the next issue's letters page and published; then, signed out, a reader finds the
 * page, a letter, the debate and a search result, each page checked with axe-core.
 */
@ExtendWith({ArquillianExtension.class, Browser.class})
@RunAsClient
class PublishBrowserIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(PublishBrowserIT.class);
    }

    @ArquillianResource
    URL url;

    @Test
    void anEditorPublishesAPageAndAReaderFindsItsLetters(WebDriver browser) throws Exception {
        URI base = url.toURI().resolve("/");
        int issue = ThreadLocalRandom.current().nextInt(100_000, 900_000);
        String word = "trolleybus" + (char) ('a' + ThreadLocalRandom.current().nextInt(26))
                + (char) ('a' + ThreadLocalRandom.current().nextInt(26));

        SignInPage.open(browser, base).signIn(Desk.adminEmail(), Desk.adminPassword());
        IssuesPage.addIssue(browser, base, issue, "Autumn " + issue, "2026-09-01");
        IssuesPage.addIssue(browser, base, issue + 1, "Autumn " + (issue + 1), "2026-10-01");
        String article = IssuesPage.registerArticle(
                browser,
                base,
                "Wires over the city " + issue,
                "Priya Rothwell",
                issue,
                "The " + word + " could come back to our hills.");

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
            LetterPage.open(browser, base, letter).linkTo(article).approve();
        }

        MakeUpPage makeUp = MakeUpPage.open(browser, base, issue + 1);
        assertThat(makeUp.waiting())
                .contains("The debate from “Wires over the city " + issue + "”")
                .contains(first)
                .contains(second);
        makeUp.assertAccessible()
                .add(first)
                .add(second)
                .moveUp(second)
                .headline(first, "Wires are a fond memory")
                .publishNow()
                .assertAccessible()
                .signOut();

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
        Browser.waitFor(browser, ExpectedConditions.textToBePresentInElementLocated(DeskPage.STATUS, "results"));
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
