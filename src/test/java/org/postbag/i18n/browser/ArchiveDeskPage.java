package org.postbag.i18n.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.postbag.testing.Browser;
import org.postbag.testing.pages.DeskPage;

/**
 * The archive desk and the make-up pages in whatever language the desk speaks: found by ids and by the letters'
 * references, never by their English words, and checked for English words left on them.
 */
final class ArchiveDeskPage extends DeskPage<ArchiveDeskPage> {

    /** The desk's keys these pages speak, by the prefixes of their blocks in the bundle. */
    private static final List<String> PREFIXES =
            List.of("issueList.", "articles.", "pieces.", "makeup.", "mailbox.", "alerts.");

    private static final Path BUNDLES = Path.of("src/main/resources/org/postbag/i18n");

    private ArchiveDeskPage(WebDriver browser, URI base) {
        super(browser, base);
    }

    static ArchiveDeskPage at(WebDriver browser, URI base, String path) {
        return new ArchiveDeskPage(browser, base).open(path);
    }

    ArchiveDeskPage addIssue(int number, String title, String coverDate) {
        type("issueNumber", String.valueOf(number)).type("issueTitle", title);
        Browser.setValue(browser, "coverDate", coverDate);
        click("addIssue");
        // The flash names the issue by its title, which the test gives in the page's language.
        awaitStatus(title);
        return this;
    }

    /** Adds a letter waiting for a page by the button on its row, which the letter's reference names. */
    ArchiveDeskPage addToPage(String reference) {
        browser.findElement(By.xpath("//form[@id='waitingForm']//li[.//span[@class='reference' and text()='" + reference
                        + "']]//input[@type='submit']"))
                .click();
        awaitStatus(reference);
        return this;
    }

    /** Saves the page's budget and waits for the message that says so ({@code saved}, in the page's language). */
    ArchiveDeskPage budget(int words, String saved) {
        browser.findElement(By.id("budget")).clear();
        type("budget", String.valueOf(words));
        click("saveBudget");
        awaitStatus(saved);
        return this;
    }

    /** Presses Publish on a page over its budget: returns the panel that asks again, and leaves it open. */
    String publishNowOverBudget() {
        click("publishNow");
        Browser.waitFor(browser, ExpectedConditions.visibilityOfElementLocated(By.id("over-budget")));
        return text(By.id("over-budget"));
    }

    ArchiveDeskPage notYet() {
        click("notYet");
        Browser.waitFor(browser, ExpectedConditions.visibilityOfElementLocated(By.id("publishNow")));
        return this;
    }

    ArchiveDeskPage preview() {
        click("preview");
        Browser.waitFor(browser, ExpectedConditions.urlContains("/editor/preview/"));
        return this;
    }

    String html(String attribute) {
        return browser.findElement(By.tagName("html")).getAttribute(attribute);
    }

    boolean fitsItsWidth() {
        return !(Boolean) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
    }

    /**
     * Fails with the English texts of the desk's keys that are on the page: every run of two words or more between
     * placeholders, found anywhere in its text, title, labels and button values; and every one-word text (Up,
     * Publish) found as the whole text of a control, a heading or a label. A text the translation writes the same
     * way (a product name, an address) is not English left over. Letters' words are the writers', not the desk's, so
     * runs are sought in the page's own words only where a one-word text could be a writer's word too; nor is an
     * example with a number in it, which stored data may also hold.
     */
    ArchiveDeskPage assertNoEnglishDeskWords(String language) {
        Properties english = load("messages.properties");
        Properties translated = load("messages_" + language + ".properties");
        String text = pageText();
        List<String> controls = controlTexts();
        Set<String> leftOver = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            if (PREFIXES.stream().noneMatch(key::startsWith)) {
                continue;
            }
            String translation = translated.getProperty(key, "");
            for (String run : runs(english.getProperty(key))) {
                // A run with a number in it is an example ("June 2026"), which an issue of another test may be named.
                if (translation.contains(run) || run.chars().anyMatch(Character::isDigit)) {
                    continue;
                }
                boolean found = run.contains(" ") ? text.contains(run) : controls.contains(run);
                if (found) {
                    leftOver.add(key + ": " + run);
                }
            }
        }
        assertThat(leftOver)
                .as("English desk words on %s", browser.getCurrentUrl())
                .isEmpty();
        return this;
    }

    /** The literal runs of a text: what is left between its placeholders, trimmed of punctuation. */
    static List<String> runs(String text) {
        StringBuilder literal = new StringBuilder();
        int depth = 0;
        for (char c : text.toCharArray()) {
            if (c == '{') {
                depth++;
                literal.append('|');
            } else if (c == '}') {
                depth--;
            } else if (depth == 0) {
                literal.append(c);
            }
        }
        return java.util.Arrays.stream(literal.toString().split("[|.:;()“”?]"))
                .map(String::strip)
                .map(run -> run.replaceAll("^[,—\\-\\s]+|[,—\\-\\s]+$", ""))
                .filter(run -> run.codePoints().filter(Character::isLetter).count() >= 2)
                .toList();
    }

    @SuppressWarnings("unchecked")
    private String pageText() {
        return (String) ((JavascriptExecutor) browser)
                .executeScript("const parts = [document.title, document.body.innerText];"
                        + "document.querySelectorAll('[aria-label],[title],[placeholder]').forEach(e => parts.push("
                        + "e.getAttribute('aria-label') || '', e.getAttribute('title') || '',"
                        + " e.getAttribute('placeholder') || ''));"
                        + "document.querySelectorAll('input[type=submit]').forEach(e => parts.push(e.value));"
                        + "return parts.join('\\n').replace(/\\s+/g, ' ');");
    }

    @SuppressWarnings("unchecked")
    private List<String> controlTexts() {
        return (List<String>) ((JavascriptExecutor) browser)
                .executeScript("const parts = [];"
                        + "document.querySelectorAll('input[type=submit]').forEach(e => parts.push(e.value.trim()));"
                        + "document.querySelectorAll('h1,h2,h3,th,dt,label,caption,.breadcrumb,.badge,option')"
                        + ".forEach(e => parts.push(e.textContent.trim()));"
                        + "return parts;");
    }

    private static Properties load(String bundle) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(bundle), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
