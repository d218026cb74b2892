package org.postbag.testing.pages;

import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.postbag.testing.Browser;

/** The desk's sign-in page. */
public final class SignInPage {

    private final WebDriver browser;
    private final URI base;

    private SignInPage(WebDriver browser, URI base) {
        this.browser = browser;
        this.base = base;
    }

    public static SignInPage open(WebDriver browser, URI base) {
        browser.get(base.resolve("/sign-in").toString());
        return new SignInPage(browser, base);
    }

    /** Signs in and waits for the queue, where the desk sends an editor first. */
    public QueuePage signIn(String email, String password) {
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("signIn")).click();
        Browser.waitFor(browser, ExpectedConditions.titleContains("Queue"));
        return new QueuePage(browser, base);
    }

    /** Sends the password of an account with a second factor and waits for the page to ask for the code. */
    public SignInPage password(String email, String password) {
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("signIn")).click();
        Browser.waitFor(browser, ExpectedConditions.visibilityOfElementLocated(By.id("confirmCode")));
        return this;
    }

    /** Sends the second step's code as it is typed, and stays on the page (for a refused code). */
    public SignInPage sendCode(String code) {
        browser.findElement(By.id("code")).clear();
        browser.findElement(By.id("code")).sendKeys(code);
        browser.findElement(By.id("confirmCode")).click();
        return this;
    }

    /** Enters the second step's code and waits for the queue. */
    public QueuePage code(String code) {
        sendCode(code);
        Browser.waitFor(browser, ExpectedConditions.titleContains("Queue"));
        return new QueuePage(browser, base);
    }

    /** Whether a page that needs signing in sent the browser here. */
    public static boolean isShown(WebDriver browser) {
        Browser.waitFor(browser, ExpectedConditions.titleContains("Sign in"));
        return browser.findElements(By.id("signIn")).size() == 1;
    }
}
