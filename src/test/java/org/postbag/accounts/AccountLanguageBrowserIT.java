package org.postbag.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
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
import org.openqa.selenium.support.ui.Select;
import org.postbag.testing.Browser;
import org.postbag.testing.Deployments;
import org.postbag.testing.fixtures.Desk;
import org.postbag.testing.fixtures.Fixtures;
import org.postbag.testing.fixtures.Mailbox;

/**
 * An editor chooses Arabic on their account page: the account page and the desk turn right to left, in Arabic, and
 * the public home page stays in the magazine's English; back to the magazine's language, the desk is English again.
 * Each page is checked with axe-core.
 */
@ExtendWith({ArquillianExtension.class, Browser.class})
@RunAsClient
class AccountLanguageBrowserIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(AccountLanguageBrowserIT.class);
    }

    @ArquillianResource
    URL url;

    private static final By STATUS = By.cssSelector("[role=status]");

    @Test
    void anEditorChoosesArabicForTheirDesk(WebDriver browser) throws Exception {
        URI base = url.toURI().resolve("/");
        String email = Fixtures.uniqueEmail("Rana Haddad");
        invite(browser, base, "Rana Haddad", email);

        Browser.signIn(browser, base, email, Fixtures.PASSWORD);
        browser.get(base.resolve("/account").toString());
        Browser.waitFor(browser, ExpectedConditions.titleContains("Your account"));
        Select language = new Select(browser.findElement(By.id("language")));
        assertThat(language.getOptions())
                .extracting(option -> option.getText())
                .contains("English", "Deutsch", "Français", "العربية");
        Browser.assertAccessible(browser);

        language.selectByVisibleText("العربية");
        browser.findElement(By.id("chooseLanguage")).click();
        Browser.waitFor(browser, ExpectedConditions.textToBePresentInElementLocated(STATUS, "العربية"));
        assertThat(html(browser, "dir")).isEqualTo("rtl");
        assertThat(html(browser, "lang")).isEqualTo("ar");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("حسابك");
        assertThat(new Select(browser.findElement(By.id("language")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("العربية");
        Browser.assertAccessible(browser);

        browser.get(base.resolve("/editor/queue").toString());
        assertThat(html(browser, "dir")).isEqualTo("rtl");
        Browser.assertAccessible(browser);

        browser.get(base.toString());
        assertThat(html(browser, "dir")).as("the public site").isEqualTo("ltr");
        assertThat(html(browser, "lang")).isEqualTo("en-GB");

        browser.get(base.resolve("/account").toString());
        new Select(browser.findElement(By.id("language"))).selectByValue("");
        browser.findElement(By.id("chooseLanguage")).click();
        Browser.waitFor(browser, ExpectedConditions.textToBePresentInElementLocated(STATUS, "English"));
        assertThat(html(browser, "dir")).isEqualTo("ltr");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Your account");
    }

    private static String html(WebDriver browser, String attribute) {
        return browser.findElement(By.tagName("html")).getAttribute(attribute);
    }

    /** An editor account with the fixtures' password, made through the admin's page and the welcome link. */
    private static void invite(WebDriver browser, URI base, String name, String email) {
        Browser.signIn(browser, base, Desk.adminEmail(), Desk.adminPassword());
        browser.get(base.resolve("/admin/users").toString());
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("invite")).click();
        Browser.waitFor(browser, ExpectedConditions.textToBePresentInElementLocated(STATUS, "Invitation sent"));
        browser.findElement(By.id("signOut")).click();
        Browser.waitFor(browser, ExpectedConditions.titleContains("Signed out"));
        String link = Mailbox.of(email).awaitOne().link("/welcome/");
        browser.get(link);
        browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
        browser.findElement(By.id("repeat")).sendKeys(Fixtures.PASSWORD);
        browser.findElement(By.id("choose")).click();
        Browser.waitFor(browser, ExpectedConditions.titleContains("Sign in"));
    }
}
