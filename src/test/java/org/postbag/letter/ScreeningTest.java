package org.postbag.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.postbag.letter.Screening.WatchedWord;

class ScreeningTest {

    private static final Screening.Rules HOUSE = new Screening.Rules(
            350,
            3,
            List.of(
                    new WatchedWord("loans", WatchedWord.Action.SPAM),
                    new WatchedWord("libel", WatchedWord.Action.HOLD)));

    @Test
    void anOrdinaryLetterRaisesNothing() {
        Screening.Result result = Screening.screen("I agree with Ms Natarajan about the trams.", HOUSE);

        assertThat(result.flags()).isEmpty();
        assertThat(result.spam()).isFalse();
        assertThat(result.hold()).isFalse();
    }

    @Test
    void aLongLetterIsFlaggedWithHowFarOverItIs() {
        Screening.Result result = Screening.screen("word ".repeat(769), HOUSE);

        assertThat(result.flags())
                .containsExactly(new Flag(FlagKind.OVER_LENGTH, "769 words, 419 over the limit of 350"));
        assertThat(result.spam()).isFalse();
    }

    @Test
    void aLinkIsNotedAndTooManyMakeSpam() {
        assertThat(Screening.screen("See https://example.org/report for the figures.", HOUSE)
                        .flags())
                .containsExactly(new Flag(FlagKind.LINKS, "1 link"));

        String sample = "Great article!!! Visit http://cheap-watches.example/ and http://cheap-watches.example/deals"
                + " for the best prices. Loans approved in minutes at http://fast-loans.example/apply and"
                + " http://fast-loans.example/now . Click here http://win.example/prize http://win.example/claim";
        Screening.Result spam = Screening.screen(sample, new Screening.Rules(350, 3, List.of()));
        assertThat(spam.flags()).containsExactly(new Flag(FlagKind.LINKS, "6 links, more than 3"));
        assertThat(spam.spam()).isTrue();
    }

    @Test
    void wwwAddressesCountAsLinks() {
        assertThat(Screening.countLinks("www.example.org and https://x.example and plain.text"))
                .isEqualTo(2);
    }

    @Test
    void aWatchedWordSaysWhichWordWhereAndWhatToDo() {
        Screening.Result result = Screening.screen("Quick LOANS for every reader, approved today.", HOUSE);

        assertThat(result.flags())
                .containsExactly(
                        new Flag(FlagKind.WATCHED_WORD, "“loans” (spam) at word 2: …quick loans for every reader…"));
        assertThat(result.spam()).isTrue();
    }

    @Test
    void aHoldWordHoldsTheLetter() {
        Screening.Result result = Screening.screen("This is libel, plain and simple.", HOUSE);

        assertThat(result.hold()).isTrue();
        assertThat(result.spam()).isFalse();
    }

    @Test
    void aWatchedWordMatchesWholeWordsOnly() {
        assertThat(Screening.screen("The libellous claim stands.", HOUSE).flags())
                .isEmpty();
    }
}
