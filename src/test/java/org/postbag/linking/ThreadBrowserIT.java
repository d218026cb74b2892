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
import org.postbag.testing.Browser;
import org.postbag.testing.Deployments;
import org.postbag.testing.fixtures.Desk;
import org.postbag.testing.fixtures.Reader;
import org.postbag.testing.pages.IssuesPage;
import org.postbag.testing.pages.LetterPage;
import org.postbag.testing.pages.SignInPage;

/**
 * An editor registers an issue and an article, a reader answers the article citing it by
 * issue number and quoting it, and the editor links the reply from the suggestion, sees the
 * quotation verified, and opens the thread.
 */
@ExtendWith({ArquillianExtension.class, Browser.class})
@RunAsClient
class ThreadBrowserIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(ThreadBrowserIT.class);
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

        SignInPage.open(browser, base).signIn(Desk.adminEmail(), Desk.adminPassword());
        IssuesPage.addIssue(browser, base, issue, "Spring " + issue, "2026-03-01")
                .assertAccessible();
        String article = IssuesPage.registerArticle(
                browser,
                base,
                "Buses for everyone " + issue,
                "Hermione " + surname,
                issue,
                "Our buses are failing us.\n\n" + sentence + ", and not in an office far away.");
        Browser.assertAccessible(browser);

        String letter = Reader.sendAndConfirm(
                base,
                "Anil Mehta",
                "Hermione " + surname + "'s article (issue " + issue + ") is right that \"" + sentence.toLowerCase()
                        + "\". I ride the 662 every day.");

        LetterPage page = LetterPage.open(browser, base, letter);
        assertThat(page.suggestions()).contains(article);
        page.assertAccessible().linkTo(article);
        assertThat(page.links()).contains(article).contains("confirmed");
        assertThat(page.quotations()).startsWithIgnoringCase("verified");
        // Every verdict comes with the words that decided it, as a sentence an editor reads.
        assertThat(browser.findElement(By.cssSelector(".quote-list .quote-evidence"))
                        .getText())
                .isNotBlank()
                .doesNotContain("Attribution[")
                .doesNotContain("Optional");

        page.openThread();
        assertThat(browser.findElement(By.cssSelector(".thread")).getText())
                .contains("Buses for everyone " + issue)
                .contains(letter);
        Browser.assertAccessible(browser);
    }
}
