package org.postbag.admin;

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
import org.postbag.testing.Browser;
import org.postbag.testing.Deployments;
import org.postbag.testing.fixtures.Desk;
import org.postbag.testing.fixtures.Fixtures;
import org.postbag.testing.fixtures.Mailbox;
import org.postbag.testing.pages.SignInPage;

/**
 * An admin invites an editor from the People page; the editor opens the link from the email,
 * chooses a password and signs in to the queue. The admin pages are checked with axe-core on
 * the way.
 */
@ExtendWith({ArquillianExtension.class, Browser.class})
@RunAsClient
class InviteBrowserIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(InviteBrowserIT.class);
    }

    @ArquillianResource
    URL url;

    private static final By STATUS = By.cssSelector("[role=status]");

    @Test
    void anInvitedEditorSetsAPasswordAndSignsIn(WebDriver browser) throws Exception {
        URI base = url.toURI().resolve("/");
        String email = Fixtures.uniqueEmail("Nadia Okafor");
        String password = "tram lines and teacups";

        SignInPage.open(browser, base).signIn(Desk.adminEmail(), Desk.adminPassword());
        browser.get(base.resolve("/admin/users").toString());
        Browser.assertAccessible(browser);
        browser.findElement(By.id("invite")).click();
        Browser.waitFor(browser, ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(browser.findElement(By.cssSelector(".error-summary")).getText())
                .contains("Enter the editor’s name")
                .contains("Enter the editor’s email address");
        Browser.assertAccessible(browser);
        browser.findElement(By.id("name")).sendKeys("Nadia Okafor");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("invite")).click();
        Browser.waitFor(browser, ExpectedConditions.textToBePresentInElementLocated(STATUS, "Invitation sent"));
        assertThat(browser.findElements(By.cssSelector(".flash")))
                .as("the success message, once")
                .hasSize(1);
        assertThat(browser.findElement(By.cssSelector("table.accounts")).getText())
                .contains("Nadia Okafor")
                .contains("invited");

        browser.get(base.resolve("/admin/settings").toString());
        Browser.assertAccessible(browser);
        browser.get(base.resolve("/admin/privacy").toString());
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("lookUp")).click();
        Browser.waitFor(browser, ExpectedConditions.textToBePresentInElementLocated(STATUS, "emails"));
        Browser.assertAccessible(browser);

        browser.findElement(By.id("signOut")).click();
        Browser.waitFor(browser, ExpectedConditions.titleContains("Signed out"));

        browser.get(Mailbox.of(email).awaitOne().link("/welcome/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Choose your password");
        Browser.assertAccessible(browser);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("repeat")).sendKeys(password + " typo");
        browser.findElement(By.id("choose")).click();
        Browser.waitFor(browser, ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(browser.findElement(By.cssSelector(".error-summary")).getText())
                .contains("not the same");
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("repeat")).sendKeys(password);
        browser.findElement(By.id("choose")).click();
        Browser.waitFor(browser, ExpectedConditions.textToBePresentInElementLocated(STATUS, "Your password is set"));

        SignInPage.open(browser, base).signIn(email, password);
        assertThat(browser.getTitle()).contains("Queue");
        browser.get(base.resolve("/admin/users").toString());
        assertThat(browser.getTitle()).containsIgnoringCase("not allowed");
    }
}
