package org.postbag.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.accounts.Account;
import org.postbag.accounts.Role;
import org.postbag.desk.LetterFile;
import org.postbag.desk.LetterFiles;
import org.postbag.infrastructure.Config;
import org.postbag.infrastructure.Conflicts;
import org.postbag.infrastructure.DomainException;
import org.postbag.letter.Letter;
import org.postbag.letter.LetterStatus;
import org.postbag.letter.Letters;
import org.postbag.letter.StaleLetterException;
import org.postbag.submission.Submissions;
import org.postbag.testing.Deployments;
import org.postbag.testing.fixtures.Fixtures;
import org.postbag.testing.fixtures.Mailbox;

/** Every editor's action on a real letter in PostgreSQL, its audit trail, and its refusals. */
@ExtendWith(ArquillianExtension.class)
class ModerationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(ModerationIT.class);
    }

    @Inject
    Moderation moderation;

    @Inject
    LetterFiles files;

    @Inject
    Letters letters;

    @Inject
    RejectionTemplates templates;

    @Inject
    Submissions submissions;

    @Inject
    Fixtures fixtures;

    @Inject
    BulkUndo bulkUndo;

    @PersistenceContext
    EntityManager em;

    private Letter letter() {
        return fixtures.newLetter("Anil Mehta", "I do not mind who owns the trams. " + System.nanoTime());
    }

    private LetterFile file(Letter letter, Account editor) {
        return files.open(letter.reference(), editor.id()).orElseThrow();
    }

    private List<String> history(Letter letter, Account editor) {
        return file(letter, editor).history().stream()
                .map(line -> line.action()
                        + (line.to() == null ? "" : " " + line.from() + "→" + line.to())
                        + (line.note() == null ? "" : " (" + line.note() + ")"))
                .toList();
    }

    @Test
    void approvingIsRecordedWithWhoAndTheChangeOfStatus() {
        Account editor = fixtures.account("Priya Editor", Role.EDITOR);
        Letter letter = letter();

        moderation.approve(letter.reference(), current(letter).version(), editor.id());

        LetterFile file = file(letter, editor);
        assertThat(file.status()).isEqualTo(LetterStatus.APPROVED);
        assertThat(file.history()).last().satisfies(line -> {
            assertThat(line.actor()).isEqualTo("Priya Editor");
            assertThat(line.action()).isEqualTo("Approved");
            assertThat(line.from()).isEqualTo("new");
            assertThat(line.to()).isEqualTo("approved");
        });
    }

    @Test
    void aClaimedLetterShowsItsHolderAndOthersMustTakeItOver() {
        Account first = fixtures.account("First Editor", Role.EDITOR);
        Account second = fixtures.account("Second Editor", Role.EDITOR);
        Letter letter = letter();

        moderation.claim(letter.reference(), current(letter).version(), first.id());
        assertThat(file(letter, second).heldBy()).isEqualTo("First Editor");

        assertThatThrownBy(() ->
                        moderation.approve(letter.reference(), current(letter).version(), second.id()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("held by First Editor")
                .hasMessageContaining("Take it over");

        moderation.takeOver(letter.reference(), current(letter).version(), second.id());
        assertThat(file(letter, second).heldByMe()).isTrue();
        moderation.approve(letter.reference(), current(letter).version(), second.id());

        assertThat(file(letter, second).heldBy())
                .as("a decision releases the letter")
                .isNull();
        assertThat(history(letter, second))
                .contains("Claimed", "Taken over (from First Editor)", "Approved new→approved");
    }

    @Test
    void releasingGivesTheLetterBackToTheQueue() {
        Account editor = fixtures.account("Rel Editor", Role.EDITOR);
        Letter letter = letter();
        moderation.claim(letter.reference(), current(letter).version(), editor.id());

        moderation.release(letter.reference(), current(letter).version(), editor.id());

        assertThat(file(letter, editor).heldBy()).isNull();
    }

    @Test
    void rejectingWithAReasonTellsTheWriterWhenAskedTo() {
        Account editor = fixtures.account("Rita Rejecter", Role.EDITOR);
        Letter letter = letter();
        RejectionTemplate reason = templates.all().stream()
                .filter(t -> t.name().equals("Not selected"))
                .findFirst()
                .orElseThrow();

        try (var atOnce = Config.Overrides.forThisThread("POSTBAG_DECISION_EMAIL_GRACE_SECONDS", "0")) {
            moderation.reject(letter.reference(), current(letter).version(), editor.id(), reason.id(), true);
        }

        assertThat(current(letter).status()).isEqualTo(LetterStatus.REJECTED);
        assertThat(history(letter, editor)).contains("Rejected new→rejected (Not selected (the writer was told))");
        List<Mailbox.Mail> mails = Mailbox.of(letter.author().email()).await(2, Duration.ofSeconds(20));
        assertThat(mails).anySatisfy(mail -> {
            assertThat(mail.subject()).contains(letter.reference());
            assertThat(mail.body()).contains(reason.body());
        });
    }

    @Test
    void undoingARejectionTakesBackItsEmailWhileItWaits() {
        Account editor = fixtures.account("Gracie Undo", Role.EDITOR);
        Letter letter = letter();
        long reason = templates.all().get(0).id();

        Decision rejected;
        try (var minute = Config.Overrides.forThisThread("POSTBAG_DECISION_EMAIL_GRACE_SECONDS", "60")) {
            rejected = moderation.reject(letter.reference(), current(letter).version(), editor.id(), reason, true);
        }

        assertThat(rejected.emailAt()).isAfter(java.time.Instant.now().plusSeconds(50));
        assertThat(outbox(letter)).containsExactly("PENDING");

        Moderation.Undone undone = moderation.undoDecision(letter.reference(), rejected.event(), editor.id());

        assertThat(undone.emailTakenBack()).isTrue();
        assertThat(current(letter).status()).isEqualTo(LetterStatus.NEW);
        assertThat(outbox(letter)).containsExactly("CANCELLED");
        assertThat(history(letter, editor))
                .contains("Undone rejected→new (Rejected undone; the email to the writer was not sent)");
    }

    @Test
    void aBulkUndoReversesEachDecisionTakesBackTheEmailsAndNamesALetterChangedSince() {
        Account editor = fixtures.account("Bulk Undoer", Role.EDITOR);
        Account other = fixtures.account("Other Decider", Role.EDITOR);
        Letter first = letter();
        Letter second = letter();
        Letter third = letter();
        long reason = templates.all().get(0).id();
        List<Decision> decided = new java.util.ArrayList<>();
        try (var minute = Config.Overrides.forThisThread("POSTBAG_DECISION_EMAIL_GRACE_SECONDS", "60")) {
            decided.add(moderation.reject(first.reference(), current(first).version(), editor.id(), reason, true));
            decided.add(moderation.reject(second.reference(), current(second).version(), editor.id(), reason, true));
        }
        decided.add(moderation.markSpam(third.reference(), current(third).version(), editor.id()));
        // Someone else decides the third letter again before the Undo.
        moderation.notSpam(third.reference(), current(third).version(), other.id());

        BulkUndo.Result result = bulkUndo.undo(decided, editor.id());

        assertThat(result.undone())
                .extracting(Moderation.Undone::reference)
                .containsExactly(first.reference(), second.reference());
        assertThat(result.emailsTakenBack()).isEqualTo(2);
        assertThat(result.refused())
                .extracting(RuntimeException::getMessage)
                .containsExactly(
                        "Letter " + third.reference() + " has changed since that decision, so it cannot be undone.");
        assertThat(current(first).status()).isEqualTo(LetterStatus.NEW);
        assertThat(current(second).status()).isEqualTo(LetterStatus.NEW);
        assertThat(outbox(first)).containsExactly("CANCELLED");
        assertThat(outbox(second)).containsExactly("CANCELLED");
        assertThat(current(third).status()).isNotEqualTo(LetterStatus.SPAM);

        // Undone once, a second Undo of the same decisions refuses each, and changes nothing.
        BulkUndo.Result again = bulkUndo.undo(decided.subList(0, 2), editor.id());
        assertThat(again.undone()).isEmpty();
        assertThat(again.refused()).hasSize(2);
        assertThat(current(first).status()).isEqualTo(LetterStatus.NEW);
    }

    @Test
    void anUndoNamesItsDecisionAndDoesNotReverseALaterOne() {
        Account first = fixtures.account("Ursula First", Role.EDITOR);
        Account second = fixtures.account("Ulrich Second", Role.EDITOR);
        Letter letter = letter();
        Decision held = moderation.hold(letter.reference(), current(letter).version(), first.id(), "Check");
        moderation.approve(letter.reference(), current(letter).version(), second.id());

        assertThatThrownBy(() -> moderation.undoDecision(letter.reference(), held.event(), first.id()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("has changed since that decision");
        assertThat(current(letter).status()).isEqualTo(LetterStatus.APPROVED);
    }

    private List<String> outbox(Letter letter) {
        return em
                .createQuery(
                        "select m.status from OutboxMessage m where m.letterReference = :reference and m.kind = 'rejection'",
                        Object.class)
                .setParameter("reference", letter.reference())
                .getResultList()
                .stream()
                .map(String::valueOf)
                .toList();
    }

    @Test
    void holdingNeedsANoteAndKeepsIt() {
        Account editor = fixtures.account("Hal Holder", Role.EDITOR);
        Letter letter = letter();

        assertThatThrownBy(() ->
                        moderation.hold(letter.reference(), current(letter).version(), editor.id(), " "))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("Say why");
        moderation.hold(
                letter.reference(), current(letter).version(), editor.id(), "Check the figures with the council");

        assertThat(current(letter).status()).isEqualTo(LetterStatus.HELD);
        assertThat(history(letter, editor)).contains("Held new→held (Check the figures with the council)");
    }

    @Test
    void spamAndBackAgain() {
        Account editor = fixtures.account("Sam Spammer", Role.EDITOR);
        Letter letter = letter();

        moderation.markSpam(letter.reference(), current(letter).version(), editor.id());
        assertThat(current(letter).status()).isEqualTo(LetterStatus.SPAM);
        moderation.notSpam(letter.reference(), current(letter).version(), editor.id());

        assertThat(current(letter).status()).isEqualTo(LetterStatus.NEW);
    }

    @Test
    void undoReversesTheLastDecisionOnly() {
        Account editor = fixtures.account("Una Undo", Role.EDITOR);
        Letter letter = letter();
        moderation.hold(letter.reference(), current(letter).version(), editor.id(), "Wait for the figures");
        moderation.approve(letter.reference(), current(letter).version(), editor.id());
        assertThat(file(letter, editor).undoable()).isEqualTo("Approved");

        moderation.undo(letter.reference(), current(letter).version(), editor.id());

        assertThat(current(letter).status()).isEqualTo(LetterStatus.HELD);
        assertThat(file(letter, editor).undoable())
                .as("an undo is not itself undone")
                .isNull();
        assertThatThrownBy(() ->
                        moderation.undo(letter.reference(), current(letter).version(), editor.id()))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void aWithdrawnLetterCannotBeApprovedAndThePageSaysWhy() {
        Account editor = fixtures.account("Wanda Withdrawn", Role.EDITOR);
        Letter letter = letter();
        fixtures.withdraw(letter.reference());

        assertThatThrownBy(() ->
                        moderation.approve(letter.reference(), current(letter).version(), editor.id()))
                .isInstanceOf(DomainException.class)
                .hasMessage("Letter " + letter.reference() + " is withdrawn, so it cannot be approved.");
    }

    @Test
    void aStaleActionIsRefusedWithWhoChangedTheLetterAndWhen() {
        Account first = fixtures.account("Fred First", Role.EDITOR);
        Account second = fixtures.account("Sue Second", Role.EDITOR);
        Letter letter = letter();
        int seenByBoth = current(letter).version();

        moderation.approve(letter.reference(), seenByBoth, first.id());

        assertThatThrownBy(() -> moderation.markSpam(letter.reference(), seenByBoth, second.id()))
                .isInstanceOf(StaleLetterException.class)
                .hasMessageMatching("Letter " + letter.reference()
                        + " was changed by Fred First at \\d\\d:\\d\\d while you had it open, so your change was not"
                        + " saved\\. Reload the letter to see what changed\\.");
        assertThat(current(letter).status()).isEqualTo(LetterStatus.APPROVED);
    }

    @Test
    void twoEditorsDecidingAtOnceMakeOneWinnerAndOneClearRefusal() throws Exception {
        for (int round = 0; round < 10; round++) {
            Account approver = fixtures.account("Ann Approver", Role.EDITOR);
            Account rejecter = fixtures.account("Rob Rejecter", Role.EDITOR);
            Letter letter = letter();
            int version = current(letter).version();
            long template = templates.all().get(0).id();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<String> approve = pool.submit(attempt(start, () -> {
                    moderation.approve(letter.reference(), version, approver.id());
                    return "approved";
                }));
                Future<String> reject = pool.submit(attempt(start, () -> {
                    moderation.reject(letter.reference(), version, rejecter.id(), template, false);
                    return "rejected";
                }));
                start.countDown();
                List<String> outcomes = List.of(approve.get(), reject.get());

                assertThat(outcomes)
                        .filteredOn(o -> o.equals("approved") || o.equals("rejected"))
                        .hasSize(1);
                assertThat(outcomes).filteredOn(o -> o.equals("stale")).hasSize(1);
                LetterStatus status = current(letter).status();
                assertThat(status).isIn(LetterStatus.APPROVED, LetterStatus.REJECTED);
                assertThat(outcomes).contains(status == LetterStatus.APPROVED ? "approved" : "rejected");
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static Callable<String> attempt(CountDownLatch start, Callable<String> action) {
        return () -> {
            start.await();
            try {
                return action.call();
            } catch (StaleLetterException stale) {
                return "stale";
            } catch (Exception failure) {
                // The commit that loses the race fails as a (checked) RollbackException.
                if (Conflicts.isConcurrentChange(failure)) {
                    return "stale";
                }
                throw failure;
            }
        };
    }

    @Test
    void notesAreKeptWithTheirAuthor() {
        Account editor = fixtures.account("Nora Noter", Role.EDITOR);
        Letter letter = letter();

        moderation.addNote(letter.reference(), editor.id(), "Rang the writer: it is genuine.");

        assertThat(file(letter, editor).notes()).singleElement().satisfies(note -> {
            assertThat(note.author()).isEqualTo("Nora Noter");
            assertThat(note.text()).isEqualTo("Rang the writer: it is genuine.");
        });
    }

    private Letter current(Letter letter) {
        return letters.byReference(letter.reference()).orElseThrow();
    }
}
