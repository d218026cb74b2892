package org.postbag.i18n.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.postbag.testing.Browser;
import org.postbag.testing.Deployments;

/**
 * A reader of a German and of an Arabic magazine: the home page and the letter form speak the magazine's language,
 * say so to the browser ({@code lang}, {@code dir}), pass axe-core, and fit a 375-pixel phone screen without
 * scrolling sideways, right to left as left to right.
 */
@ExtendWith({ArquillianExtension.class, Browser.class})
@RunAsClient
class ReaderLanguagesBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withTestsOf(ReaderLanguagesBrowserIT.class);
    }

    @ArquillianResource
    URL url;

    @AfterEach
    void backToTheMagazinesOwnLanguage() throws Exception {
        MagazineLanguage.reset(url);
    }

    @Test
    void aGermanMagazinesReaderReadsAndWritesInGerman(WebDriver browser) throws Exception {
        try {
            MagazineLanguage.set(url, "de");

            browser.get(base().resolve("/").toString());
            assertThat(attribute(browser, "lang")).isEqualTo("de");
            assertThat(attribute(browser, "dir")).isEqualTo("ltr");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Leserbriefe");
            assertThat(browser.findElement(By.cssSelector(".skip-link")).getAttribute("textContent"))
                    .isEqualTo("Direkt zum Inhalt");
            Browser.assertAccessible(browser);

            browser.get(base().resolve("/write").toString());
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Schreiben Sie uns");
            assertThat(browser.findElement(By.cssSelector("label[for=name]")).getText())
                    .isEqualTo("Ihr Name");
            WebElement blank = browser.findElement(By.tagName("html"));
            browser.findElement(By.id("send")).click();
            // The click returns before the answer has replaced the page; read nothing of the old one.
            Browser.waitFor(browser, ExpectedConditions.stalenessOf(blank));
            assertThat(browser.findElement(By.cssSelector(".error-summary h2")).getText())
                    .isEqualTo("Da stimmt etwas nicht");
            assertThat(browser.findElement(By.cssSelector(".error-summary")).getText())
                    .contains("Bitte geben Sie Ihren Namen an");
            assertThat(browser.getTitle()).startsWith("Fehler: Schreiben Sie uns");
            Browser.assertAccessible(browser);
        } finally {
            MagazineLanguage.reset(url);
        }
    }

    @Test
    void anArabicMagazineIsWrittenRightToLeftAndFitsAPhone(WebDriver browser) throws Exception {
        try {
            MagazineLanguage.set(url, "ar");
            browser.manage().window().setSize(new Dimension(375, 800));

            browser.get(base().resolve("/").toString());
            assertThat(attribute(browser, "lang")).isEqualTo("ar");
            assertThat(attribute(browser, "dir")).isEqualTo("rtl");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("بريد القرّاء");
            assertThat(scrollsSideways(browser))
                    .as("the home page scrolls sideways at 375 px")
                    .isFalse();
            Browser.assertAccessible(browser);

            browser.get(base().resolve("/write").toString());
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("راسلونا");
            assertThat(browser.findElement(By.id("send")).getAttribute("value")).isEqualTo("أرسل رسالتك");
            assertThat(scrollsSideways(browser))
                    .as("the form scrolls sideways at 375 px")
                    .isFalse();
            Browser.assertAccessible(browser);

            browser.findElement(By.id("body")).sendKeys("كلمة أخرى هنا");
            Browser.waitFor(
                    browser,
                    driver -> !driver.findElement(By.id("word-count")).getText().isEmpty());
            assertThat(browser.findElement(By.id("word-count")).getText()).startsWith("عدد الكلمات: 3 من");
        } finally {
            MagazineLanguage.reset(url);
        }
    }

    private static String attribute(WebDriver browser, String name) {
        return browser.findElement(By.tagName("html")).getAttribute(name);
    }

    private static boolean scrollsSideways(WebDriver browser) {
        return (Boolean) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
    }

    private URI base() {
        return URI.create(url.toString());
    }
}
