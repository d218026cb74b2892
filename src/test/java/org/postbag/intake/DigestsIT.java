package org.postbag.intake;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.accounts.Account;
import org.postbag.accounts.Role;
import org.postbag.letter.Letter;
import org.postbag.submission.LetterDraft;
import org.postbag.submission.SubmissionOutcome;
import org.postbag.submission.Submissions;
import org.postbag.testing.Deployments;
import org.postbag.testing.fixtures.Fixtures;
import org.postbag.testing.fixtures.Mailbox;

/** The editors' digest, made at instants the test chooses, against real PostgreSQL and SMTP. */
@ExtendWith(ArquillianExtension.class)
class DigestsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(DigestsIT.class);
    }

    @Inject
    Digests digests;

    @Inject
    Fixtures fixtures;

    @Inject
    Submissions submissions;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    /**
     * Emails queued for the address. Every email leaves through the outbox, written in the
     * transaction of the call that sends it: none there after the call means none ever, without
     * waiting to see.
     */
    private long emailsTo(String email) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM outbox_message WHERE lower(recipient) = lower(?1)")
                        .setParameter(1, email)
                        .getSingleResult())
                .longValue();
    }

    /** The first time the digest is due after this instant. */
    private Instant nextDigestAfter(Instant instant) {
        ZonedDateTime local = instant.atZone(digests.schedule().zone());
        ZonedDateTime due =
                local.toLocalDate().atTime(digests.schedule().hour(), 30).atZone(local.getZone());
        return (due.isBefore(local) ? due.plusDays(1) : due).toInstant();
    }

    @Test
    void anEditorsDigestListsNewLettersAndTheLettersTheyHoldOnceADay() throws Exception {
        Account editor = fixtures.account("Dee Gest", Role.EDITOR);
        Letter letter = fixtures.newLetter("Ann Lee", "The trams should run on Sundays, and late.");
        Letter held = fixtures.newLetter("Bob Ray", "The bins were not collected this week.");
        transaction.begin();
        em.find(Letter.class, held.id()).claim(em.find(Account.class, editor.id()), Instant.now());
        transaction.commit();
        Instant due = nextDigestAfter(Instant.now());

        assertThat(digests.sendDue(due.minus(Duration.ofHours(1))))
                .as("not yet the hour")
                .isZero();
        digests.sendDue(due);

        Mailbox.Mail mail = Mailbox.of(editor.email()).awaitOne();
        assertThat(mail.subject()).contains("new").contains("held by you");
        assertThat(mail.body())
                .contains("Dear Dee Gest")
                .contains(letter.reference())
                .contains("by form, Ann Lee, Leeds")
                .contains("Letters you hold (1):\n  " + held.reference());

        digests.sendDue(due.plus(Duration.ofHours(3)));
        assertThat(emailsTo(editor.email())).as("one digest a day").isEqualTo(1);
    }

    @Test
    void nothingIsSentOnADayWithNothingToSay() throws Exception {
        Account editor = fixtures.account("Quiet Day", Role.EDITOR);
        // Far from every letter the tests make: nothing new in the day before, nothing held.
        Instant farAway = nextDigestAfter(Instant.parse("2099-06-01T00:00:00Z"));

        digests.sendDue(farAway);

        assertThat(emailsTo(editor.email())).isZero();
        assertThat(digests.choicesOf(editor.id()).lastDigestOn())
                .isEqualTo(digests.schedule().day(farAway));
    }

    @Test
    void anEditorWhoTurnedTheDigestOffGetsNone() throws Exception {
        Account editor = fixtures.account("No Digest", Role.EDITOR);
        digests.choose(editor.id(), false, false);
        transaction.begin();
        Letter held = fixtures.newLetter("Cy Dunn", "The pier needs mending before summer.");
        em.find(Letter.class, held.id()).claim(em.find(Account.class, editor.id()), Instant.now());
        transaction.commit();

        digests.sendDue(nextDigestAfter(Instant.now()));

        assertThat(emailsTo(editor.email())).isZero();
    }

    @Test
    void anEditorWhoAskedHearsOfEachNewLetterWhenItsWriterConfirmsIt() {
        Account editor = fixtures.account("Each Letter", Role.EDITOR);
        digests.choose(editor.id(), true, true);
        String writer = Fixtures.uniqueEmail("Di Eve");
        Letter letter = ((SubmissionOutcome.Accepted) submissions.submit(
                        LetterDraft.of("Di Eve", "York", writer, "Light the footpath along the river."),
                        Fixtures.person()))
                .letter();
        assertThat(Mailbox.of(editor.email()).messages())
                .as("not before it is confirmed")
                .isEmpty();

        String link = Mailbox.of(writer).awaitOne().link("/confirm/");
        submissions.confirm(link.substring(link.lastIndexOf('/') + 1));

        Mailbox.Mail mail = Mailbox.of(editor.email()).awaitOne();
        assertThat(mail.subject()).contains(letter.reference());
        assertThat(mail.body()).contains("Di Eve, York, by form").contains("/editor/letters/" + letter.reference());
    }
}
