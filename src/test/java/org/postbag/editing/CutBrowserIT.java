package org.postbag.editing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
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
import org.postbag.letter.LetterText;
import org.postbag.testing.Browser;
import org.postbag.testing.Deployments;
import org.postbag.testing.fixtures.Desk;
import org.postbag.testing.fixtures.Fixtures;
import org.postbag.testing.fixtures.Mailbox;
import org.postbag.testing.fixtures.Reader;
import org.postbag.testing.pages.EditPage;
import org.postbag.testing.pages.LetterPage;
import org.postbag.testing.pages.SignInPage;

/**
 * The 769-word letter from the sample debate, cut under 350 words by an editor in Chromium,
 * sent to its writer, and accepted by the writer from the link in the email.
 */
@ExtendWith({ArquillianExtension.class, Browser.class})
@RunAsClient
class CutBrowserIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(CutBrowserIT.class);
    }

    @ArquillianResource
    URL url;

    @Test
    void anEditorCutsTheLongLetterAndTheWriterAgrees(WebDriver browser) throws Exception {
        URI base = url.toURI().resolve("/");
        String text = sampleLetter("P-long");
        assertThat(LetterText.countWords(text)).isEqualTo(769);
        String email = Fixtures.uniqueEmail("Derek Holloway");
        String reference = Reader.sendAndConfirm(base, "Derek Holloway", "Keighley", email, text);

        SignInPage.open(browser, base).signIn(Desk.adminEmail(), Desk.adminPassword());

        LetterPage letter = LetterPage.open(browser, base, reference);
        assertThat(letter.editing()).contains("769 words now");
        EditPage edit = letter.edit().assertAccessible();

        String cut = firstParagraphsUnder(text, 340);
        assertThat(edit.text(cut).wordCount()).doesNotContain("769").endsWith(" of 350.");
        letter = edit.headline("Trams, buses and who answers the telephone")
                .reason("Cut for length")
                .save();
        int words = LetterText.countWords(cut);
        assertThat(words).isLessThan(350);
        assertThat(letter.awaitStatus("Revision 1 saved")).isEqualTo("Revision 1 saved: " + words + " words.");

        assertThat(letter.askWriter().state()).isEqualTo("waiting for author");

        Mailbox.Mail mail = Mailbox.of(email).await(2, Duration.ofSeconds(20)).stream()
                .filter(m -> m.subject().contains("do you agree"))
                .findFirst()
                .orElseThrow();
        browser.get(mail.link("/approve-edit/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Our edit of your letter");
        assertThat(browser.findElements(By.cssSelector(".diff del"))).isNotEmpty();
        Browser.assertAccessible(browser);
        browser.findElement(By.id("accept")).click();
        Browser.waitFor(
                browser,
                ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("[role=status]"), "we will print your letter as edited"));
        assertThat(browser.findElement(By.cssSelector(".panel:not([role])")).getText())
                .contains("You accepted this edit");
        // The thanks are the page's own words: a link cannot make the page say something else.
        browser.get(mail.link("/approve-edit/") + "?done=Your+account+is+suspended.+Call+0800+000");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("suspended");
        assertThat(browser.findElements(By.cssSelector("[role=status]"))).isEmpty();

        letter = LetterPage.open(browser, base, reference);
        assertThat(letter.state())
                .as("the writer's acceptance brings it back to the desk")
                .isEqualTo("held");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Writer accepted the cut");
        letter.approve();
        letter = LetterPage.open(browser, base, reference);
        assertThat(letter.state()).isEqualTo("approved");
        assertThat(letter.revisions()).contains("1 (approved for print)");
    }

    private static String firstParagraphsUnder(String text, int words) {
        StringBuilder cut = new StringBuilder();
        for (String paragraph : text.split("\n\n")) {
            String next = cut.length() == 0 ? paragraph : cut + "\n\n" + paragraph;
            if (LetterText.countWords(next) > words) {
                break;
            }
            cut.setLength(0);
            cut.append(next);
        }
        return cut.toString();
    }

    private static String sampleLetter(String key) throws Exception {
        try (InputStream in = CutBrowserIT.class.getResourceAsStream("/demo/tram-debate.json")) {
            JsonObject sample = Json.createReader(in).readObject();
            for (JsonValue piece : sample.getJsonArray("pieces")) {
                if (piece.asJsonObject().getString("key").equals(key)) {
                    return piece.asJsonObject().getString("body");
                }
            }
        }
        throw new AssertionError("No " + key + " in the sample");
    }
}
