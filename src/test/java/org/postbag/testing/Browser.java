package org.postbag.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.postbag.testing.pages.SignInPage;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver so that Selenium downloads
 * nothing. A fresh profile for every test. Where Chromium is not installed, browser tests are
 * skipped with a message saying so; CI installs it, so there they always run.
 *
 * <p>Use with {@code @ExtendWith(Browser.class)} and a {@link WebDriver} test parameter.
 */
public class Browser implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final String CHROMIUM = System.getProperty("postbag.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("postbag.chromedriver", "/usr/bin/chromedriver");

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        Assumptions.assumeTrue(
                new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
                "Browser test skipped: " + CHROMIUM + " and " + CHROMEDRIVER
                        + " are not installed (apt-get install chromium chromium-driver)");
        Path profile = Files.createTempDirectory("postbag-chromium");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--window-size=1280,900",
                        "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        store(context).put("driver", driver);
        store(context).put("profile", profile);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        WebDriver driver = store(context).remove("driver", WebDriver.class);
        if (driver != null) {
            driver.quit();
        }
        Path profile = store(context).remove("profile", Path.class);
        if (profile != null) {
            try (var paths = Files.walk(profile)) {
                paths.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (UncheckedIOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WebDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return store(context).get("driver", WebDriver.class);
    }

    private static ExtensionContext.Store store(ExtensionContext context) {
        return context.getStore(ExtensionContext.Namespace.create(Browser.class, context.getUniqueId()));
    }

    /**
     * Waits up to 30 seconds for the page to meet the condition (a loaded two-core machine has
     * taken more than 15 for a letter to be sent). An element that an Ajax
     * re-render replaces while the condition reads it counts as "not yet": Chromium reports that
     * as a stale element or, in the middle of the swap, as an inspector error about a node that
     * no longer belongs to the document.
     */
    public static <T> T waitFor(WebDriver driver, ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .until(page -> {
                    try {
                        return condition.apply(page);
                    } catch (WebDriverException e) {
                        if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                            return null;
                        }
                        throw e;
                    }
                });
    }

    /** Sets a field's value directly, for inputs (dates, long text) that typing would make slow or locale-bound. */
    public static void setValue(WebDriver driver, String id, String value) {
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id(id)), value);
    }

    /**
     * Signs in and waits for the queue: the same as {@link SignInPage}, kept for tests that do
     * nothing else on the desk.
     */
    public static void signIn(WebDriver driver, URI base, String email, String password) {
        SignInPage.open(driver, base).signIn(email, password);
    }

    /** Runs axe-core on the page as it is now and fails with the violations, if any. */
    public static void assertAccessible(WebDriver driver) {
        Results results = new AxeBuilder().analyze(driver);
        assertThat(results.getViolations())
                .as(
                        "axe-core violations on %s:%n%s",
                        driver.getCurrentUrl(),
                        results.getViolations().stream().map(Browser::describe).collect(Collectors.joining("\n")))
                .isEmpty();
    }

    private static String describe(Rule rule) {
        return "- " + rule.getId() + ": " + rule.getHelp() + " at "
                + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", "));
    }
}
