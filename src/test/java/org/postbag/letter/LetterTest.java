package org.postbag.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.postbag.infrastructure.DomainException;

class LetterTest {

    private static final Instant RECEIVED = Instant.parse("2026-06-09T18:02:00Z");

    static Letter letter() {
        return new Letter(
                "L-2026-00042",
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

    @Test
    void theBodyIsRequiredAndLimited() {
        Author author = new Author("A", "", "a@example.org");
        assertThatThrownBy(() -> new Letter("L-2026-00001", author, false, null, " ", RECEIVED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Letter("L-2026-00001", author, false, null, "x".repeat(20_001), RECEIVED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lettersAreEqualByReference() {
        assertThat(letter()).isEqualTo(letter()).hasSameHashCodeAs(letter());
    }
}
