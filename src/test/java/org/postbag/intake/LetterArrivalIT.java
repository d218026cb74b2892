package org.postbag.intake;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.accounts.Account;
import org.postbag.accounts.Role;
import org.postbag.letter.Letters;
import org.postbag.testing.Deployments;
import org.postbag.testing.WebForm;
import org.postbag.testing.fixtures.Desk;
import org.postbag.testing.fixtures.Fixtures;

/**
 * The desk's side of letters by email and post, over HTTP: how a letter arrived on its page,
 * its files as downloads for editors only, the post form, and the account page's choices.
 */
@ExtendWith(ArquillianExtension.class)
class LetterArrivalIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(LetterArrivalIT.class);
    }

    @ArquillianResource
    URL url;

    @Inject
    MailIntake intake;

    @Inject
    LetterDocuments documents;

    @Inject
    Letters letters;

    @Inject
    Digests digests;

    @Inject
    Fixtures fixtures;

    @Test
    void anEmailedLettersPageSaysHowItArrivedAndItsFilesDownloadForEditorsOnly() throws Exception {
        URI base = url.toURI().resolve("/");
        String messageId = TestMessages.newMessageId();
        byte[] docx = TestMessages.docx("Sir,", "The lido must reopen this summer.");
        byte[] raw = TestMessages.bytes(TestMessages.withAttachment(
                messageId,
                "Lou Swim <" + Fixtures.uniqueEmail("Lou Swim") + ">",
                "Lido",
                "Attached.",
                "lido.docx",
                "application/octet-stream",
                docx));
        String reference = intake.take(messageId, raw.length, null, "Lido", raw).letterReference();
        List<DocumentSummary> kept = documents.of(reference);
        long attachment = kept.get(1).id();

        Account editor = fixtures.account("Flo Files", Role.EDITOR);
        HttpClient asEditor = Desk.signedIn(base, editor.email(), Fixtures.PASSWORD);
        HttpResponse<String> page = Desk.get(asEditor, base.resolve("/editor/letters/" + reference));
        assertThat(page.statusCode()).isEqualTo(200);
        Document html = WebForm.parse(page);
        assertThat(html.select(".arrived-by").text()).isEqualTo("email");
        assertThat(html.select(".documents a").eachAttr("href"))
                .containsExactly("/editor/documents/" + kept.get(0).id(), "/editor/documents/" + attachment);
        assertThat(html.select(".extracted-text").text()).contains("The lido must reopen this summer.");

        HttpResponse<byte[]> download = asEditor.send(
                HttpRequest.newBuilder(base.resolve("/editor/documents/" + attachment))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(docx);
        assertThat(download.headers().firstValue("Content-Type").orElseThrow())
                .startsWith(AttachmentText.Format.DOCX.contentType());
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=\"lido.docx\"");
        assertThat(download.headers().allValues("Cache-Control")).contains("no-store");

        HttpResponse<String> original = Desk.get(
                asEditor, base.resolve("/editor/documents/" + kept.get(0).id()));
        assertThat(original.headers().firstValue("Content-Type").orElseThrow()).startsWith("message/rfc822");
        assertThat(original.body()).contains(messageId);

        HttpResponse<String> anonymous = Desk.get(WebForm.client(), base.resolve("/editor/documents/" + attachment));
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).contains("/sign-in");
        assertThat(Desk.get(asEditor, base.resolve("/editor/documents/999999999"))
                        .statusCode())
                .isEqualTo(404);
    }

    /** The form itself is tested in Chromium ({@link PostBrowserIT}), which sends it as multipart with its scan. */
    @Test
    void thePostFormSentAsAnythingButMultipartIsRefusedNotAServerError() throws Exception {
        URI base = url.toURI().resolve("/");
        Account editor = fixtures.account("Ned Post", Role.EDITOR);
        HttpClient asEditor = Desk.signedIn(base, editor.email(), Fixtures.PASSWORD);

        HttpResponse<String> refused = WebForm.read(asEditor, base.resolve("/editor/post"), "postForm")
                .set("name", "Olive Ink")
                .set("body", "Sir,\n\nThe market cross needs cleaning.")
                .set("verifiedBy", "Phoned her")
                .press("enter");

        assertThat(refused.statusCode()).isEqualTo(415);
    }

    @Test
    void theQueueSaysHowEachLetterArrivedAndTheMailboxPageListsWhatCouldNotBeRead() throws Exception {
        URI base = url.toURI().resolve("/");
        String messageId = TestMessages.newMessageId();
        byte[] raw = TestMessages.bytes(TestMessages.malformed(messageId, "broken@example.org"));
        intake.take(messageId, raw.length, "broken@example.org", "Broken", raw);
        fixtures.newLetter("Queue Reader", "A letter for the queue to show.");

        HttpClient asEditor = Desk.signedIn(base, Desk.adminEmail(), Desk.adminPassword());
        Document queue = WebForm.parse(Desk.get(asEditor, base.resolve("/editor/queue")));
        assertThat(queue.select(".queue-row .arrival").eachText())
                .isNotEmpty()
                .allMatch(text -> text.matches("by (form|email|post)"));

        Document mailbox = WebForm.parse(Desk.get(asEditor, base.resolve("/editor/mailbox")));
        assertThat(mailbox.select(".mailbox-on").text()).contains("letters-in@postbag.test");
        assertThat(mailbox.select(".unreadable-message").text())
                .contains("broken@example.org")
                .contains("MIME structure is broken");
    }

    @Test
    void anEditorChoosesWhatTheyHearOnTheirAccountPage() throws Exception {
        URI base = url.toURI().resolve("/");
        Account editor = fixtures.account("Cho Ice", Role.EDITOR);
        HttpClient asEditor = Desk.signedIn(base, editor.email(), Fixtures.PASSWORD);

        WebForm form = WebForm.read(asEditor, base.resolve("/editor/account"), "alertsForm");
        assertThat(form.value("dailyDigest"))
                .as("the digest is on unless turned off")
                .isEqualTo("on");
        assertThat(form.value("eachNewLetter")).isNull();
        HttpResponse<String> saved =
                form.remove("dailyDigest").check("eachNewLetter").press("save");

        assertThat(saved.statusCode()).isEqualTo(302);
        EditorAlert alert = digests.choicesOf(editor.id());
        assertThat(alert.dailyDigest()).isFalse();
        assertThat(alert.eachNewLetter()).isTrue();
    }
}
