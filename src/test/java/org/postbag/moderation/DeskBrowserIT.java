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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.postbag.testing.Browser;
import org.postbag.testing.Deployments;
import org.postbag.testing.fixtures.Desk;
import org.postbag.testing.fixtures.Reader;

/**
 * An editor signs in, works three letters from the keyboard (approve, spam, hold), and signs
 * out. The letters arrive as readers send them: through the form, confirmed from the email.
 */
@ExtendWith({ArquillianExtension.class, Browser.class})
@RunAsClient
class DeskBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
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

        Browser.signIn(browser, base, Desk.adminEmail(), Desk.adminPassword());

        browser.get(base.resolve("/editor/queue?q=" + word).toString());
        assertThat(rows(browser)).containsExactlyElementsOf(references);
        Browser.assertAccessible(browser);

        press(browser, "j");
        assertThat(selected(browser)).isEqualTo(references.get(0));
        press(browser, "a");
        Browser.waitFor(
                browser,
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "approved"));
        assertThat(rows(browser)).containsExactly(references.get(1), references.get(2));

        press(browser, "j");
        press(browser, "s");
        Browser.waitFor(
                browser, ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "spam"));
        assertThat(rows(browser)).containsExactly(references.get(2));

        press(browser, "j");
        press(browser, "o");
        Browser.waitFor(browser, ExpectedConditions.titleContains(references.get(2)));
        Browser.assertAccessible(browser);
        press(browser, "h");
        WebElement note = browser.switchTo().activeElement();
        assertThat(note.getAttribute("id")).isEqualTo("holdNote");
        note.sendKeys("Checking the figures with the council", Keys.ENTER);
        Browser.waitFor(
                browser, ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "Held"));
        assertThat(browser.findElement(By.cssSelector("dd.status")).getText()).isEqualTo("held");

        browser.findElement(By.id("signOut")).click();
        Browser.waitFor(browser, ExpectedConditions.titleContains("Signed out"));
        browser.get(base.resolve("/editor/queue").toString());
        Browser.waitFor(browser, ExpectedConditions.titleContains("Sign in"));
    }

    private static void press(WebDriver browser, String key) {
        new Actions(browser).sendKeys(key).perform();
    }

    private static List<String> rows(WebDriver browser) {
        return browser.findElements(By.cssSelector("tr.queue-row")).stream()
                .map(row -> row.getAttribute("data-reference"))
                .toList();
    }

    private static String selected(WebDriver browser) {
        return browser.findElement(By.cssSelector("tr.queue-row.selected")).getAttribute("data-reference");
    }
}
