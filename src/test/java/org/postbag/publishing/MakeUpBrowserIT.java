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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.postbag.testing.Browser;
import org.postbag.testing.Deployments;
import org.postbag.testing.fixtures.Desk;
import org.postbag.testing.fixtures.Reader;
import org.postbag.testing.pages.IssuesPage;
import org.postbag.testing.pages.LetterPage;
import org.postbag.testing.pages.MakeUpPage;
import org.postbag.testing.pages.SignInPage;

/**
 * The rules between approving and printing, in Chromium: a letter whose reply link the writer
 * only suggested is not approved until an editor settles it; a name withheld links to no
 * writer's page; the page is previewed as readers will see it, asks again when over its budget,
 * and can come down the same day with its reason; a letter answering two pieces of a debate
 * is printed once in it. Every page checked with axe-core.
 */
@ExtendWith({ArquillianExtension.class, Browser.class})
@RunAsClient
class MakeUpBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    private static int issueNumber() {
        return ThreadLocalRandom.current().nextInt(100_000, 900_000);
    }

    @Test
    void approvalWaitsForTheSuggestedLinkAndThePageIsPreviewedPublishedAndTakenDown(WebDriver browser)
            throws Exception {
        URI base = url.toURI().resolve("/");
        int issue = issueNumber();
        SignInPage.open(browser, base).signIn(Desk.adminEmail(), Desk.adminPassword());
        IssuesPage.addIssue(browser, base, issue, "Winter " + issue, "2026-11-01");
        IssuesPage.addIssue(browser, base, issue + 1, "Winter " + (issue + 1), "2026-12-01");
        String article = IssuesPage.registerArticle(
                browser, base, "Lamps on the towpath " + issue, "Ada Quayle", issue, "The towpath needs lamps.");
        String linked = Reader.sendAndConfirmReplyingTo(
                base, "Nell Towpath", "Ada Quayle is right about the lamps: I walk it every night.", article);
        String withheld = Reader.sendAndConfirm(
                base, "Real Name Kept", "The lamps would light my way home, but do not print my name.");

        LetterPage letter = LetterPage.open(browser, base, linked);
        assertThat(letter.approveRefused())
                .contains(linked + " cannot be approved while its reply link to " + article)
                .contains("only suggested");
        letter.assertAccessible().confirmLink(article).approve();

        LetterPage.open(browser, base, withheld)
                .edit()
                .signOff("Name and address supplied")
                .reason("The writer asked for their name to be withheld")
                .save()
                .approve();

        MakeUpPage makeUp =
                MakeUpPage.open(browser, base, issue + 1).add(linked).add(withheld);
        assertThat(makeUp.page())
                .as("nothing is scheduled, so nothing says so")
                .doesNotContainIgnoringCase("scheduled")
                .contains("on the page, not yet public");
        makeUp.budget(10);

        String preview = makeUp.preview();
        assertThat(preview)
                .contains("Replying to Lamps on the towpath " + issue + " (Ada Quayle)")
                .contains("I walk it every night")
                .contains("Name and address supplied")
                .doesNotContain("Real Name Kept");
        assertThat(browser.findElements(By.cssSelector("main article.letter"))).hasSize(2);
        Browser.assertAccessible(browser);

        makeUp = MakeUpPage.open(browser, base, issue + 1);
        // Scheduling asks the same question as publishing now.
        assertThat(makeUp.scheduleOverBudget("2099-01-01T10:00"))
                .contains("over its budget of 10")
                .contains("Schedule it anyway?");
        makeUp.assertAccessible().scheduleAnyway();
        assertThat(browser.findElement(By.id("scheduleForm")).getText()).contains("Scheduled for");
        makeUp.unschedule();
        assertThat(makeUp.publishNowOverBudget())
                .contains("over its budget of 10")
                .contains("Publish it anyway?");
        makeUp.assertAccessible().publishAnyway().assertAccessible();

        browser.get(base.resolve("/letters/" + withheld).toString());
        WebElement signOff = browser.findElement(By.cssSelector("article.letter .sign-off"));
        assertThat(signOff.getText()).isEqualTo("Name and address supplied");
        assertThat(signOff.findElements(By.tagName("a")))
                .as("a withheld name links to no writer")
                .isEmpty();
        Browser.assertAccessible(browser);
        browser.get(base.resolve("/letters/" + linked).toString());
        assertThat(browser.findElement(By.cssSelector(".replying-to")).getText())
                .contains("Lamps on the towpath " + issue);

        MakeUpPage.open(browser, base, issue + 1)
                .takeDown("Printed a day early by mistake")
                .assertAccessible();
        browser.get(base.resolve("/issues/" + (issue + 1)).toString());
        assertThat(browser.findElement(By.id("taken-down")).getText()).contains("Printed a day early by mistake");
        assertThat(browser.findElements(By.cssSelector("article.letter"))).isEmpty();
        Browser.assertAccessible(browser);
        assertThat(MakeUpPage.open(browser, base, issue + 1).page())
                .as("its letters wait on the page to go out again")
                .contains(linked)
                .contains(withheld);

        browser.get(
                base.resolve("/admin/audit?action=UNPUBLISHED&ref=" + linked).toString());
        assertThat(browser.findElement(By.cssSelector("table.history")).getText())
                .contains("Unpublished")
                .contains("Printed a day early by mistake");
        Browser.assertAccessible(browser);
    }

    @Test
    void aLetterAnsweringTwoPiecesOfADebateIsPrintedOnceWithAlsoAnswers(WebDriver browser) throws Exception {
        URI base = url.toURI().resolve("/");
        int issue = issueNumber();
        SignInPage.open(browser, base).signIn(Desk.adminEmail(), Desk.adminPassword());
        IssuesPage.addIssue(browser, base, issue, "Spring " + issue, "2026-03-01");
        String article = IssuesPage.registerArticle(
                browser, base, "Ferries to the islands " + issue, "Iain Ross", issue, "The ferries are late.");
        String first = Reader.sendAndConfirm(base, "Morag First", "The ferries were late all summer.");
        // A decision moves the desk on to the next letter: the letter's page is opened again to publish it.
        LetterPage.open(browser, base, first).linkByReference(article).approve();
        LetterPage.open(browser, base, first).publishOnline();
        String both = "Both Iain Ross and Morag First miss the point about the winter timetable " + issue + ".";
        String second = Reader.sendAndConfirm(base, "Hamish Both", both);
        LetterPage.open(browser, base, second)
                .linkByReference(article)
                .linkByReference(first)
                .approve();
        LetterPage.open(browser, base, second).publishOnline().signOut();

        browser.get(base.resolve("/threads/" + article).toString());
        String thread = browser.findElement(By.tagName("main")).getText();
        assertThat(thread.split("miss the point about the winter timetable " + issue, -1))
                .as("the letter answering both is printed once")
                .hasSize(2);
        assertThat(thread).contains("also answers").contains("Morag First").contains("Hamish Both");
        Browser.assertAccessible(browser);
    }
}
