package org.postbag.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.postbag.testing.fixtures.Fixtures.person;
import static org.postbag.testing.fixtures.Fixtures.uniqueEmail;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.infrastructure.DomainException;
import org.postbag.infrastructure.Hashing;
import org.postbag.letter.Author;
import org.postbag.letter.FlagKind;
import org.postbag.letter.Letter;
import org.postbag.letter.LetterReference;
import org.postbag.letter.LetterStatus;
import org.postbag.letter.Letters;
import org.postbag.testing.Deployments;
import org.postbag.testing.fixtures.Mailbox;

/** Letters in: stored, one email each, confirmed, followed, withdrawn, purged. Real PostgreSQL and SMTP. */
@ExtendWith(ArquillianExtension.class)
class SubmissionsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(SubmissionsIT.class);
    }

    @Inject
    Submissions submissions;

    @Inject
    Letters letters;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    private static final String TEXT = "The ceiling is where the passengers live.\n\nSo say I.";

    private Letter accepted(SubmissionOutcome outcome) {
        assertThat(outcome).isInstanceOf(SubmissionOutcome.Accepted.class);
        return ((SubmissionOutcome.Accepted) outcome).letter();
    }

    @Test
    void aLetterIsStoredAsSentAndItsWriterGetsExactlyOneConfirmationEmail() {
        String email = uniqueEmail("Tom Aldridge");
        Letter sent = accepted(submissions.submit(LetterDraft.of("Tom Aldridge", "Halifax", email, TEXT), person()));

        Letter stored = letters.byReference(sent.reference()).orElseThrow();
        assertThat(LetterReference.isWellFormed(stored.reference())).isTrue();
        assertThat(stored.author().signOff()).isEqualTo("Tom Aldridge, Halifax");
        assertThat(stored.originalBody()).isEqualTo(TEXT);
        assertThat(stored.wordCount()).isEqualTo(10);
        assertThat(stored.status()).isEqualTo(LetterStatus.UNCONFIRMED);

        Mailbox.Mail mail = Mailbox.of(email).awaitOne();
        assertThat(mail.subject()).contains(sent.reference());
        assertThat(mail.body())
                .contains("Dear Tom Aldridge")
                .contains("/confirm/")
                .contains("/status/");
        // Rather than wait for "nothing more": once no email for the address is left to send,
        // what the mailbox holds is all it will ever hold.
        assertThat(emailsTo(email)).isEqualTo(1);
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> unsentEmailsTo(email) == 0);
        assertThat(Mailbox.of(email).messages()).hasSize(1);
    }

    @Test
    void confirmingThroughTheLinkPutsTheLetterInTheQueue() {
        String email = uniqueEmail("Margaret Osei");
        Letter sent = accepted(submissions.submit(LetterDraft.of("Margaret Osei", "Bradford", email, TEXT), person()));
        String token = token(Mailbox.of(email).awaitOne().link("/confirm/"));

        assertThat(submissions.confirm(token)).isEqualTo(ConfirmationOutcome.CONFIRMED);
        assertThat(submissions.confirm(token)).isEqualTo(ConfirmationOutcome.ALREADY_CONFIRMED);

        Letter confirmed = letters.byReference(sent.reference()).orElseThrow();
        assertThat(confirmed.status()).isEqualTo(LetterStatus.NEW);
        assertThat(confirmed.confirmedAt()).isNotNull();
        assertThat(submissions.letterFor(token)).contains(confirmed);
    }

    @Test
    void aLinkThatIsNotOursFindsNothing() {
        assertThat(submissions.confirm("not-a-token")).isEqualTo(ConfirmationOutcome.UNKNOWN);
        assertThat(submissions.confirm(Hashing.newToken())).isEqualTo(ConfirmationOutcome.UNKNOWN);
        assertThat(submissions.letterFor(null)).isEmpty();
    }

    @Test
    void aConfirmationLinkOlderThanTheRetentionPeriodIsRefused() throws Exception {
        String token = Hashing.newToken();
        String reference = storeLetterReceived(Instant.now().minus(Duration.ofDays(8)), token);

        assertThat(submissions.confirm(token)).isEqualTo(ConfirmationOutcome.EXPIRED);
        assertThat(letters.byReference(reference).orElseThrow().status()).isEqualTo(LetterStatus.UNCONFIRMED);
    }

    @Test
    void unconfirmedLettersArePurgedAfterTheRetentionPeriodAndOthersAreKept() throws Exception {
        String old = storeLetterReceived(Instant.now().minus(Duration.ofDays(8)), Hashing.newToken());
        String recent = storeLetterReceived(Instant.now().minus(Duration.ofDays(2)), Hashing.newToken());

        assertThat(submissions.purgeUnconfirmed()).isGreaterThanOrEqualTo(1);

        assertThat(letters.byReference(old)).isEmpty();
        assertThat(letters.byReference(recent)).isPresent();
    }

    @Test
    void theSameFormSentTwiceStoresOneLetter() {
        String email = uniqueEmail("Anil Mehta");
        Sender sender = person();
        Letter first = accepted(submissions.submit(LetterDraft.of("Anil Mehta", "Saltaire", email, TEXT), sender));

        SubmissionOutcome again = submissions.submit(LetterDraft.of("Anil Mehta", "Saltaire", email, TEXT), sender);

        assertThat(again).isEqualTo(new SubmissionOutcome.AlreadyReceived(first));
        assertThat(letters.countFromAddressSince(email, Instant.now().minus(Duration.ofHours(1))))
                .isEqualTo(1);
    }

    @Test
    void theSameTextFromTheSameWriterWithinADayIsRecognisedNotStoredTwice() {
        String email = uniqueEmail("Sam Whitfield");
        String text = "Could the setter explain 14 across? " + System.nanoTime();
        Letter first = accepted(submissions.submit(LetterDraft.of("Sam Whitfield", "Otley", email, text), person()));

        SubmissionOutcome retyped = submissions.submit(
                LetterDraft.of("Sam Whitfield", "Otley", email.toUpperCase(), "  " + text.toUpperCase() + "\n"),
                person());

        assertThat(retyped).isEqualTo(new SubmissionOutcome.AlreadyReceived(first));
    }

    @Test
    void theSameTextFromAnotherWriterIsStoredAndFlaggedAsADuplicate() {
        String text = "Save our trams! Sign the petition. " + System.nanoTime();
        Letter first = accepted(
                submissions.submit(LetterDraft.of("Ann Ash", "Leeds", uniqueEmail("Ann Ash"), text), person()));

        Letter second = accepted(
                submissions.submit(LetterDraft.of("Bob Birch", "York", uniqueEmail("Bob Birch"), text), person()));

        assertThat(letters.byReference(second.reference()).orElseThrow().flags().all())
                .anySatisfy(flag -> {
                    assertThat(flag.kind()).isEqualTo(FlagKind.DUPLICATE);
                    assertThat(flag.reason()).contains(first.reference());
                });
    }

    @Test
    void theHiddenFieldFilledInSendsTheLetterToSpamWithoutAnEmail() {
        String email = uniqueEmail("Best Deals");
        Sender robot = new Sender("r" + System.nanoTime(), "203.0.113.9", true, Duration.ofMinutes(1));

        Letter letter =
                accepted(submissions.submit(LetterDraft.of("Best Deals", "", email, "Great article!!!"), robot));

        Letter stored = letters.byReference(letter.reference()).orElseThrow();
        assertThat(stored.status()).isEqualTo(LetterStatus.SPAM);
        assertThat(stored.flags().has(FlagKind.HONEYPOT)).isTrue();
        // Every email leaves through the outbox, written in the submission's own transaction:
        // none there now means none ever, without waiting to see.
        assertThat(emailsTo(email)).isZero();
        assertThat(Mailbox.of(email).messages()).isEmpty();
    }

    @Test
    void aFormSentFasterThanAPersonCouldFillItInIsFlaggedForAnEditorNotSpam() {
        Sender quick = new Sender("q" + System.nanoTime(), "203.0.113.10", false, Duration.ofMillis(300));
        String email = uniqueEmail("Quick Paster");

        Letter letter = accepted(submissions.submit(LetterDraft.of("Quick Paster", "", email, "Fine words."), quick));

        Letter stored = letters.byReference(letter.reference()).orElseThrow();
        assertThat(stored.status()).isEqualTo(LetterStatus.UNCONFIRMED);
        assertThat(stored.flags().has(FlagKind.TOO_FAST)).isTrue();
        assertThat(stored.flags().all())
                .anySatisfy(flag -> assertThat(flag.reason()).contains("300 ms"));
        assertThat(Mailbox.of(email).awaitOne().subject()).containsIgnoringCase("confirm");
    }

    @Test
    void aLetterFullOfLinksIsSpamAndALongOneIsFlagged() {
        String links = "Visit http://a.example/ http://b.example/ http://c.example/ http://d.example/ now";
        Letter spam =
                accepted(submissions.submit(LetterDraft.of("Link Man", "", uniqueEmail("Link Man"), links), person()));
        Letter longOne = accepted(submissions.submit(
                LetterDraft.of("Derek Holloway", "Keighley", uniqueEmail("Derek"), "word ".repeat(400)), person()));

        assertThat(letters.byReference(spam.reference()).orElseThrow().status()).isEqualTo(LetterStatus.SPAM);
        Letter stored = letters.byReference(longOne.reference()).orElseThrow();
        assertThat(stored.status()).isEqualTo(LetterStatus.UNCONFIRMED);
        assertThat(stored.flags().all()).anySatisfy(flag -> {
            assertThat(flag.kind()).isEqualTo(FlagKind.OVER_LENGTH);
            assertThat(flag.reason()).isEqualTo("400 words, 50 over the limit of 350");
        });
    }

    @Test
    void aLetterInAnotherLanguageThanTheMagazinesIsFlaggedNotRefused() {
        String french = "Le conseil municipal avait promis un tramway à moins de dix minutes de chaque logement, et"
                + " il n'a tenu cette promesse dans aucun quartier de la ville.";
        Letter sent = accepted(submissions.submit(
                LetterDraft.of("Claire Dubois", "Lyon", uniqueEmail("Claire Dubois"), french), person()));

        Letter stored = letters.byReference(sent.reference()).orElseThrow();
        assertThat(stored.status()).isEqualTo(LetterStatus.UNCONFIRMED);
        assertThat(stored.flags().all()).anySatisfy(flag -> {
            assertThat(flag.kind()).isEqualTo(FlagKind.LANGUAGE);
            assertThat(flag.reason()).isEqualTo("Seems to be written in French, not in English");
        });
        assertThat(letters.byReference(accepted(submissions.submit(
                                        LetterDraft.of("Tom Aldridge", "Halifax", uniqueEmail("Tom"), TEXT), person()))
                                .reference())
                        .orElseThrow()
                        .flags()
                        .has(FlagKind.LANGUAGE))
                .isFalse();
    }

    @Test
    void aReaderCanWithdrawAConfirmedLetterButNotAPublishedOne() throws Exception {
        String email = uniqueEmail("Priya Natarajan");
        Letter sent = accepted(submissions.submit(LetterDraft.of("Priya Natarajan", "Leeds", email, TEXT), person()));
        String token = token(Mailbox.of(email).awaitOne().link("/status/"));
        submissions.confirm(token);

        submissions.withdraw(token);

        assertThat(letters.byReference(sent.reference()).orElseThrow().status()).isEqualTo(LetterStatus.WITHDRAWN);

        String published = Hashing.newToken();
        String reference = storeLetterReceived(Instant.now(), published);
        transaction.begin();
        Letter letter = letters.byReference(reference).orElseThrow();
        letter.confirm(Instant.now());
        letter.approve();
        letter.publish();
        transaction.commit();
        assertThatThrownBy(() -> submissions.withdraw(published))
                .isInstanceOf(DomainException.class)
                .hasMessage("This letter is published, so it can no longer be withdrawn.");
    }

    @Test
    void readerSuggestionsOfWhatTheLetterAnswersAreKeptAsSuggestions() {
        // Only published pieces can be answered; an unknown reference is ignored.
        LetterDraft draft = new LetterDraft(
                "Tom Aldridge",
                "Halifax",
                uniqueEmail("Tom"),
                "12 Mill Lane, Halifax",
                "Trams",
                TEXT,
                true,
                List.of("A-0000-00000"),
                "your article on trams, no. 117",
                null);

        Letter letter = accepted(submissions.submit(draft, person()));

        Letter stored = letters.byReference(letter.reference()).orElseThrow();
        assertThat(stored.nameWithheld()).isTrue();
        assertThat(stored.provenance().contactDetails()).isEqualTo("12 Mill Lane, Halifax");
        assertThat(stored.provenance().citation()).isEqualTo("your article on trams, no. 117");
        assertThat(stored.subject()).isEqualTo("Trams");
    }

    private String storeLetterReceived(Instant received, String token) throws Exception {
        transaction.begin();
        Letter letter = new Letter(
                letters.nextReference(received),
                new Author("Old Letter", "Ripon", uniqueEmail("Old Letter")),
                false,
                null,
                "An old letter. " + System.nanoTime(),
                received);
        letter.provenance().arrivedThrough(null, Hashing.sha256(token), null, null, null);
        letters.add(letter);
        transaction.commit();
        return letter.reference();
    }

    private static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private long emailsTo(String email) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM outbox_message WHERE lower(recipient) = lower(?1)")
                        .setParameter(1, email)
                        .getSingleResult())
                .longValue();
    }

    private long unsentEmailsTo(String email) {
        return ((Number) em.createNativeQuery(
                                "SELECT count(*) FROM outbox_message WHERE lower(recipient) = lower(?1) AND status <> 'SENT'")
                        .setParameter(1, email)
                        .getSingleResult())
                .longValue();
    }
}
