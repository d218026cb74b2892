package org.postbag.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.postbag.testing.Browser;
import org.postbag.testing.Deployments;
import org.postbag.testing.fixtures.Desk;
import org.postbag.testing.fixtures.Fixtures;
import org.postbag.testing.fixtures.Mailbox;
import org.postbag.testing.fixtures.Reader;
import org.postbag.testing.pages.LetterPage;
import org.postbag.testing.pages.QueuePage;
import org.postbag.testing.pages.SignInPage;

/**
 * An editor works through a tab on the letter page, as built for deciding: a decision goes on
 * to the next letter of the tab, its message carries an Undo that comes back, a rejection's
 * email waits the time it shows and Undo takes it back, and the page neither scrolls sideways
 * nor loses its decisions below the fold, on a phone, a tablet or a desktop.
 */
@ExtendWith({ArquillianExtension.class, Browser.class})
@RunAsClient
class LetterDeskBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    private static String word() {
        return "ld" + Long.toString(System.nanoTime(), 36);
    }

    private static String paragraphs(String word, String start) {
        StringBuilder text = new StringBuilder(word + " " + start);
        for (int i = 0; i < 12; i++) {
            text.append("\n\nThe timetable changed again this spring, and nobody at the depot was told why the")
                    .append(" last bus now leaves before the last train arrives. Paragraph ")
                    .append(i + 1)
                    .append('.');
        }
        return text.toString();
    }

    @Test
    void anEditorDecidesUndoesAndMovesOnThroughATab(WebDriver browser) throws Exception {
        URI base = url.toURI().resolve("/");
        String word = word();
        List<String> letters = List.of(
                Reader.sendAndConfirm(base, "Tom Aldridge", paragraphs(word, "The ceiling is where passengers live.")),
                Reader.sendAndConfirm(
                        base, "Margaret Osei", paragraphs(word, "Four stations have no step-free access.")),
                Reader.sendAndConfirm(base, "Best Deals", word + " Great article!!! Cheap watches."));
        SignInPage.open(browser, base).signIn(Desk.adminEmail(), Desk.adminPassword());

        QueuePage queue = QueuePage.search(browser, base, word);
        assertThat(queue.rows()).containsExactlyElementsOf(letters);
        LetterPage letter = queue.press("j").press("o").opened(letters.get(0));
        letter.assertAccessible();
        assertThat(letter.textsShown()).as("the letter is shown once").isEqualTo(1);

        // The decisions stay in view at the foot of a long letter.
        letter.scrollToEnd();
        assertThat(letter.scrollTop()).isPositive();
        assertThat(letter.inView(By.id("approve"))).isTrue();
        assertThat(letter.inView(By.id("spam"))).isTrue();

        // ? shows the shortcuts in view without scrolling the page away; Esc closes them.
        long before = letter.scrollTop();
        letter.press("?");
        assertThat(letter.inView(By.cssSelector("#shortcuts dl"))).isTrue();
        assertThat(letter.scrollTop()).isEqualTo(before);
        letter.press(Keys.ESCAPE.toString());
        assertThat(browser.findElement(By.cssSelector("#shortcuts dl")).isDisplayed())
                .isFalse();

        // h and r put the cursor where it is needed.
        letter.press("h");
        assertThat(letter.focused()).isEqualTo("holdNote");
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.findElement(By.tagName("h1")).click();
        letter.press("r");
        assertThat(letter.focused()).isEqualTo("rejectTemplate");
        browser.findElement(By.tagName("h1")).click();

        // Approve: on to the next letter of the tab, with an Undo.
        letter.press("a");
        assertThat(letter.awaitLetter(letters.get(1)).awaitStatus("approved")).contains(letters.get(0));
        assertThat(letter.reference()).isEqualTo(letters.get(1));
        letter.assertAccessible();

        // Undo: back to the letter, as it was.
        letter.undo().awaitLetter(letters.get(0));
        assertThat(letter.reference()).isEqualTo(letters.get(0));
        assertThat(letter.state()).isEqualTo("new");

        // Next, without deciding; then spam by a single key asks once.
        letter.next().awaitLetter(letters.get(1));
        letter.next().awaitLetter(letters.get(2));
        assertThat(letter.hasNext()).isFalse();
        letter.press("s");
        assertThat(letter.question()).contains("Press s again");
        letter.press(Keys.ESCAPE.toString());
        assertThat(letter.question()).isEqualTo("Not done.");
        assertThat(letter.reference()).isEqualTo(letters.get(2));
        letter.press("s").press("s");
        // The last of the tab: back to the tab, where the spam is gone and the others wait.
        letter.awaitStatus("marked as spam");
        QueuePage after = QueuePage.shown(browser, base);
        assertThat(after.rows()).containsExactly(letters.get(0), letters.get(1));
        after.assertAccessible();
    }

    @Test
    void aRejectionsEmailWaitsTheTimeShownAndUndoTakesItBack(WebDriver browser) throws Exception {
        URI base = url.toURI().resolve("/");
        String word = word();
        String sparedWriter = Fixtures.uniqueEmail("Rhona Reject");
        String toldWriter = Fixtures.uniqueEmail("Ted Told");
        String spared = Reader.sendAndConfirm(base, "Rhona Reject", "Leeds", sparedWriter, word + " First of two.");
        String told = Reader.sendAndConfirm(base, "Ted Told", "Leeds", toldWriter, word + " Second of two.");
        SignInPage.open(browser, base).signIn(Desk.adminEmail(), Desk.adminPassword());

        LetterPage letter = QueuePage.search(browser, base, word).openLetter(spared);
        letter.reject("Not selected", true).awaitLetter(told);
        assertThat(letter.emailGoesAt()).matches("\\d\\d:\\d\\d:\\d\\d");
        assertThat(outbox(spared)).containsExactly("PENDING");
        letter.assertAccessible();

        letter.undo().awaitLetter(spared);
        assertThat(letter.awaitStatus("undone")).contains("The email to the writer was not sent");
        assertThat(outbox(spared)).containsExactly("CANCELLED");

        // The other rejection is not undone: its email goes once its grace period is over. The
        // test moves that moment to now instead of waiting a minute.
        QueuePage.search(browser, base, word).openLetter(told).reject("Not selected", true);
        assertThat(outbox(told)).containsExactly("PENDING");
        graceOverFor(told);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> outbox(told)
                .equals(List.of("SENT")));
        assertThat(rejections(toldWriter)).hasSize(1).allMatch(subject -> subject.contains(told));
        assertThat(rejections(sparedWriter)).as("the email taken back").isEmpty();
        assertThat(outbox(spared)).containsExactly("CANCELLED");
    }

    @Test
    void longWordsAndALongAddressDoNotMakeThePageScrollSideways(WebDriver browser) throws Exception {
        URI base = url.toURI().resolve("/");
        String word = word();
        String email = "a.very.long.local.part.of.an.address." + word + "@letters.of.a.remarkably.long-domain-name."
                + "example.org";
        String reference = Reader.sendAndConfirm(
                base,
                "Wilhelmina Featherstonehaugh-Cholmondeley",
                "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch",
                email,
                word + " Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft is the"
                        + " word, and https://www.example.org/a/very/long/path/that/never/breaks/at/all/whatever/"
                        + "the/width/of/the/screen/" + word + " is where it came from.");
        SignInPage.open(browser, base).signIn(Desk.adminEmail(), Desk.adminPassword());

        List<String> wide = new ArrayList<>();
        for (int width : new int[] {375, 800, 1280}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            LetterPage letter = LetterPage.open(browser, base, reference);
            if (letter.scrollsSideways()) {
                wide.add("letter page at " + width + " px");
            }
            QueuePage queue = QueuePage.search(browser, base, word);
            if (queue.scrollsSideways()) {
                wide.add("queue at " + width + " px");
            }
        }
        assertThat(wide).isEmpty();
        browser.manage().window().setSize(new Dimension(375, 900));
        LetterPage.open(browser, base, reference).assertAccessible();
    }

    private static List<String> rejections(String writer) {
        return Mailbox.of(writer).messages().stream()
                .map(Mailbox.Mail::subject)
                .filter(subject -> subject.startsWith("Your letter to"))
                .toList();
    }

    private static Connection database() throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", System.getProperty("postbag.it.db.user", "postgres"));
        credentials.setProperty("password", System.getProperty("postbag.it.db.password", "postgres"));
        return new org.postgresql.Driver().connect(System.getProperty("postbag.it.db.url"), credentials);
    }

    /** The statuses of the letter's rejection emails in the outbox. */
    private static List<String> outbox(String reference) throws SQLException {
        try (Connection db = database();
                PreparedStatement query = db.prepareStatement(
                        "SELECT status FROM outbox_message WHERE letter_reference = ? AND kind = 'rejection' ORDER BY id")) {
            query.setString(1, reference);
            List<String> statuses = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    statuses.add(rows.getString(1));
                }
            }
            return statuses;
        }
    }

    /** The clock moved on for this letter's email: its grace period is over now. */
    private static void graceOverFor(String reference) throws SQLException {
        try (Connection db = database();
                PreparedStatement update =
                        db.prepareStatement("UPDATE outbox_message SET not_before = now(), next_attempt_at = now()"
                                + " WHERE letter_reference = ? AND status = 'PENDING'")) {
            update.setString(1, reference);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
