package org.postbag.submission;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.postbag.testing.Browser;
import org.postbag.testing.Deployments;
import org.postbag.testing.fixtures.Fixtures;
import org.postbag.testing.fixtures.Mailbox;

/**
 * A reader writes a letter in Chromium: makes mistakes, is told, corrects them, sends it,
 * then confirms it from the link in the email and follows it on the status page.
 */
@ExtendWith({ArquillianExtension.class, Browser.class})
@RunAsClient
class WriteLetterBrowserIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(WriteLetterBrowserIT.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void aReaderWritesConfirmsAndFollowsTheirLetter(WebDriver browser) {
        String email = Fixtures.uniqueEmail("Margaret Osei");
        WritePage page = WritePage.open(browser, base);
        Browser.assertAccessible(browser);
        page.name("Margaret Osei")
                .town("Bradford")
                .email("m.osei.example.com")
                .letter("Four of the eleven stations on the Shipley line still have no step-free access.")
                .send();

        assertThat(page.errorSummary())
                .containsExactly(
                        "Enter an email address in the correct format, like name@example.com",
                        "Tick the box to say you agree to how we use your details");
        assertThat(page.focusedElementId()).isEqualTo("error-summary");
        assertThat(page.fieldError("email")).contains("Enter an email address in the correct format");
        assertThat(page.nameValue()).isEqualTo("Margaret Osei");
        assertThat(page.letterValue()).startsWith("Four of the eleven stations");
        Browser.assertAccessible(browser);

        page.clickErrorFor("email");
        assertThat(page.focusedElementId()).isEqualTo("email");

        SentPage sent = page.email(email).agree().send().sent();

        assertThat(sent.heading()).isEqualTo("Thank you for your letter");
        String reference = sent.reference();
        assertThat(reference).matches("L-\\d{4}-\\d{5,}");
        Browser.assertAccessible(browser);

        Mailbox.Mail mail = Mailbox.of(email).awaitOne();
        assertThat(mail.subject()).contains(reference);
        browser.get(mail.link("/confirm/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Confirm your letter");
        Browser.assertAccessible(browser);
        browser.findElement(By.id("confirmLetter")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".status-words")));

        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .contains("your letter is confirmed");
        assertThat(browser.findElement(By.cssSelector(".status-words")).getText())
                .isEqualTo("received");
        assertThat(browser.findElement(By.cssSelector(".as-sent")).getText()).startsWith("Four of the eleven");
        Browser.assertAccessible(browser);

        browser.findElement(By.id("withdrawLetter")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".error-summary"), "Tick"));
        assertThat(browser.findElement(By.cssSelector(".status-words")).getText())
                .isEqualTo("received");
        Browser.assertAccessible(browser);
        browser.findElement(By.id("reallyWithdraw")).click();
        browser.findElement(By.id("withdrawLetter")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBe(By.cssSelector(".status-words"), "withdrawn by you"));
        assertThat(browser.findElements(By.id("withdrawLetter"))).isEmpty();
    }

    @Test
    void anEmptyFormIsRefusedWithAMessageForEachRequiredField(WebDriver browser) {
        WritePage page = WritePage.open(browser, base);

        page.send();

        assertThat(page.errorSummary())
                .containsExactly(
                        "Enter your name",
                        "Enter your email address",
                        "Enter your letter",
                        "Tick the box to say you agree to how we use your details");
        assertThat(browser.getTitle()).startsWith("Error: ");
        Browser.assertAccessible(browser);
    }

    @Test
    void theWordCountWarnsButDoesNotBlock(WebDriver browser) {
        WritePage page = WritePage.open(browser, base);

        page.letter("word ".repeat(360));

        assertThat(page.wordCount())
                .isEqualTo("360 words, 10 over our limit of 350. You can still send it: we may cut it.");
    }
}
