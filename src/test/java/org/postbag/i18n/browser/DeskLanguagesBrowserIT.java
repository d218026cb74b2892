package org.postbag.i18n.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.postbag.testing.Browser;
import org.postbag.testing.Deployments;
import org.postbag.testing.fixtures.Desk;
import org.postbag.testing.fixtures.Reader;
import org.postbag.testing.pages.DeskPage;

/**
 * An editor of an Arabic and of a German magazine works the desk in the magazine's language: the queue, a letter, its
 * cut and the comparison of the cut with the original, a keyboard shortcut that approves. Every page says its language
 * and direction to the browser, shows no English word of the desk's bundle texts, and passes axe-core at desktop and
 * phone widths.
 */
@ExtendWith({ArquillianExtension.class, Browser.class})
@RunAsClient
class DeskLanguagesBrowserIT {

    private static final Path BUNDLES = Path.of("src/main/resources/org/postbag/i18n");

    /** The blocks of the bundle the desk's pages read. */
    private static final List<String> DESK_KEYS = List.of(
            "desk.",
            "queue.",
            "flag.",
            "letterStatus.",
            "shortcuts.",
            "undo.",
            "moderation.",
            "letter.",
            "arrival.",
            "diff.",
            "edit.",
            "editing.",
            "linking.",
            "post.",
            "preview.",
            "thread.",
            "deskLetter.");

