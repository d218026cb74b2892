package org.postbag.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.postbag.accounts.Account;
import org.postbag.accounts.Role;
import org.postbag.infrastructure.DomainException;

class LetterTest {

    private static final Instant RECEIVED = Instant.parse("2026-06-09T18:02:00Z");

    static Letter letter() {
        return new Letter(
                new LetterReference("L-2026-00042"),
                new Author("Tom Aldridge", "Halifax", "tom@example.net"),
                false,
                null,
                "The ceiling is where the passengers live.",
                RECEIVED);
    }

    @Test
    void aNewLetterWaitsForItsWriterToConfirm() {
        Letter letter = letter();

        assertThat(letter.status()).isEqualTo(LetterStatus.UNCONFIRMED);
        assertThat(letter.wordCount()).isEqualTo(7);
        assertThat(letter.author().signOff()).isEqualTo("Tom Aldridge, Halifax");
    }

    @Test
    void confirmingPutsItInTheQueueOnce() {
        Letter letter = letter();
        Instant first = RECEIVED.plusSeconds(60);

        letter.confirm(first);
        letter.confirm(RECEIVED.plusSeconds(600));

        assertThat(letter.status()).isEqualTo(LetterStatus.NEW);
        assertThat(letter.confirmedAt()).isEqualTo(first);
    }

    @Test
    void anUnconfirmedLetterCannotBeApproved() {
        Letter letter = letter();

        assertThatThrownBy(letter::approve)
                .isInstanceOf(DomainException.class)
                .hasMessage("Letter L-2026-00042 is unconfirmed, so it cannot be approved.");
    }

    @Test
    void anApprovedLetterCanBePublished() {
        Letter letter = letter();
        letter.confirm(RECEIVED);
        letter.approve();
        letter.publish();

        assertThat(letter.status()).isEqualTo(LetterStatus.PUBLISHED);
    }

    private static final Account EDITOR =
            new Account("eddie@example.org", "Eddie", EnumSet.of(Role.EDITOR), Instant.EPOCH);
    private static final Account OTHER =
            new Account("olive@example.org", "Olive", EnumSet.of(Role.EDITOR), Instant.EPOCH);

    private static Letter confirmed() {
        Letter letter = letter();
        letter.confirm(RECEIVED);
        return letter;
    }

    @Test
    void decisionsMoveTheLetterAndSayFromWhereToWhere() {
        Letter letter = confirmed();

        assertThat(letter.hold(EDITOR)).isEqualTo(new Transition(LetterStatus.NEW, LetterStatus.HELD));
        assertThat(letter.approve(EDITOR)).isEqualTo(new Transition(LetterStatus.HELD, LetterStatus.APPROVED));
        assertThat(letter.reject(EDITOR)).isEqualTo(new Transition(LetterStatus.APPROVED, LetterStatus.REJECTED));
    }

    @Test
    void aClaimedLetterIsActedOnOnlyByItsHolderUntilTakenOver() {
        Letter letter = confirmed();
        letter.claim(EDITOR, RECEIVED);

        assertThatThrownBy(() -> letter.approve(OTHER))
                .isInstanceOf(DomainException.class)
                .hasMessage("Letter L-2026-00042 is held by Eddie. Take it over first if you want to act on it.");
        assertThatThrownBy(() -> letter.claim(OTHER, RECEIVED)).hasMessageContaining("Take it over");
        assertThatThrownBy(() -> letter.release(OTHER)).hasMessageContaining("only they can release it");

        assertThat(letter.takeOver(OTHER, RECEIVED)).isEqualTo(EDITOR);
        letter.approve(OTHER);
        assertThat(letter.claim()).isEmpty();
    }

    @Test
    void onlyOpenLettersCanBeClaimed() {
        Letter letter = confirmed();
        letter.approve(EDITOR);

        assertThatThrownBy(() -> letter.claim(EDITOR, RECEIVED)).hasMessageContaining("nothing to claim");
    }

    @Test
    void spamCanBeRescuedAndOnlySpam() {
        Letter letter = confirmed();
        assertThatThrownBy(() -> letter.notSpam(EDITOR)).hasMessageContaining("not in the spam folder");

        letter.markSpam(EDITOR);
        letter.notSpam(EDITOR);

        assertThat(letter.status()).isEqualTo(LetterStatus.NEW);
    }

    @Test
    void undoGoesBackOnlyWhileTheDecisionStands() {
        Letter letter = confirmed();
        letter.approve(EDITOR);

        assertThatThrownBy(() -> letter.undo(EDITOR, LetterStatus.REJECTED, LetterStatus.NEW))
                .hasMessageContaining("has changed since");
        assertThat(letter.undo(EDITOR, LetterStatus.APPROVED, LetterStatus.NEW))
                .isEqualTo(new Transition(LetterStatus.APPROVED, LetterStatus.NEW));
    }

    @Test
    void aPublishedLetterCannotBeWithdrawnOrRejected() {
        Letter letter = confirmed();
        letter.approve(EDITOR);
        letter.publish();

        assertThatThrownBy(letter::withdraw).hasMessage("This letter is published, so it can no longer be withdrawn.");
        assertThatThrownBy(() -> letter.reject(EDITOR))
                .hasMessage("Letter L-2026-00042 is published, so it cannot be rejected.");
    }

    @Test
    void aWithdrawnLetterCannotBeApproved() {
        Letter letter = confirmed();
        letter.withdraw();

        assertThatThrownBy(() -> letter.approve(EDITOR))
                .hasMessage("Letter L-2026-00042 is withdrawn, so it cannot be approved.");
    }

    @Test
    void theBodyIsRequiredAndLimited() {
        Author author = new Author("A", "", "a@example.org");
        assertThatThrownBy(() -> new Letter(new LetterReference("L-2026-00001"), author, false, null, " ", RECEIVED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Letter(
                        new LetterReference("L-2026-00001"), author, false, null, "x".repeat(20_001), RECEIVED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theWritersLinkWorksWhileTheLetterIsOpenAndExpiresAfterItsOutcome() {
        Letter letter = confirmed();
        Duration life = Duration.ofDays(90);
        Instant closed = RECEIVED.plus(Duration.ofDays(10));

        assertThat(letter.status().writersLinkExpiry(closed, life))
                .as("open: the link works")
                .isEmpty();
        letter.approve(EDITOR);
        assertThat(letter.status().writersLinkExpiry(closed, life))
                .as("approved: still on its way")
                .isEmpty();

        letter.withdraw();

        assertThat(letter.status().writersLinkExpiry(closed, life)).contains(closed.plus(life));
    }

    @Test
    void lettersAreEqualByReference() {
        assertThat(letter()).isEqualTo(letter()).hasSameHashCodeAs(letter());
    }
}
