package org.postbag.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * An editor in Chromium types in a postal letter with its scan, sees it marked as received by
 * post with the scan one click away, and looks at the mailbox and account pages; axe-core
 * checks each page.
 */
@ExtendWith({ArquillianExtension.class, Browser.class})
@RunAsClient
class PostBrowserIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(PostBrowserIT.class);
    }

    @ArquillianResource
    URL url;

    @Test
    void anEditorTypesInAPostalLetterWithItsScan(WebDriver browser) throws Exception {
        URI base = url.toURI().resolve("/");
        Path scan = Files.createTempFile("scan", ".pdf");
        Files.write(scan, TestMessages.pdf("Sir,", "The canal towpath is flooded again."));
        Browser.signIn(browser, base, Desk.adminEmail(), Desk.adminPassword());

        browser.get(base.resolve("/editor/post").toString());
        Browser.assertAccessible(browser);
        browser.findElement(By.id("name")).sendKeys("Vera Canal");
        browser.findElement(By.id("body")).sendKeys("Sir,\n\nThe canal towpath is flooded again.");
        browser.findElement(By.id("enter")).click();
        Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("verifiedBy-error")));
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("Vera Canal");
        Browser.assertAccessible(browser);

        browser.findElement(By.id("address")).sendKeys("7 Lock Lane, Skipton");
        browser.findElement(By.id("verifiedBy")).sendKeys("Phoned the writer, Admin");
        browser.findElement(By.id("scan")).sendKeys(scan.toString());
        browser.findElement(By.id("enter")).click();

        Browser.waitFor(
                browser,
                ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("[role=status]"), "entered from the post"));
        assertThat(browser.findElement(By.cssSelector(".arrived-by")).getText()).isEqualTo("post");
        assertThat(browser.findElement(By.cssSelector(".verified-by")).getText())
                .isEqualTo("Phoned the writer, Admin");
        assertThat(browser.findElement(By.cssSelector(".documents a")).getText())
                .startsWith("Scan of the letter: scan");
        Browser.assertAccessible(browser);

        browser.get(base.resolve("/editor/mailbox").toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Letters mailbox");
        Browser.assertAccessible(browser);

        browser.get(base.resolve("/editor/account").toString());
        assertThat(browser.findElement(By.id("dailyDigest")).isSelected()).isTrue();
        Browser.assertAccessible(browser);
        Files.deleteIfExists(scan);
    }
}
