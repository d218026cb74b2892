package org.postbag.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.util.List;
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
import org.openqa.selenium.WebElement;
import org.postbag.testing.Browser;
import org.postbag.testing.Deployments;
import org.postbag.testing.fixtures.Desk;
import org.postbag.testing.fixtures.Reader;
import org.postbag.testing.pages.LetterPage;
import org.postbag.testing.pages.QueuePage;
import org.postbag.testing.pages.SignInPage;

/**
 * An editor signs in, works three letters from the keyboard (approve, spam, hold), and signs
 * out. The letters arrive as readers send them: through the form, confirmed from the email.
 */
@ExtendWith({ArquillianExtension.class, Browser.class})
@RunAsClient
class DeskBrowserIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(DeskBrowserIT.class);
    }

    @ArquillianResource
    URL url;

    @Test
    void anEditorWorksThreeLettersFromTheKeyboard(WebDriver browser) throws Exception {
        URI base = url.toURI().resolve("/");
        String word = "kb" + Long.toString(System.nanoTime(), 36);
        List<String> references = List.of(
                Reader.sendAndConfirm(base, "Tom Aldridge", word + " The ceiling is where the passengers live."),
                Reader.sendAndConfirm(base, "Best Deals", word + " Great article!!! Cheap watches."),
                Reader.sendAndConfirm(base, "Margaret Osei", word + " Four stations have no step-free access."));

        SignInPage.open(browser, base).signIn(Desk.adminEmail(), Desk.adminPassword());

        QueuePage queue = QueuePage.search(browser, base, word);
        assertThat(queue.rows()).containsExactlyElementsOf(references);
        queue.assertAccessible();

        assertThat(queue.press("j").selected()).isEqualTo(references.get(0));
        queue.press("a").awaitStatus("approved");
        assertThat(queue.rows()).containsExactly(references.get(1), references.get(2));

        // The place in the list is kept: the letter that moved up into it is selected.
        assertThat(queue.selected()).isEqualTo(references.get(1));
        // Spam by a single key asks once: a second s does it.
        queue.press("s");
        assertThat(queue.question()).contains("Press s again");
        assertThat(queue.rows()).containsExactly(references.get(1), references.get(2));
        queue.press("s").awaitStatus("spam");
        assertThat(queue.rows()).containsExactly(references.get(2));

        assertThat(queue.selected()).isEqualTo(references.get(2));
        LetterPage letter = queue.press("o").opened(references.get(2));
        letter.assertAccessible();
        letter.press("h");
        WebElement note = browser.switchTo().activeElement();
        assertThat(note.getAttribute("id")).isEqualTo("holdNote");
        note.sendKeys("Checking the figures with the council", Keys.ENTER);
        // The last letter of the tab decided: back to the tab, which is empty now.
        letter.awaitStatus("held");
        assertThat(QueuePage.shown(browser, base).rows()).isEmpty();
        assertThat(LetterPage.open(browser, base, references.get(2)).state()).isEqualTo("held");

        letter.signOut();
        browser.get(base.resolve("/editor/queue").toString());
        assertThat(SignInPage.isShown(browser)).isTrue();
    }

    @Test
    void aBulkDecisionIsUndoneInOneGo(WebDriver browser) throws Exception {
        URI base = url.toURI().resolve("/");
        String word = "bk" + Long.toString(System.nanoTime(), 36);
        List<String> references = List.of(
                Reader.sendAndConfirm(base, "Wyn Price", word + " The bridge repairs have taken three summers."),
                Reader.sendAndConfirm(base, "Bo Nowak", word + " Our library hours were cut again in March."));

        SignInPage.open(browser, base).signIn(Desk.adminEmail(), Desk.adminPassword());
        QueuePage queue = QueuePage.search(browser, base, word);
        assertThat(queue.rows()).containsExactlyElementsOf(references);

        assertThat(queue.tick(references.get(0)).tick(references.get(1)).bulkSpam())
                .contains("2 letters marked as spam.");
        assertThat(queue.rows()).isEmpty();
        assertThat(browser.findElement(By.id("undoDecisions")).getAttribute("aria-label"))
                .isEqualTo("Undo: the decisions on 2 letters (u)");
        queue.assertAccessible();

        assertThat(queue.undoAll()).contains("2 decisions undone.");
        assertThat(queue.rows()).containsExactlyElementsOf(references);
        queue.assertAccessible();
    }
}
