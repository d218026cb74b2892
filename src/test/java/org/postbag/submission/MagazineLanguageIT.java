package org.postbag.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postbag.testing.fixtures.Fixtures.person;
import static org.postbag.testing.fixtures.Fixtures.uniqueEmail;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.accounts.Account;
import org.postbag.accounts.Role;
import org.postbag.editing.Cuts;
import org.postbag.infrastructure.Config;
import org.postbag.infrastructure.web.PublicationState;
import org.postbag.letter.Letter;
import org.postbag.letter.Letters;
import org.postbag.letter.Revision;
import org.postbag.testing.Deployments;
import org.postbag.testing.fixtures.Fixtures;
import org.postbag.testing.fixtures.Mailbox;

/**
 * A magazine that prints in German or Arabic writes to its writers in that language, and its error pages and feeds
 * speak it: the setting switched for the whole server, a letter sent in-container, its email read from GreenMail.
 */
@ExtendWith(ArquillianExtension.class)
class MagazineLanguageIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(MagazineLanguageIT.class);
    }

    @Inject
    Submissions submissions;

    @Inject
    PublicationState publication;

    @Inject
    Cuts cuts;

    @Inject
    Letters letters;

    @Inject
    Fixtures fixtures;

    @Resource
    UserTransaction transaction;

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aGermanMagazineConfirmsALetterInGerman() {
        String email = uniqueEmail("Jutta Lehmann");
        try (Config.Overrides.Scope german = magazineIn("de")) {
            Letter sent = submit("Jutta Lehmann", "Leipzig", email, "Die Straßenbahn fährt wieder durch die Altstadt.");

            Mailbox.Mail mail = Mailbox.of(email).awaitOne();
            assertThat(mail.subject())
                    .startsWith("Bitte bestätigen Sie Ihren Leserbrief an ")
                    .endsWith("(" + sent.reference() + ")");
            assertThat(mail.body())
                    .startsWith("Guten Tag Jutta Lehmann,")
                    .contains("Er hat die Kennung " + sent.reference() + ".")
                    .contains("„Meinen Leserbrief bestätigen“")
                    .contains("/confirm/")
                    .contains("/status/")
                    .contains("Die Leserbriefredaktion, ")
                    .doesNotContain("Dear");
        }
    }

    @Test
    void anArabicMagazineConfirmsALetterInArabic() {
        String email = uniqueEmail("Layla Haddad");
        try (Config.Overrides.Scope arabic = magazineIn("ar")) {
            Letter sent = submit("Layla Haddad", "Beirut", email, "عادت حافلات المدينة إلى العمل هذا الأسبوع.");

            Mailbox.Mail mail = Mailbox.of(email).awaitOne();
            assertThat(mail.subject()).startsWith("يُرجى تأكيد رسالتك إلى ").contains(sent.reference());
            assertThat(mail.body())
                    .startsWith("عزيزنا/عزيزتنا Layla Haddad،")
                    .contains("رقمها المرجعي " + sent.reference())
                    .contains("/confirm/")
                    .contains("/status/")
                    .contains("فريق رسائل القرّاء، ")
                    .doesNotContain("Dear");
        }
    }

    @Test
    void aGermanMagazineAsksForACutInGermanWithTheDayInGerman() {
        try (Config.Overrides.Scope german = magazineIn("de")) {
            Account editor = fixtures.account("Kurz Redakteur", Role.EDITOR);
            Letter letter = fixtures.newLetter(
                    "Jutta Lehmann", "Die Straßenbahn fährt wieder durch die Altstadt, und alle freuen sich darüber.");
            cuts.revise(
                    letter.reference(),
                    version(letter),
                    editor.id(),
                    new Revision.Text("Tram", "Die Straßenbahn fährt wieder.", "Jutta Lehmann, Leipzig"),
                    null);

            cuts.askWriter(letter.reference(), version(letter), editor.id(), "Wir mussten kürzen.");

            Mailbox.Mail mail = Mailbox.of(letter.author().email()).await(2, Duration.ofSeconds(20)).stream()
                    .filter(m -> m.subject().contains("Kürzung"))
                    .findFirst()
                    .orElseThrow();
            assertThat(mail.subject()).contains("Sind Sie mit unserer Kürzung einverstanden?");
            assertThat(mail.body())
                    .startsWith("Guten Tag Jutta Lehmann,")
                    .contains("auf 4 Wörter gekürzt")
                    .contains("Wir mussten kürzen.")
                    .containsPattern("bis zum \\d{1,2}\\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September"
                            + "|Oktober|November|Dezember) \\d{4} nichts");
        }
    }

    @Test
    void anEnglishMagazineStillWritesInEnglish() {
        String email = uniqueEmail("Tom Aldridge");
        try (Config.Overrides.Scope english = magazineIn("en-GB")) {
            submit("Tom Aldridge", "Halifax", email, "The ceiling is where the passengers live.");

            Mailbox.Mail mail = Mailbox.of(email).awaitOne();
            assertThat(mail.subject()).startsWith("Please confirm your letter to ");
            assertThat(mail.body()).startsWith("Dear Tom Aldridge,");
        }
    }

    @Test
    void theErrorPagesAndTheFeedSpeakTheMagazinesLanguage() throws Exception {
        try (Config.Overrides.Scope german = magazineIn("de")) {
            HttpResponse<String> missing = get("/no-such-page");
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.body())
                    .contains("lang=\"de\"")
                    .contains("<h1>Seite nicht gefunden</h1>")
                    .contains("Zu den neuesten Leserbriefen")
                    .doesNotContain("Page not found");

            HttpResponse<String> feed = get("/feeds/letters.atom");
            assertThat(feed.statusCode()).isEqualTo(200);
            assertThat(feed.body())
                    .contains("xml:lang=\"de\"")
                    .contains("<title>Leserbriefe an ")
                    .contains("<subtitle>Die neuesten Leserbriefe in ");
        }
        try (Config.Overrides.Scope arabic = magazineIn("ar")) {
            HttpResponse<String> missing = get("/no-such-page");
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.body())
                    .contains("dir=\"rtl\"")
                    .contains("<h1>الصفحة غير موجودة</h1>")
                    .doesNotContain("Page not found");
            assertThat(get("/feeds/letters.atom").body())
                    .contains("xml:lang=\"ar\"")
                    .contains("<title>رسائل القرّاء إلى ");
        }
    }

    /**
     * The magazine switched to this language for the whole server, as an admin's change does: that change renews the
     * public pages kept in the cache (a new publication version), and so does the return to the language before.
     */
    private Config.Overrides.Scope magazineIn(String tag) {
        Config.Overrides.Scope language = Config.Overrides.forTheServer("POSTBAG_LANGUAGE", tag);
        publicPagesChanged();
        return () -> {
            language.close();
            publicPagesChanged();
        };
    }

    private void publicPagesChanged() {
        try {
            transaction.begin();
            publication.changed();
            transaction.commit();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private int version(Letter letter) {
        return letters.byReference(letter.reference()).orElseThrow().version();
    }

    private Letter submit(String name, String town, String email, String text) {
        SubmissionOutcome outcome = submissions.submit(LetterDraft.of(name, town, email, text), person());
        assertThat(outcome).isInstanceOf(SubmissionOutcome.Accepted.class);
        return ((SubmissionOutcome.Accepted) outcome).letter();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(base.toURI().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
