package org.postbag.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PagePlacementTest {

    @Test
    void aPlaceOnThePageCountsFromOne() {
        assertThatThrownBy(() -> new PagePlacement(7, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new PagePlacement(7, 1).position()).isEqualTo(1);
    }

    @Test
    void movingKeepsThePageAndMakesAnotherPlacement() {
        PagePlacement third = new PagePlacement(7, 3);

        PagePlacement first = third.movedTo(1);

        assertThat(first.issueId()).isEqualTo(7L);
        assertThat(first.position()).isEqualTo(1);
        assertThat(third.position()).as("a placement never changes").isEqualTo(3);
    }

    @Test
    void knowsWhichIssuesPageItIsOn() {
        PagePlacement placement = new PagePlacement(7, 2);

        assertThat(placement.isOn(7)).isTrue();
        assertThat(placement.isOn(8)).isFalse();
        assertThat(placement).isEqualTo(new PagePlacement(7, 2)).isNotEqualTo(new PagePlacement(7, 3));
    }

    @Test
    void aLetterOnThePageHasAPlacementAndLosesItWhenTakenOff() {
        Letter letter = LetterTest.letter();
        letter.confirm(java.time.Instant.parse("2026-06-09T19:00:00Z"));
        letter.approve();

        letter.placeOnPage(7, 1);
        letter.moveOnPage(2);

        assertThat(letter.placement()).contains(new PagePlacement(7, 2));
        assertThat(letter.status()).isEqualTo(LetterStatus.SCHEDULED);

        letter.takeOffPage();

        assertThat(letter.placement()).isEmpty();
        assertThat(letter.status()).isEqualTo(LetterStatus.APPROVED);
        assertThatThrownBy(() -> letter.moveOnPage(1)).hasMessage("Letter L-2026-00042 is not on a page.");
    }

    @Test
    void aPublishedLetterStaysOnItsOwnIssuesPage() {
        Letter letter = LetterTest.letter();
        letter.confirm(java.time.Instant.parse("2026-06-09T19:00:00Z"));
        letter.approve();
        letter.placeOnPage(7, 1);
        letter.publishNow();

        assertThatThrownBy(() -> letter.placeOnPage(8, 1))
                .hasMessage("Letter L-2026-00042 is on another issue's page already.");
        assertThat(letter.placeOnPage(7, 4).to()).isEqualTo(LetterStatus.PUBLISHED);
        assertThat(letter.placement()).contains(new PagePlacement(7, 4));
    }
}
