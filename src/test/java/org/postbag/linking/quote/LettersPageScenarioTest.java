package org.postbag.linking.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps the benchmark honest: its generated letter must exercise every verdict it claims to. */
class LettersPageScenarioTest {

    private final LettersPageScenario scenario = new LettersPageScenario(117);

    @Test
    void theLetterAndSourcesHaveTheAdvertisedSize() {
        assertThat(scenario.sources()).hasSize(LettersPageScenario.SOURCES);
        assertThat(wordCount(scenario.letter())).isBetween(1_900, 2_200);
        assertThat(scenario.sources())
                .allSatisfy(source -> assertThat(wordCount(source.text())).isBetween(1_950, 2_050));
    }

    @Test
    void theLetterGetsTheExpectedVerdicts() {
        List<QuoteCheck> checks = new QuoteChecker().check(scenario.letter(), scenario.sources());

        assertThat(checks)
                .extracting(QuoteCheck::verdict)
                .containsExactly(
                        Verdict.VERIFIED,
                        Verdict.VERIFIED,
                        Verdict.VERIFIED,
                        Verdict.VERIFIED,
                        Verdict.VERIFIED,
                        Verdict.VERIFIED,
                        Verdict.ALTERED,
                        Verdict.ALTERED,
                        Verdict.NOT_FOUND,
                        Verdict.NOT_FOUND,
                        Verdict.TOO_SHORT,
                        Verdict.ATTRIBUTED);
        assertThat(checks.get(4).match().orElseThrow().sourceReference()).isEqualTo("A-49");
    }

    private static int wordCount(String text) {
        int[] count = {0};
        WordTokenizer.tokenize(text, 0, text.length(), (word, start, end) -> count[0]++);
        return count[0];
    }
}
