package org.postbag.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.postbag.testing.Browser;
import org.postbag.testing.Deployments;
import org.postbag.testing.fixtures.Desk;

/**
 * An admin uploads the WordPress export at /admin/import: a cut-short file is refused next to
 * the field, the real one shows its preview (letters with their sign-offs and issues, pages
 * passed over), and the import runs to the end with its counts; an export copied into the
 * import folder on the server goes the same way. Checked with axe-core.
 */
@ExtendWith({ArquillianExtension.class, Browser.class})
@RunAsClient
class ImportBrowserIT {

    private static final Path EXPORT = Path.of("src/test/resources/archive/northern-review.wordpress.xml");

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(ImportBrowserIT.class);
    }

    @ArquillianResource
    URL url;

    @Test
    void anAdminPreviewsAndImportsTheExport(WebDriver browser) throws Exception {
        URI base = url.toURI().resolve("/");
        Browser.signIn(browser, base, Desk.adminEmail(), Desk.adminPassword());
        browser.get(base.resolve("/admin/import").toString());
        Browser.assertAccessible(browser);

        byte[] whole = Files.readAllBytes(EXPORT);
        Path cut = Files.createTempFile("cut-short", ".xml");
        Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
        browser.findElement(By.id("file")).sendKeys(cut.toAbsolutePath().toString());
        browser.findElement(By.id("look")).click();
        Browser.waitFor(browser, ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(browser.findElement(By.id("file-error")).getText()).contains("cut short");
        Browser.assertAccessible(browser);

        browser.findElement(By.id("file")).sendKeys(EXPORT.toAbsolutePath().toString());
        browser.findElement(By.id("look")).click();
        Browser.waitFor(browser, ExpectedConditions.visibilityOfElementLocated(By.id("preview")));
        String preview = browser.findElement(By.id("importForm")).getText();
        assertThat(preview)
                .contains("1 articles and 4 letters")
                .contains("Trams: the co-operative alternative")
                .contains("Margaret Osei, Bradford")
                .contains("Sample Page");
        Browser.assertAccessible(browser);

        browser.findElement(By.id("start")).click();
        Browser.waitFor(
                browser,
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "has started"));
        Browser.waitFor(browser, page -> {
            page.navigate().refresh();
            return page.findElement(By.cssSelector(".import-job")).getText().contains("finished");
        });
        assertThat(browser.findElement(By.cssSelector(".import-job")).getText()).contains("(100%)");
        Browser.assertAccessible(browser);
    }

    @Test
    void anAdminImportsAnExportCopiedIntoTheImportFolder(WebDriver browser) throws Exception {
        Path folder = Files.createDirectories(Path.of(System.getProperty("postbag.it.import.dir")));
        String run = UUID.randomUUID().toString().substring(0, 8);
        String name = "northern-review-" + run + ".xml";
        String odd = "<i>odd & " + run + ".xml";
        Path copy = Files.copy(EXPORT, folder.resolve(name));
        Path oddFile = Files.writeString(folder.resolve(odd), "not an export");
        try {
            URI base = url.toURI().resolve("/");
            Browser.signIn(browser, base, Desk.adminEmail(), Desk.adminPassword());
            browser.get(base.resolve("/admin/import").toString());
            String listed = browser.findElement(By.id("folderFiles")).getText();
            assertThat(listed).contains(name).contains(odd).contains("KB");
            Browser.assertAccessible(browser);

            // A name that leads out of the folder, sent in place of a listed one, is refused.
            WebElement radio = browser.findElement(By.cssSelector("input[name=serverFile][value='" + name + "']"));
            ((JavascriptExecutor) browser).executeScript("arguments[0].value = '../../pom.xml'", radio);
            radio.click();
            browser.findElement(By.id("lookInFolder")).click();
            Browser.waitFor(browser, ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary")));
            assertThat(browser.findElement(By.id("serverFile-error")).getText())
                    .contains("is not a file in the import folder");
            assertThat(browser.findElements(By.id("preview"))).isEmpty();
            Browser.assertAccessible(browser);

            browser.findElement(By.cssSelector("input[name=serverFile][value='" + name + "']"))
                    .click();
            browser.findElement(By.id("lookInFolder")).click();
            Browser.waitFor(browser, ExpectedConditions.visibilityOfElementLocated(By.id("preview")));
            assertThat(browser.findElement(By.id("importForm")).getText())
                    .contains("1 articles and 4 letters")
                    .contains("Margaret Osei, Bradford");
            Browser.assertAccessible(browser);

            browser.findElement(By.id("start")).click();
            Browser.waitFor(
                    browser,
                    ExpectedConditions.textToBePresentInElementLocated(
                            By.cssSelector("[role=status]"), "The import of " + name + " has started"));
            Browser.waitFor(browser, page -> {
                page.navigate().refresh();
                return page.findElement(By.cssSelector(".import-job")).getText().contains("finished");
            });
            assertThat(browser.findElement(By.cssSelector(".import-job")).getText())
                    .contains(name)
                    .contains("(100%)");
        } finally {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(oddFile);
        }
    }

    @Test
    void anExportLargerThanAFormMayCarryIsSentInParts(WebDriver browser) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        byte[] large = GeneratedExport.of(run, 3000, 4000 + new Random().nextInt(5000));
        assertThat(large.length).isGreaterThan(3 * (1 << 20) / 2);
        Path file = Files.createTempFile("large-export-" + run, ".xml");
        Files.write(file, large);
        try {
            URI base = url.toURI().resolve("/");
            Browser.signIn(browser, base, Desk.adminEmail(), Desk.adminPassword());
            browser.get(base.resolve("/admin/import").toString());
            browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
            browser.findElement(By.id("look")).click();
            Browser.waitFor(browser, ExpectedConditions.visibilityOfElementLocated(By.id("preview")));
            assertThat(browser.findElement(By.id("importForm")).getText())
                    .contains("3,000 articles")
                    .contains("Generated article " + run + " 1");
            Browser.assertAccessible(browser);

            browser.findElement(By.id("start")).click();
            Browser.waitFor(
                    browser,
                    ExpectedConditions.textToBePresentInElementLocated(
                            By.cssSelector("[role=status]"), "The import of " + file.getFileName() + " has started"));
            // Stopped here, so that the other imports of this run are not kept waiting behind it.
            browser.findElement(By.cssSelector(".import-job input[type=submit]"))
                    .click();
            Browser.waitFor(
                    browser,
                    ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".import-job"), "cancelled"));
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
