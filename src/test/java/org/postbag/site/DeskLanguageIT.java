package org.postbag.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.accounts.Account;
import org.postbag.accounts.AccountAdministration;
import org.postbag.accounts.Role;
import org.postbag.intake.Digests;
import org.postbag.letter.Letter;
import org.postbag.submission.LetterDraft;
import org.postbag.submission.SubmissionOutcome;
import org.postbag.submission.Submissions;
import org.postbag.testing.Deployments;
import org.postbag.testing.fixtures.Desk;
import org.postbag.testing.fixtures.Fixtures;
import org.postbag.testing.fixtures.Mailbox;

/**
 * An editor of an English magazine who chose German works the desk in German and hears from Postbag in German, while
 * the public site goes on speaking the magazine's English.
 */
@ExtendWith(ArquillianExtension.class)
class DeskLanguageIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(DeskLanguageIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    AccountAdministration administration;

    @Inject
    Digests digests;

    @Inject
    Submissions submissions;

    @ArquillianResource
    URL url;

    @Test
    void anEditorWhoChoseGermanSeesTheDeskInGermanAndThePublicSiteInEnglish() throws Exception {
        Account editor = fixtures.account("Greta Sprache", Role.EDITOR);
        administration.chooseLanguage(editor.id(), "de");
        URI base = url.toURI().resolve("/");
        HttpClient client = Desk.signedIn(base, editor.email(), Fixtures.PASSWORD);

        HttpResponse<String> queue = Desk.get(client, base.resolve("/editor/queue"));
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body()).contains("<html lang=\"de\" dir=\"ltr\"");

        HttpResponse<String> account = Desk.get(client, base.resolve("/account"));
        assertThat(account.body())
                .contains("<html lang=\"de\"")
                .contains("<h1>Ihr Konto</h1>")
                .contains("Sprache Ihrer Redaktionsseiten");

        HttpResponse<String> home = Desk.get(client, base);
        assertThat(home.body())
                .as("the public site speaks the magazine's language, whoever reads it")
                .contains("<html lang=\"en-GB\" dir=\"ltr\"");
        HttpResponse<String> write = Desk.get(client, base.resolve("/write"));
        assertThat(write.body()).contains("<html lang=\"en-GB\"");
    }

    @Test
    void anEditorWhoChoseGermanGetsTheNewLetterNoticeInGerman() {
        Account editor = fixtures.account("Hanna Post", Role.EDITOR);
        administration.chooseLanguage(editor.id(), "de");
        digests.choose(editor.id(), false, true);

        String writer = Fixtures.uniqueEmail("Ann Lee");
        Letter letter = ((SubmissionOutcome.Accepted) submissions.submit(
                        LetterDraft.of("Ann Lee", "Leeds", writer, "The trams should run on Sundays, and late."),
                        Fixtures.person()))
                .letter();
        String link = Mailbox.of(writer).awaitOne().link("/confirm/");
        submissions.confirm(link.substring(link.lastIndexOf('/') + 1));

        Mailbox.Mail mail = Mailbox.of(editor.email()).awaitOne();
        assertThat(mail.subject()).startsWith("Neuer Leserbrief " + letter.reference());
        assertThat(mail.body())
                .startsWith("Hallo Hanna Post,")
                .contains("Ann Lee, Leeds, über das Formular")
                .contains("Kontoseite")
                .doesNotContain("Dear");
    }

    @Test
    void aNewPasswordLinkGoesInTheAccountsLanguageAndAnInvitationInTheMagazines() {
        Account admin = fixtures.account("Ada Verwaltung", Role.EDITOR, Role.ADMIN);
        Account editor = fixtures.account("Fabienne Langue", Role.EDITOR);
        administration.chooseLanguage(editor.id(), "fr");

        administration.sendNewLink(editor.id(), admin.id());

        Mailbox.Mail reset = Mailbox.of(editor.email()).awaitOne();
        assertThat(reset.subject()).startsWith("Choisissez un nouveau mot de passe");
        assertThat(reset.body()).startsWith("Bonjour Fabienne Langue,").contains("/welcome/");

        String invited = Fixtures.uniqueEmail("New Colleague");
        administration.invite(invited, "New Colleague", EnumSet.of(Role.EDITOR), admin.id());
        assertThat(Mailbox.of(invited).awaitOne().subject()).startsWith("You are invited to the");
    }

    @Test
    void aChoiceOfALanguagePostbagDoesNotSpeakIsRefusedAndNoChoiceIsTheMagazines() {
        Account editor = fixtures.account("Kai Keine", Role.EDITOR);
        assertThatThrownBy(() -> administration.chooseLanguage(editor.id(), "tlh"))
                .hasMessage("Postbag does not speak that language. Choose one from the list.");
        administration.chooseLanguage(editor.id(), "ar");
        administration.chooseLanguage(editor.id(), "");
    }
}
