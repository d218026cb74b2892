package org.postbag.linking.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The sample debate: every genuine quotation in the thread checks out, and the invented one does not. */
class TramDebateTest {

    private final TramDebate debate = TramDebate.load();
    private final QuoteChecker checker = new QuoteChecker();

    private List<QuoteCheck> check(String letterKey) {
        return checker.check(debate.piece(letterKey).body(), debate.sourcesFor(letterKey));
    }

    private String matchedText(QuoteCheck check) {
        SourceMatch match = check.match().orElseThrow();
        return debate.piece(match.sourceReference()).body().substring(match.start(), match.end());
    }

    @Test
    void sourcesFollowTheReplyChainNearestFirst() {
        assertThat(debate.sourcesFor("L-120-aldridge"))
                .extracting(Source::reference)
                .containsExactly("L-119-natarajan", "L-118-aldridge", "A-117-natarajan");
    }

    @ParameterizedTest
    @CsvSource({"L-118-aldridge, 4", "L-119-natarajan, 2", "L-120-osei, 1", "P-mehta, 1"})
    void everyQuotationInTheseLettersIsVerified(String letterKey, int quotations) {
        List<QuoteCheck> checks = check(letterKey);

        assertThat(checks).hasSize(quotations);
        assertThat(checks).allSatisfy(check -> {
            assertThat(check.verdict()).as(check.quotation().text()).isEqualTo(Verdict.VERIFIED);
            assertThat(matchedText(check)).isNotBlank();
        });
    }

    @Test
    void aldridgeQuotesTheArticleWordForWord() {
        List<QuoteCheck> checks = check("L-118-aldridge");

        assertThat(checks.get(0).match().orElseThrow().sourceReference()).isEqualTo("A-117-natarajan");
        assertThat(checks.get(0).match().orElseThrow().paragraph()).isEqualTo(2);
        assertThat(matchedText(checks.get(0)))
                .isEqualTo("A municipal operator answers to voters; a franchisee answers to shareholders");
        assertThat(matchedText(checks.get(3))).isEqualTo("Public ownership is the floor, not the ceiling");
    }

    @Test
    void natarajanQuotesInCurlyQuotesFromHerArticleAndFromTheLetterSheAnswers() {
        List<QuoteCheck> checks = check("L-119-natarajan");

        assertThat(checks.get(0).quotation().text())
                .isEqualTo("answers to its members, and its members will never be the whole of the city.");
        assertThat(checks.get(0).match().orElseThrow().sourceReference()).isEqualTo("A-117-natarajan");
        assertThat(checks.get(1).match().orElseThrow().sourceReference()).isEqualTo("L-118-aldridge");
    }

    @Test
    void aldridgesBlockQuotationBridgesTwoParagraphsOfTheArticle() {
        QuoteCheck block = check("L-120-aldridge").get(0);

        assertThat(block.quotation().kind()).isEqualTo(Quotation.Kind.BLOCK);
        assertThat(block.quotation().text()).startsWith("A municipal operator").endsWith("a council can.");
        assertThat(block.verdict()).isEqualTo(Verdict.VERIFIED);
        SourceMatch match = block.match().orElseThrow();
        assertThat(match.sourceReference()).isEqualTo("A-117-natarajan");
        assertThat(match.paragraph()).isEqualTo(2);
        assertThat(matchedText(block))
                .startsWith("A municipal operator answers to voters")
                .contains("\n\nThere is also the question of money.")
                .endsWith("they cannot borrow at the rates a council can");
    }

    @Test
    void aldridgesInventedPhraseIsNotFoundAndHisOtherQuotationsAreVerified() {
        List<QuoteCheck> checks = check("L-120-aldridge");

        assertThat(checks)
                .extracting(check -> check.quotation().text(), QuoteCheck::verdict)
                .containsExactly(
                        tuple(checks.get(0).quotation().text(), Verdict.VERIFIED),
                        tuple("has every right to decide where the lines run.", Verdict.VERIFIED),
                        tuple("councils always know best", Verdict.NOT_FOUND),
                        tuple("should sit on that board by right.", Verdict.VERIFIED));
        assertThat(checks.get(1).match().orElseThrow().sourceReference()).isEqualTo("L-119-natarajan");
        assertThat(checks.get(3).match().orElseThrow().sourceReference()).isEqualTo("L-119-natarajan");
    }

    @Test
    void oseiAttributesHerQuotationToTheAuthorOfThePieceSheCites() {
        QuoteCheck check = check("L-120-osei").get(0);

        assertThat(check.quotation().attributedTo()).contains("Ms Natarajan");
        assertThat(check.verdict()).isEqualTo(Verdict.VERIFIED);
        assertThat(check.match().orElseThrow().paragraph()).isEqualTo(5);
    }

    @Test
    void mehtaQuotesTheLetterHeRepliesTo() {
        QuoteCheck check = check("P-mehta").get(0);

        assertThat(check.match().orElseThrow().sourceReference()).isEqualTo("L-120-osei");
        assertThat(check.match().orElseThrow().paragraph()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"P-long", "P-crossword", "P-spam"})
    void lettersWithoutQuotationsHaveNothingToCheck(String letterKey) {
        assertThat(check(letterKey)).isEmpty();
    }
}
