package org.postbag.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
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
import org.postbag.infrastructure.Hashing;
import org.postbag.letter.Author;
import org.postbag.letter.Letter;
import org.postbag.letter.LetterStatus;
import org.postbag.letter.Letters;
import org.postbag.linking.Linking;
import org.postbag.linking.ReplyLinkSource;
import org.postbag.submission.LetterDraft;
import org.postbag.submission.SubmissionOutcome;
import org.postbag.submission.Submissions;
import org.postbag.testing.Deployments;
import org.postbag.testing.WebForm;
import org.postbag.testing.fixtures.Fixtures;
import org.postbag.testing.fixtures.Mailbox;

/**
 * Private links do not work for ever: the writer's status link expires a while after the
 * letter's outcome, and an invitation to reply at its date. An expired link gets a page that
 * says so and what to do, never the letter and never an error.
 */
@ExtendWith(ArquillianExtension.class)
class PrivateLinksIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(PrivateLinksIT.class);
    }

    @ArquillianResource
    URL url;

    @Inject
    Submissions submissions;

    @Inject
    Letters letters;

    @Inject
    Linking linking;

    @Inject
    Fixtures fixtures;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    private final HttpClient client = WebForm.client();

    @Test
    void theStatusLinkExpiresAWhileAfterTheLettersOutcomeAndSaysWhatToDo() throws Exception {
        String withdrawnLongAgo = Hashing.newToken();
        String withdrawnLately = Hashing.newToken();
        String openLongAgo = Hashing.newToken();
        String oldLetter = storeConfirmedLetter(withdrawnLongAgo, "Long withdrawn");
        submissions.withdraw(withdrawnLongAgo);
        storeConfirmedLetter(withdrawnLately, "Lately withdrawn");
        submissions.withdraw(withdrawnLately);
        String openLetter = storeConfirmedLetter(openLongAgo, "Still waiting");
        moveBack(oldLetter, Duration.ofDays(91));
        moveBack(openLetter, Duration.ofDays(400));

        HttpResponse<String> expired = get("/status/" + withdrawnLongAgo);
        Document page = WebForm.parse(expired);
        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(page.select("h1").text()).isEqualTo("This link has expired");
        assertThat(page.select(".expired-notice").text())
                .startsWith("This link stopped working on ")
                .contains("for 90 days after its outcome")
                .contains("reply to one of our emails about it");
        assertThat(expired.body()).doesNotContain("Long withdrawn", oldLetter);
        assertThat(get("/confirm/" + withdrawnLongAgo).statusCode()).isEqualTo(410);

        HttpResponse<String> recent = get("/status/" + withdrawnLately);
        assertThat(recent.statusCode()).isEqualTo(200);
        assertThat(WebForm.parse(recent).select(".status-words").text()).isEqualTo("withdrawn by you");

        HttpResponse<String> open = get("/status/" + openLongAgo);
        assertThat(open.statusCode())
                .as("an open letter's link works however old")
                .isEqualTo(200);
        assertThat(open.body()).contains("Still waiting");
    }

    @Test
    void anExpiredInvitationToReplyIsRefusedWithADateAndTheFormStillWorks() throws Exception {
        // A piece of its own to answer: the sample debate's threads are shared by other tests.
        String invitee = "Invitee " + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
        String article = fixtures.publishedLetter(
                        Fixtures.uniqueIssueNumber(),
                        "Trams, again",
                        invitee,
                        "Leeds",
                        "The trams will never come back to this valley.")
                .reference();
        Account editor = fixtures.account("Invitation Editor", Role.EDITOR);
        String critic = "Critic " + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
        Letter letter = fixtures.newLetter(critic, "The last letter is wrong about the trams. " + System.nanoTime());
        linking.link(letter.reference(), version(letter), editor.id(), article, ReplyLinkSource.EDITOR, null, null);
        linking.invite(letter.reference(), version(letter), editor.id(), article);
        Mailbox.Mail mail =
                Mailbox.of(invitee.toLowerCase().replace(' ', '.') + "@example.org")
                        .await(1, Duration.ofSeconds(20))
                        .stream()
                        .filter(m -> m.body().contains(critic))
                        .findFirst()
                        .orElseThrow();
        assertThat(mail.body()).contains("The link works until ");
        String link = mail.link("/write?invitation=");
        String token = link.substring(link.indexOf('=') + 1);
        assertThat(WebForm.parse(get("/write?invitation=" + token)).select("input[name=invitation]"))
                .as("open: the form carries the invitation")
                .hasSize(1);

        transaction.begin();
        em.createNativeQuery("UPDATE invitation SET sent_at = sent_at - interval '31 days',"
                        + " expires_at = now() - interval '1 day'"
                        + " WHERE letter_id = (SELECT id FROM letter WHERE reference = ?1)")
                .setParameter(1, letter.reference())
                .executeUpdate();
        transaction.commit();

        HttpResponse<String> expired = get("/write?invitation=" + token);
        Document page = WebForm.parse(expired);
        assertThat(expired.statusCode()).isEqualTo(200);
        assertThat(page.select(".invitation-refused").text())
                .startsWith("This invitation to reply expired on ")
                .contains("You can still write to us with the form below");
        assertThat(page.select("input[name=invitation]")).isEmpty();
        assertThat(page.getElementById("email").val()).isEmpty();
        assertThat(linking.invitationView(token)).isEmpty();

        Letter reply = ((SubmissionOutcome.Accepted) submissions.submit(
                        new LetterDraft(
                                invitee,
                                "Leeds",
                                Fixtures.uniqueEmail("Invitee"),
                                null,
                                null,
                                "I stand by what I wrote, late as I am. " + System.nanoTime(),
                                false,
                                List.of(),
                                null,
                                token),
                        Fixtures.person()))
                .letter();
        assertThat(em.createNativeQuery(
                                "SELECT count(*) FROM reply_link WHERE letter_id = ?1 AND source = 'INVITATION'")
                        .setParameter(1, reply.id())
                        .getSingleResult())
                .as("an expired invitation links nothing")
                .isEqualTo(0L);
    }

    @Test
    void aLetterNotYetConfirmedCanBeWithdrawnAndWithdrawingAsksOnce() throws Exception {
        String token = Hashing.newToken();
        storeLetter(token, "Second thoughts", false);

        Document page = WebForm.parse(get("/status/" + token));

        assertThat(page.select(".status-words").text()).isEqualTo(LetterStatus.UNCONFIRMED.forTheWriter());
        assertThat(page.select("#withdrawLetter")).hasSize(1);
        assertThat(page.select("input[type=checkbox]#reallyWithdraw")).hasSize(1);
        assertThat(page.select("label[for=reallyWithdraw]").text()).isEqualTo("I want to withdraw this letter");
    }

    @Test
    void anUnknownInvitationLinkSaysSoInsteadOfShowingAnUnmarkedForm() throws Exception {
        Document unknown = WebForm.parse(get("/write?invitation=" + Hashing.newToken()));

        assertThat(unknown.select(".invitation-refused").text()).startsWith("We do not recognise this invitation link");
        assertThat(unknown.select("input[name=invitation]")).isEmpty();
    }

    /** A confirmed letter whose private token the test knows, as if the writer had followed the email. */
    private String storeConfirmedLetter(String token, String text) throws Exception {
        return storeLetter(token, text, true);
    }

    private String storeLetter(String token, String text, boolean confirmed) throws Exception {
        Instant received = Instant.now();
        transaction.begin();
        Letter letter = new Letter(
                letters.nextReference(received),
                new Author("Link Holder", "Ripon", Fixtures.uniqueEmail("Link Holder")),
                false,
                null,
                text + " " + System.nanoTime(),
                received);
        letter.provenance().arrivedThrough(null, Hashing.sha256(token), null, null, null);
        if (confirmed) {
            letter.confirm(received);
        }
        letters.add(letter);
        transaction.commit();
        return letter.reference();
    }

    /** As if everything that happened to the letter had happened that much earlier. */
    private void moveBack(String reference, Duration by) throws Exception {
        String interval = by.toDays() + " days";
        transaction.begin();
        em.createNativeQuery("UPDATE letter SET received_at = received_at - cast(?2 AS interval),"
                        + " confirmed_at = confirmed_at - cast(?2 AS interval) WHERE reference = ?1")
                .setParameter(1, reference)
                .setParameter(2, interval)
                .executeUpdate();
        em.createNativeQuery("UPDATE letter_event SET at = at - cast(?2 AS interval)"
                        + " WHERE letter_id = (SELECT id FROM letter WHERE reference = ?1)")
                .setParameter(1, reference)
                .setParameter(2, interval)
                .executeUpdate();
        transaction.commit();
    }

    private int version(Letter letter) {
        return letters.byReference(letter.reference()).orElseThrow().version();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(url.toURI().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
