package org.postbag.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import org.postbag.testing.Browser;
import org.postbag.testing.Deployments;

/** A reader writes a letter in Chromium: makes a mistake, is told, corrects it, sends it. */
@ExtendWith({ArquillianExtension.class, Browser.class})
@RunAsClient
class WriteLetterBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void aReaderCorrectsAMistakeAndSendsTheirLetter(WebDriver browser) {
        WritePage page = WritePage.open(browser, base);
        page.name("Margaret Osei")
                .town("Bradford")
                .email("m.osei.example.com")
                .letter("Four of the eleven stations on the Shipley line still have no step-free access.")
                .send();

        assertThat(page.errorSummary())
                .containsExactly("Enter an email address in the correct format, like name@example.com");
        assertThat(page.fieldError("email")).contains("Enter an email address in the correct format");
        assertThat(page.nameValue()).isEqualTo("Margaret Osei");
        assertThat(page.letterValue()).startsWith("Four of the eleven stations");
        Browser.assertAccessible(browser);

        page.clickErrorFor("email");
        assertThat(page.focusedElementId()).isEqualTo("email");

        SentPage sent = page.email("m.osei@example.com").send().sent();

        assertThat(sent.heading()).isEqualTo("Thank you for your letter");
        assertThat(sent.reference()).matches("L-\\d{4}-\\d{5,}");
        Browser.assertAccessible(browser);
    }

    @Test
    void anEmptyFormIsRefusedWithAMessageForEachRequiredField(WebDriver browser) {
        WritePage page = WritePage.open(browser, base);
        Browser.assertAccessible(browser);

        page.send();

        assertThat(page.errorSummary())
                .containsExactly("Enter your name", "Enter your email address", "Enter your letter");
        assertThat(browser.getTitle()).startsWith("Error: ");
    }
}
