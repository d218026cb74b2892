package org.postbag.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.postbag.testing.Browser;
import org.postbag.testing.Deployments;
import org.postbag.testing.fixtures.Desk;
import org.postbag.testing.fixtures.Fixtures;
import org.postbag.testing.fixtures.Mailbox;
import org.postbag.testing.pages.SignInPage;

/**
 * An editor sets up a second factor on their account page, with the QR code's key read back
 * from the page as an authenticator app would, keeps the recovery codes shown once, and signs
 * in again with password and code. Each page is checked with axe-core on the way.
 */
@ExtendWith({ArquillianExtension.class, Browser.class})
@RunAsClient
class SecondFactorBrowserIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(SecondFactorBrowserIT.class);
    }

    @ArquillianResource
    URL url;

    private static final By STATUS = By.cssSelector("[role=status]");

    private final Totp app = new Totp();

    @Test
    void anEditorSetsUpASecondFactorAndSignsInWithACode(WebDriver browser) throws Exception {
        URI base = url.toURI().resolve("/");
        String email = Fixtures.uniqueEmail("Tess Twostep");
        String password = "two steps to the desk";
        invite(browser, base, "Tess Twostep", email, password);

        Browser.signIn(browser, base, email, password);
        browser.findElement(By.linkText("Your account")).click();
        Browser.waitFor(browser, ExpectedConditions.titleContains("Your account"));
        assertThat(browser.findElement(By.id("secondFactorState")).getText()).startsWith("Off");
        Browser.assertAccessible(browser);

        browser.findElement(By.id("startEnrolment")).click();
        Browser.waitFor(browser, ExpectedConditions.visibilityOfElementLocated(By.id("totpKey")));
        assertThat(browser.findElements(By.cssSelector(".qr svg[role=img]"))).hasSize(1);
        Browser.assertAccessible(browser);
        byte[] secret =
                SecondFactorIT.base32(browser.findElement(By.id("totpKey")).getText());

        browser.findElement(By.id("code"))
                .sendKeys("000000".equals(app.code(secret, Instant.now())) ? "111111" : "000000");
        browser.findElement(By.id("confirmEnrolment")).click();
        Browser.waitFor(browser, ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(browser.findElement(By.cssSelector(".error-summary")).getText())
                .contains("did not match");
        Browser.assertAccessible(browser);

        browser.findElement(By.id("code")).clear();
        browser.findElement(By.id("code")).sendKeys(app.code(secret, Instant.now()));
        browser.findElement(By.id("confirmEnrolment")).click();
        Browser.waitFor(browser, ExpectedConditions.textToBePresentInElementLocated(STATUS, "second factor is set up"));
        List<String> recoveryCodes = browser.findElements(By.cssSelector("#recoveryCodes code")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(recoveryCodes).hasSize(10);
        assertThat(browser.findElement(By.id("secondFactorState")).getText()).startsWith("On since");
        Browser.assertAccessible(browser);
        browser.navigate().refresh();
        assertThat(browser.findElements(By.id("recoveryCodes")))
                .as("shown once")
                .isEmpty();
        browser.get(base.resolve("/editor/queue").toString());
        assertThat(browser.getTitle())
                .as("this session goes on after the change")
                .contains("Queue");

        browser.findElement(By.id("signOut")).click();
        Browser.waitFor(browser, ExpectedConditions.titleContains("Signed out"));
        SignInPage signIn = SignInPage.open(browser, base).password(email, password);
        assertThat(browser.manage().getCookieNamed("JSESSIONID"))
                .as("no session before the code")
                .isNull();
        Browser.assertAccessible(browser);
        signIn.sendCode("");
        Browser.waitFor(browser, ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(browser.findElement(By.cssSelector(".error-summary")).getText())
                .contains("Enter the code from your app");
        Browser.assertAccessible(browser);

        // The code of the step after the one that confirmed the set-up: that one is spent.
        signIn.code(app.code(secret, Instant.now().plusSeconds(30)));
        assertThat(browser.findElement(By.cssSelector(".signed-in-as")).getText())
                .contains("Tess Twostep");
    }

    private static void invite(WebDriver browser, URI base, String name, String email, String password) {
        Browser.signIn(browser, base, Desk.adminEmail(), Desk.adminPassword());
        browser.get(base.resolve("/admin/users").toString());
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("invite")).click();
        Browser.waitFor(browser, ExpectedConditions.textToBePresentInElementLocated(STATUS, "Invitation sent"));
        browser.findElement(By.id("signOut")).click();
        Browser.waitFor(browser, ExpectedConditions.titleContains("Signed out"));
        browser.get(Mailbox.of(email).awaitOne().link("/welcome/"));
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("repeat")).sendKeys(password);
        browser.findElement(By.id("choose")).click();
        Browser.waitFor(browser, ExpectedConditions.textToBePresentInElementLocated(STATUS, "Your password is set"));
    }
}
