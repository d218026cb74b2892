package org.postbag.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.postbag.accounts.Account;
import org.postbag.accounts.Role;

class RevisionsTest {

    private static final Instant AT = Instant.parse("2026-06-10T09:00:00Z");
    private static final Account EDITOR =
            new Account("eddie@example.org", "Eddie", EnumSet.of(Role.EDITOR), Instant.EPOCH);

    @Test
    void revisionsAreNumberedInTheOrderTheyWereSavedAndCarryTheLatestHeadline() {
        Letter letter = confirmed();

        Revision first = letter.revise(EDITOR, text("Trams", "The ceiling is ours."), "shorter", AT);
        Revision second = letter.revise(EDITOR, text(null, "The ceiling."), null, AT.plusSeconds(60));

        assertThat(letter.revisions().all()).containsExactly(first, second);
        assertThat(first.number()).isEqualTo(1);
        assertThat(second.number()).isEqualTo(2);
        assertThat(letter.revisions().latest()).isSameAs(second);
        assertThat(letter.revisions().headline())
                .as("the latest revision has none")
                .isNull();
        assertThat(letter.wordCount()).isEqualTo(2);
        assertThat(letter.originalBody()).isEqualTo("The ceiling is where the passengers live.");
    }

    @Test
    void approvingPinsTheLatestRevisionForPrintUntilAnotherIsApproved() {
        Letter letter = confirmed();
        Revision first = letter.revise(EDITOR, text("Trams", "The ceiling is ours."), null, AT);
        letter.approve(EDITOR);

        letter.revise(EDITOR, text("Trams again", "The ceiling."), null, AT.plusSeconds(60));

        assertThat(letter.revisions().approved()).isSameAs(first);
        assertThat(letter.textForPrint().headline()).isEqualTo("Trams");
        assertThat(letter.currentText().headline()).isEqualTo("Trams again");

        letter.approveLatestVersion(EDITOR);

        assertThat(letter.textForPrint().body()).isEqualTo("The ceiling.");
    }

    @Test
    void withoutAnApprovedRevisionTheTextAsSentPrints() {
        Letter letter = confirmed();

        assertThat(letter.revisions().approved()).isNull();
        assertThat(letter.textForPrint())
                .isEqualTo(
                        new Revision.Text(null, "The ceiling is where the passengers live.", "Tom Aldridge, Halifax"));
        assertThat(letter.currentText()).isEqualTo(letter.textForPrint());
    }

    @Test
    void aWriterCanOnlyAcceptOneOfTheLettersOwnRevisions() {
        Letter letter = confirmed();
        Letter other = confirmed();
        Revision foreign = other.revise(EDITOR, text(null, "Someone else's."), null, AT);
        Revision own = letter.revise(EDITOR, text(null, "Ours."), null, AT);
        letter.awaitWriter(EDITOR);

        assertThatThrownBy(() -> letter.writerAccepted(foreign)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> letter.writerAccepted(null)).isInstanceOf(IllegalArgumentException.class);

        letter.writerAccepted(own);

        assertThat(letter.revisions().approved()).isSameAs(own);
        assertThat(letter.status()).isEqualTo(LetterStatus.APPROVED);
    }

    private static Letter confirmed() {
        Letter letter = LetterTest.letter();
        letter.confirm(AT);
        return letter;
    }

    private static Revision.Text text(String headline, String body) {
        return new Revision.Text(headline, body, "Tom Aldridge, Halifax");
    }
}
