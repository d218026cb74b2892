package org.postbag.i18n.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.util.concurrent.ThreadLocalRandom;
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
import org.openqa.selenium.WebDriver;
import org.postbag.testing.Browser;
import org.postbag.testing.Deployments;
import org.postbag.testing.fixtures.Desk;
import org.postbag.testing.fixtures.Reader;
import org.postbag.testing.pages.LetterPage;
import org.postbag.testing.pages.SignInPage;

/**
 * An editor of a German and then of an Arabic magazine makes up an issue: the issues list, the make-up page, the
 * preview, the articles, the mailbox and the alerts page say so to the browser ({@code lang}, {@code dir}), carry no
 * English word of the desk's texts, and pass axe-core; in Arabic right to left, at a desktop's and a phone's width.
 */
@ExtendWith({ArquillianExtension.class, Browser.class})
@RunAsClient
class MakeUpLanguagesBrowserIT {

    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Dimension PHONE = new Dimension(390, 844);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withTestsOf(MakeUpLanguagesBrowserIT.class);
    }

    @ArquillianResource
    URL url;

    @AfterEach
    void backToTheMagazinesOwnLanguage() throws Exception {
        MagazineLanguage.reset(url);
    }

    @Test
    void anEditorMakesUpAnIssueInGermanAndInArabic(WebDriver browser) throws Exception {
        URI base = base();
        int issue = ThreadLocalRandom.current().nextInt(100_000, 900_000);
        // The letter is the writer's, in the magazine's language: the desk's words are what this test reads.
        String letter = Reader.sendAndConfirm(
                base,
                "Greta Brückner",
                "Die Laternen am Treidelpfad fehlen seit dem Winter, bitte schreiben Sie darüber.");
        SignInPage.open(browser, base).signIn(Desk.adminEmail(), Desk.adminPassword());
        LetterPage.open(browser, base, letter).approve();
        try {
            MagazineLanguage.set(url, "de");
            browser.manage().window().setSize(DESKTOP);

            ArchiveDeskPage issues =
                    ArchiveDeskPage.at(browser, base, "/editor/issues").addIssue(issue, "Juni " + issue, "2026-06-01");
            assertThat(issues.html("lang")).isEqualTo("de");
            assertThat(issues.html("dir")).isEqualTo("ltr");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Hefte");
            issues.assertNoEnglishDeskWords("de").assertAccessible();

            ArchiveDeskPage makeUp =
                    ArchiveDeskPage.at(browser, base, "/editor/issue/" + issue).addToPage(letter);
            assertThat(browser.findElement(By.id("pageForm")).getText())
                    .contains(letter)
                    .contains("auf der Seite, noch nicht öffentlich");
            makeUp.assertNoEnglishDeskWords("de").assertAccessible();
            assertThat(makeUp.budget(1, "Umfang der Seite gespeichert").publishNowOverBudget())
                    .contains("Trotzdem veröffentlichen?");
            makeUp.assertNoEnglishDeskWords("de").assertAccessible().notYet();

            makeUp.preview();
            assertThat(makeUp.html("lang")).isEqualTo("de");
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("Greta Brückner");
            makeUp.assertAccessible();

            for (String page : new String[] {"/editor/articles", "/editor/mailbox", "/editor/account"}) {
                ArchiveDeskPage.at(browser, base, page)
                        .assertNoEnglishDeskWords("de")
                        .assertAccessible();
            }
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("E-Mails zu Ihren Leserbriefen");

            MagazineLanguage.set(url, "ar");
            for (Dimension size : new Dimension[] {DESKTOP, PHONE}) {
                browser.manage().window().setSize(size);
                for (String page : new String[] {
                    "/editor/issues", "/editor/issue/" + issue, "/editor/articles", "/editor/mailbox", "/editor/account"
                }) {
                    ArchiveDeskPage arabic = ArchiveDeskPage.at(browser, base, page);
                    assertThat(arabic.html("lang")).as(page).isEqualTo("ar");
                    assertThat(arabic.html("dir")).as(page).isEqualTo("rtl");
                    assertThat(arabic.fitsItsWidth())
                            .as("%s fits %d pixels without scrolling sideways", page, size.getWidth())
                            .isTrue();
                    arabic.assertNoEnglishDeskWords("ar").assertAccessible();
                }
                ArchiveDeskPage makeUpInArabic = ArchiveDeskPage.at(browser, base, "/editor/issue/" + issue);
                assertThat(makeUpInArabic.publishNowOverBudget()).contains("أتنشرها رغم ذلك؟");
                makeUpInArabic.assertNoEnglishDeskWords("ar").assertAccessible().notYet();
                makeUpInArabic.preview();
                assertThat(makeUpInArabic.html("dir")).isEqualTo("rtl");
                makeUpInArabic.assertAccessible();
            }
        } finally {
            MagazineLanguage.reset(url);
        }
    }

    private URI base() {
        return URI.create(url.toString()).resolve("/");
    }
}