    private static final Pattern WORD = Pattern.compile("\\p{IsLatin}{4,}");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withTestsOf(DeskLanguagesBrowserIT.class);
    }

    @ArquillianResource
    URL url;

    @AfterEach
    void backToTheMagazinesOwnLanguage() throws Exception {
        MagazineLanguage.reset(url);
    }

    @Test
    void anArabicMagazinesEditorWorksTheDeskRightToLeft(WebDriver browser) throws Exception {
        try {
            // Signed in and the letters sent first: the sign-in page is not translated yet, and the sign-in waits for
            // the English queue.
            Browser.signIn(browser, base(), Desk.adminEmail(), Desk.adminPassword());
            Letters letters = Letters.sent(base(), "الترام", "Suad Haddad", "Layla Mansour");
            MagazineLanguage.set(url, "ar");
            walk(browser, "ar", "rtl", letters);
        } finally {
            MagazineLanguage.reset(url);
        }
    }

    @Test
    void aGermanMagazinesEditorWorksTheDeskInGerman(WebDriver browser) throws Exception {
        try {
            // Signed in and the letters sent first: the sign-in page is not translated yet, and the sign-in waits for
            // the English queue.
            Browser.signIn(browser, base(), Desk.adminEmail(), Desk.adminPassword());
            Letters letters = Letters.sent(base(), "Straßenbahn", "Jörg Kühn", "Ute Brandt");
            MagazineLanguage.set(url, "de");
            walk(browser, "de", "ltr", letters);
        } finally {
            MagazineLanguage.reset(url);
        }
    }

    /** Two letters the readers sent, found in the queue by a word they share. */
    private record Letters(String marker, String word, String one, String two) {

        static Letters sent(URI base, String word, String first, String second) throws Exception {
            String marker = "zq" + Long.toString(System.nanoTime(), 36);
            return new Letters(
                    marker,
                    word,
                    Reader.sendAndConfirm(base, first, marker + " " + word + " 1"),
                    Reader.sendAndConfirm(base, second, marker + " " + word + " 2"));
        }
    }

    private void walk(WebDriver browser, String lang, String dir, Letters letters) throws Exception {
        URI base = base();
        String marker = letters.marker();
        String word = letters.word();
        String one = letters.one();
        String two = letters.two();
        Set<String> english = englishWords(lang);

        // The queue, with the keyboard help open.
        openQueue(browser, base, marker);
        assertThat(rows(browser)).containsExactly(one, two);
        new Actions(browser).sendKeys("?").perform();
        Browser.waitFor(
                browser, driver -> driver.findElement(By.id("shortcuts")).getAttribute("open") != null);
        assertThat(browser.findElement(By.cssSelector("#shortcuts summary")).getText())
                .isEqualTo(words(lang).getProperty("shortcuts.title"));
        checkPage(browser, lang, dir, english, "the queue");
        new Actions(browser).sendKeys("?").perform();

        // A letter's page.
        browser.findElement(By.cssSelector("tr.queue-row[data-reference='" + one + "'] a.open"))
                .click();
        Browser.waitFor(browser, ExpectedConditions.titleContains(one));
        checkPage(browser, lang, dir, english, "the letter " + one);

        // Its cut, saved as a revision.
        browser.get(base.resolve("/editor/edit/" + one).toString());
        Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("body")));
        checkPage(browser, lang, dir, english, "the cut of " + one);
        browser.findElement(By.id("body")).clear();
        browser.findElement(By.id("body")).sendKeys(marker + " " + word);
        browser.findElement(By.id("save")).click();
        Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(DeskPage.STATUS));
        Browser.waitFor(browser, ExpectedConditions.titleContains(one));
        assertThat(browser.findElement(DeskPage.STATUS).getText()).isNotBlank();

        // The cut compared with the original.
        browser.get(base.resolve("/editor/diff/" + one + "?from=0&to=1").toString());
        Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.cssSelector(".diff")));
        assertThat(browser.findElements(By.cssSelector(".diff del"))).isNotEmpty();
        checkPage(browser, lang, dir, english, "the comparison of " + one);

        // Back on the queue, a shortcut approves the first letter: j selects it, a approves it.
        openQueue(browser, base, marker);
        new Actions(browser).sendKeys("j").perform();
        Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.queue-row.selected")));
        new Actions(browser).sendKeys("a").perform();
        Browser.waitFor(browser, ExpectedConditions.textToBePresentInElementLocated(DeskPage.STATUS, one));
        assertThat(rows(browser)).containsExactly(two);
        checkPage(browser, lang, dir, english, "the queue after an approval");
    }

    private static void openQueue(WebDriver browser, URI base, String marker) {
        browser.get(base.resolve("/editor/queue?q=" + marker).toString());
        Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("queue-table")));
    }

    private static List<String> rows(WebDriver browser) {
        return browser.findElements(By.cssSelector("tr.queue-row")).stream()
                .map(row -> row.getAttribute("data-reference"))
                .toList();
    }

    /** The page's language and direction, no English desk word, and axe-core clean at 1280 and at 390 pixels. */
    private static void checkPage(WebDriver browser, String lang, String dir, Set<String> english, String page) {
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang"))
                .as("lang of " + page)
                .isEqualTo(lang);
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir"))
                .as("dir of " + page)
                .isEqualTo(dir);
        Set<String> found = new TreeSet<>();
        Matcher words = WORD.matcher(readable(browser));
        while (words.find()) {
            if (english.contains(words.group().toLowerCase(Locale.ROOT))) {
                found.add(words.group());
            }
        }
        assertThat(found).as("English words on " + page).isEmpty();
        try {
            Browser.assertAccessible(browser);
            browser.manage().window().setSize(new Dimension(390, 844));
            Browser.assertAccessible(browser);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    /**
     * What a person reads on the page: its text, and the names its controls announce; without the desk's data (the
     * letters' texts and headlines, the magazine's own rejection reasons and sections, the notes of the history, which
     * the services write in English when it happens) and addresses, which are written as they were typed.
     */
    private static String readable(WebDriver browser) {
        return ((String) ((JavascriptExecutor) browser)
                        .executeScript("var page = document.body.cloneNode(true);"
                                + " page.querySelectorAll('script, style, .letter-text, .diff, .headline, .history .note,"
                                + " option:not([value=\"\"])').forEach(function (e) { e.remove(); });"
                                + " var parts = [document.title, page.textContent];"
                                + " document.querySelectorAll('[aria-label], input[type=submit]')"
                                + ".forEach(function (e) { parts.push(e.getAttribute('aria-label') || '',"
                                + " e.tagName === 'INPUT' ? e.value : ''); });"
                                + " return parts.join(' ');"))
                .replaceAll("\\S+@\\S+", " ")
                .replaceAll("https?://\\S+", " ");
    }

    /**
     * The English words of the desk's texts that the language does not use itself (a name in an example, "Spam",
     * "Text"), and that the page's data (names, the magazine's) does not bring in.
     */
    private static Set<String> englishWords(String lang) throws IOException {
        Properties english = load(BUNDLES.resolve("messages.properties"));
        Set<String> theirs = new TreeSet<>();
        Matcher in = WORD.matcher(String.join(
                " ", words(lang).values().stream().map(String::valueOf).toList()));
        while (in.find()) {
            theirs.add(in.group().toLowerCase(Locale.ROOT));
        }
        Set<String> words = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            if (DESK_KEYS.stream().anyMatch(key::startsWith)) {
                Matcher matcher = WORD.matcher(english.getProperty(key).replaceAll("\\{[^}]*}", " "));
                while (matcher.find()) {
                    String word = matcher.group().toLowerCase(Locale.ROOT);
                    if (!theirs.contains(word)) {
                        words.add(word);
                    }
                }
            }
        }
        return words;
    }

    private static Properties words(String lang) throws IOException {
        return load(BUNDLES.resolve("messages_" + lang + ".properties"));
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private URI base() {
        return URI.create(url.toString());
    }
}
