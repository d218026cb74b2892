package org.postbag.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.Duration;
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
import org.postbag.infrastructure.DomainException;
import org.postbag.letter.FlagKind;
import org.postbag.letter.Letter;
import org.postbag.letter.LetterStatus;
import org.postbag.letter.Letters;
import org.postbag.letter.Revision;
import org.postbag.letter.StaleLetterException;
import org.postbag.moderation.Moderation;
import org.postbag.moderation.Queue;
import org.postbag.moderation.QueueFilter;
import org.postbag.moderation.QueueRow;
import org.postbag.moderation.QueueTab;
import org.postbag.publishing.Piece;
import org.postbag.testing.Deployments;
import org.postbag.testing.fixtures.Fixtures;
import org.postbag.testing.fixtures.Mailbox;

/** Revisions, the original kept, approval pinned, the writer asked by email, overdue answers, conflicts. */
@ExtendWith(ArquillianExtension.class)
class CutsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(CutsIT.class);
    }

    @Inject
    Cuts cuts;

    @Inject
    Moderation moderation;

    @Inject
    Letters letters;

    @Inject
    LetterFiles files;

    @Inject
    Queue queue;

    @Inject
    Fixtures fixtures;

    private static final String ORIGINAL =
            "I have followed the correspondence on the trams since issue 117, and I should"
                    + " like to add the view of someone who drove buses in this valley for twenty-six years.\n\n"
                    + "When I started on the buses in 1989, the depot was run by the council.";

    private Letter letter(String word) {
        return fixtures.newLetter("Derek Holloway", ORIGINAL + " " + word);
    }

    private int version(Letter letter) {
        return letters.byReference(letter.reference()).orElseThrow().version();
    }

    private LetterFile file(Letter letter, Account editor) {
        return files.open(letter.reference(), editor.id()).orElseThrow();
    }

    private static Revision.Text cut(String headline) {
        return new Revision.Text(
                headline, "I drove buses in this valley for twenty-six years.", "Derek Holloway, Keighley");
    }

    @Test
    void anEditMakesARevisionAndTheOriginalStays() {
        Account editor = fixtures.account("Cutter One", Role.EDITOR);
        Letter letter = letter("a");

        Revision first = cuts.revise(
                letter.reference(), version(letter), editor.id(), cut("Who answers the phone?"), "Cut for length");
        Revision second =
                cuts.revise(letter.reference(), version(letter), editor.id(), cut("Who holds the timetable?"), null);

        Letter stored = letters.byReference(letter.reference()).orElseThrow();
        assertThat(stored.originalBody()).isEqualTo(ORIGINAL + " a");
        assertThat(first.number()).isEqualTo(1);
        assertThat(second.number()).isEqualTo(2);
        assertThat(stored.wordCount()).isEqualTo(9);
        assertThat(stored.revisions().headline()).isEqualTo("Who holds the timetable?");
        LetterFile file = file(letter, editor);
        assertThat(file.editing().revisions())
                .extracting(LetterFile.RevisionLine::author)
                .containsOnly("Cutter One");
        assertThat(file.history()).anySatisfy(line -> {
            assertThat(line.action()).isEqualTo("Edited");
            assertThat(line.note()).startsWith("Revision 1: 9 words").endsWith("Cut for length");
        });
    }

    @Test
    void savingTheSameTextAgainIsRefused() {
        Account editor = fixtures.account("Cutter Two", Role.EDITOR);
        Letter letter = letter("b");
        cuts.revise(letter.reference(), version(letter), editor.id(), cut("Headline"), null);

        assertThatThrownBy(() -> cuts.revise(letter.reference(), version(letter), editor.id(), cut("Headline"), null))
                .isInstanceOf(DomainException.class)
                .hasMessage("Nothing has changed, so no revision was saved.");
    }

    @Test
    void twoEditorsEditingTheSameVersionCannotOverwriteEachOther() {
        Account first = fixtures.account("Ed First", Role.EDITOR);
        Account second = fixtures.account("Ed Second", Role.EDITOR);
        Letter letter = letter("c");
        int opened = version(letter);

        cuts.revise(letter.reference(), opened, first.id(), cut("First's headline"), null);

        assertThatThrownBy(() -> cuts.revise(letter.reference(), opened, second.id(), cut("Second's headline"), null))
                .isInstanceOf(StaleLetterException.class)
                .hasMessageContaining("was changed by Ed First");
        assertThat(letters.byReference(letter.reference())
                        .orElseThrow()
                        .revisions()
                        .headline())
                .isEqualTo("First's headline");
    }

    @Test
    void approvalPinsTheRevisionThatWillPrint() {
        Account editor = fixtures.account("Pin Editor", Role.EDITOR);
        Letter letter = letter("d");
        cuts.revise(letter.reference(), version(letter), editor.id(), cut("One"), null);
        moderation.approve(letter.reference(), version(letter), editor.id());
        cuts.revise(letter.reference(), version(letter), editor.id(), cut("Two"), null);

        assertThat(file(letter, editor).editing().approvedRevision()).isEqualTo(1);
        assertThat(file(letter, editor).editing().isLatestUnapproved()).isTrue();

        cuts.approveLatestVersion(letter.reference(), version(letter), editor.id());

        assertThat(file(letter, editor).editing().approvedRevision()).isEqualTo(2);
    }

    @Test
    void theWriterAcceptsTheCutFromTheEmailLink() {
        Account editor = fixtures.account("Ask Editor", Role.EDITOR);
        Letter letter = letter("e");
        cuts.revise(letter.reference(), version(letter), editor.id(), cut("Who answers?"), null);

        cuts.askWriter(letter.reference(), version(letter), editor.id(), "We had to shorten it.");

        assertThat(letters.byReference(letter.reference()).orElseThrow().status())
                .isEqualTo(LetterStatus.WAITING_FOR_AUTHOR);
        Mailbox.Mail mail = Mailbox.of(letter.author().email()).await(2, Duration.ofSeconds(20)).stream()
                .filter(m -> m.subject().contains("do you agree"))
                .findFirst()
                .orElseThrow();
        assertThat(mail.body()).contains("We had to shorten it.").contains("cut to 9 words");
        String token = token(mail.link("/approve-edit/"));

        cuts.answer(token, AuthorApproval.Answer.ACCEPTED, "Fair enough.");

        Letter accepted = letters.byReference(letter.reference()).orElseThrow();
        assertThat(accepted.status())
                .as("the acceptance brings the letter back to the desk, not onto the page")
                .isEqualTo(LetterStatus.HELD);
        assertThat(file(letter, editor).editing().approvedRevision()).isNull();
        assertThat(file(letter, editor).flags())
                .filteredOn(flag -> flag.kind() == FlagKind.WRITER_ACCEPTED)
                .singleElement()
                .satisfies(flag -> {
                    assertThat(flag.kind()).isEqualTo(FlagKind.WRITER_ACCEPTED);
                    assertThat(flag.reason())
                            .isEqualTo("The writer accepted revision 1. An editor approves it for print.");
                });
        assertThat(queue.page(
                                new QueueFilter(QueueTab.HELD, null, FlagKind.WRITER_ACCEPTED, null, null, null, false),
                                editor.id(),
                                null)
                        .rows())
                .as("the held tab, narrowed to the flag, finds it")
                .anySatisfy(row -> assertThat(row.reference()).isEqualTo(letter.reference()));

        moderation.approve(letter.reference(), version(letter), editor.id());

        assertThat(letters.byReference(letter.reference()).orElseThrow().status())
                .isEqualTo(LetterStatus.APPROVED);
        assertThat(file(letter, editor).editing().approvedRevision()).isEqualTo(1);
        assertThat(file(letter, editor).flags())
                .as("the flag has done its work")
                .noneSatisfy(flag -> assertThat(flag.kind()).isEqualTo(FlagKind.WRITER_ACCEPTED));
        assertThat(file(letter, editor).editing().requests()).singleElement().satisfies(request -> {
            assertThat(request.answer()).isEqualTo("accepted");
            assertThat(request.comment()).isEqualTo("Fair enough.");
        });
        assertThatThrownBy(() -> cuts.answer(token, AuthorApproval.Answer.DECLINED, null))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("You have answered already");
    }

    @Test
    void theEditorMayChooseThatTheWritersAcceptanceApprovesTheLetter() {
        Account editor = fixtures.account("Trusting Editor", Role.EDITOR);
        Letter letter = letter("ao");
        cuts.revise(letter.reference(), version(letter), editor.id(), cut("Agreed"), null);

        cuts.askWriter(letter.reference(), version(letter), editor.id(), null, true);
        cuts.answer(tokenFromMail(letter), AuthorApproval.Answer.ACCEPTED, null);

        assertThat(letters.byReference(letter.reference()).orElseThrow().status())
                .isEqualTo(LetterStatus.APPROVED);
        assertThat(file(letter, editor).editing().approvedRevision()).isEqualTo(1);
        assertThat(file(letter, editor).history()).anySatisfy(line -> assertThat(line.note())
                .isEqualTo("Revision 1; approved for print if the writer accepts"));
    }

    @Test
    void approvalOnAcceptanceIsRefusedWhileAReplyLinkIsOnlySuggested() {
        Account editor = fixtures.account("Careful Editor", Role.EDITOR);
        Letter letter = letter("sl");
        Piece article = fixtures.article("The trams, again " + System.nanoTime(), null);
        fixtures.suggests(letter, article);
        cuts.revise(letter.reference(), version(letter), editor.id(), cut("Linked"), null);

        assertThatThrownBy(() -> cuts.askWriter(letter.reference(), version(letter), editor.id(), null, true))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining(article.reference())
                .hasMessageContaining("only suggested");
        assertThat(letters.byReference(letter.reference()).orElseThrow().status())
                .isEqualTo(LetterStatus.NEW);

        cuts.askWriter(letter.reference(), version(letter), editor.id(), null, false);
        cuts.answer(tokenFromMail(letter), AuthorApproval.Answer.ACCEPTED, null);
        assertThat(letters.byReference(letter.reference()).orElseThrow().status())
                .isEqualTo(LetterStatus.HELD);
    }

    @Test
    void aDeclineSendsTheLetterBackToTheEditorsWithTheComment() {
        Account editor = fixtures.account("Decline Editor", Role.EDITOR);
        Letter letter = letter("f");
        cuts.revise(letter.reference(), version(letter), editor.id(), cut("Cut"), null);
        cuts.askWriter(letter.reference(), version(letter), editor.id(), null);
        String token = tokenFromMail(letter);

        cuts.comment(token, "Could you keep the part about 1989?");
        assertThat(letters.byReference(letter.reference()).orElseThrow().status())
                .as("a comment leaves the question open")
                .isEqualTo(LetterStatus.WAITING_FOR_AUTHOR);
        cuts.answer(token, AuthorApproval.Answer.DECLINED, "Without it the letter makes no sense.");

        assertThat(letters.byReference(letter.reference()).orElseThrow().status())
                .isEqualTo(LetterStatus.HELD);
        assertThat(file(letter, editor).history()).anySatisfy(line -> {
            assertThat(line.action()).isEqualTo("Writer declined the edit");
            assertThat(line.note()).isEqualTo("Without it the letter makes no sense.");
        });
    }

    @Test
    void aCommentAfterTheWriterHasAnsweredIsRefusedAndNothingIsStored() {
        Account editor = fixtures.account("Late Comment Editor", Role.EDITOR);
        Letter letter = letter("h");
        cuts.revise(letter.reference(), version(letter), editor.id(), cut("Cut"), null);
        cuts.askWriter(letter.reference(), version(letter), editor.id(), null);
        String token = tokenFromMail(letter);
        cuts.answer(token, AuthorApproval.Answer.ACCEPTED, "Fine by me.");
        int answered = version(letter);

        assertThatThrownBy(() -> cuts.comment(token, "On second thoughts, keep the part about 1989."))
                .isInstanceOf(DomainException.class)
                .hasMessage("You have answered already: you accepted our edit, so we have not kept this comment."
                        + " If you want to tell us more, reply to our email.");

        assertThat(file(letter, editor).editing().requests())
                .singleElement()
                .satisfies(request -> assertThat(request.comment()).isEqualTo("Fine by me."));
        assertThat(file(letter, editor).history())
                .noneSatisfy(line -> assertThat(line.note()).contains("second thoughts"));
        assertThat(version(letter)).isEqualTo(answered);
    }

    @Test
    void anAnswerToAVersionThatWasEditedAgainIsRefused() {
        Account editor = fixtures.account("Again Editor", Role.EDITOR);
        Letter letter = letter("g");
        cuts.revise(letter.reference(), version(letter), editor.id(), cut("One"), null);
        cuts.askWriter(letter.reference(), version(letter), editor.id(), null);
        String token = tokenFromMail(letter);
        cuts.revise(letter.reference(), version(letter), editor.id(), cut("Two"), null);

        assertThatThrownBy(() -> cuts.answer(token, AuthorApproval.Answer.ACCEPTED, null))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("changed your letter again");
    }

    @Test
    void aRequestPastItsDueDateIsShownAsOverdue() {
        Account editor = fixtures.account("Late Editor", Role.EDITOR);
        String word = "od" + Long.toString(System.nanoTime(), 36);
        Letter letter = fixtures.newLetter("Slow Writer", ORIGINAL + " " + word);
        cuts.revise(letter.reference(), version(letter), editor.id(), cut("Cut"), null);
        try (var dueAtOnce = Config.Overrides.forThisThread("POSTBAG_AUTHOR_APPROVAL_DAYS", "0")) {
            cuts.askWriter(letter.reference(), version(letter), editor.id(), null);
        }

        QueueRow row = queue.page(
                        new QueueFilter(QueueTab.WAITING, word, null, null, null, null, false), editor.id(), null)
                .rows()
                .get(0);
        assertThat(row.overdue()).isTrue();
        assertThat(file(letter, editor).editing().requests().get(0).overdue()).isTrue();
    }

    private String tokenFromMail(Letter letter) {
        return Mailbox.of(letter.author().email()).await(2, Duration.ofSeconds(20)).stream()
                .filter(m -> m.subject().contains("do you agree"))
                .map(m -> token(m.link("/approve-edit/")))
                .reduce((first, second) -> second)
                .orElseThrow();
    }

    private static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }
}
