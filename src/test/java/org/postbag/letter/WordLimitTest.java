package org.postbag.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordLimitTest {

    @Test
    void farOverIsMoreThanHalfAsLongAgainAsTheLimit() {
        assertThat(WordLimit.isFarOver(600, 400)).as("exactly 50% over").isFalse();
        assertThat(WordLimit.isFarOver(601, 400)).isTrue();
        assertThat(WordLimit.isFarOver(450, 400)).as("somewhat over").isFalse();
        assertThat(WordLimit.isFarOver(451, 301))
                .as("odd limits round honestly")
                .isFalse();
        assertThat(WordLimit.isFarOver(452, 301)).isTrue();
    }

    @Test
    void noLimitLimitsNothing() {
        assertThat(WordLimit.isFarOver(100_000, 0)).isFalse();
    }

    @Test
    void theRefusalSaysHowLongAndWhatToDo() {
        assertThat(WordLimit.refusal("L-2026-00042", 900, 400).english())
                .isEqualTo("L-2026-00042 has 900 words, more than half as long again as the limit of 400."
                        + " Cut it, or say in the approval note why it is approved at this length.");
    }

    @Test
    void theLinksRefusalNamesEveryLinkStillSuggested() {
        assertThat(UnsettledLinks.refusal("L-2026-00042", List.of("A-2026-00007 “Trams”"), "approved")
                        .english())
                .isEqualTo("L-2026-00042 cannot be approved while its reply link to A-2026-00007 “Trams” is only"
                        + " suggested: confirm or dismiss it on the letter's page first.");
        assertThat(UnsettledLinks.refusal(
                                "L-2026-00042",
                                List.of("A-2026-00007 “Trams”", "L-2026-00003 “Buses”"),
                                "put on the page")
                        .english())
                .isEqualTo("L-2026-00042 cannot be put on the page while its reply links to A-2026-00007 “Trams”,"
                        + " L-2026-00003 “Buses” are only suggested: confirm or dismiss each on the letter's page"
                        + " first.");
    }
}
