package org.postbag.linking.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.tuple;
import static org.postbag.linking.quote.DiffToken.Operation.DELETED;
import static org.postbag.linking.quote.DiffToken.Operation.EQUAL;
import static org.postbag.linking.quote.DiffToken.Operation.INSERTED;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuoteCheckerTest {

    private static final Source ARTICLE = new Source("A-1-natarajan", "Whose trams?", "Priya Natarajan", """
        The council has a chance to take the network back. The Transport Committee will decide in the spring \
        whether to create a municipal operator or to invite bids for a new franchise.

        I understand the appeal. But the choice before the city is a choice about accountability — and about \
        money. A co-operative answers to its members, and its members will never be the whole of the city.

        Public ownership is the floor, not the ceiling. It’s the passengers’ network, and they don’t need \
        another owner who’ll sell it on. She called it ‘the people’s railway’ in the ’90s.
        """);

    private static final Source REPLY = new Source("L-2-aldridge", "The co-operative alternative", "Tom Aldridge", """
        Voters get a say once every four years, on a ballot paper crowded with every other issue under the sun.

        Public ownership is the floor, not the ceiling, and the ceiling is where the passengers live.
        """);

    private final QuoteChecker checker = new QuoteChecker();

    private QuoteCheck checkOne(String letter, Source... sources) {
        List<QuoteCheck> checks = checker.check(letter, List.of(sources));
        assertThat(checks).hasSize(1);
        return checks.get(0);
    }

    private static String matchedText(QuoteCheck check, Source source) {
        SourceMatch match = check.match().orElseThrow();
        assertThat(match.sourceReference()).isEqualTo(source.reference());
        return source.text().substring(match.start(), match.end());
    }

    @Nested
    class Verified {

        @Test
        void givesTheSourceTheParagraphAndTheMatchedSpan() {
            QuoteCheck check = checkOne("She says \"a co-operative answers to its members\".", ARTICLE);

            assertThat(check.verdict()).isEqualTo(Verdict.VERIFIED);
            assertThat(check.match().orElseThrow().paragraph()).isEqualTo(1);
            assertThat(check.match().orElseThrow().similarity()).isEqualTo(1.0);
            assertThat(matchedText(check, ARTICLE)).isEqualTo("A co-operative answers to its members");
            assertThat(check.diff()).isEmpty();
        }

        @Test
        void ignoresCaseWhitespaceAndLineBreaks() {
            QuoteCheck check = checkOne("\"THE CHOICE   before the\ncity is a Choice\"", ARTICLE);

            assertThat(check.verdict()).isEqualTo(Verdict.VERIFIED);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "\"a choice about accountability -- and about money\"",
                    "\"a choice about accountability - and about money\"",
                    "\"a choice about accountability – and about money\"",
                    "\"a choice about accountability, and about money\""
                })
        void ignoresDashesAndPunctuationBetweenWords(String letter) {
            assertThat(checkOne(letter, ARTICLE).verdict()).isEqualTo(Verdict.VERIFIED);
        }

        @Test
        void ignoresStraightOrCurlyApostrophes() {
            QuoteCheck check = checkOne("\"It's the passengers' network, and they don't need another owner\"", ARTICLE);

            assertThat(check.verdict()).isEqualTo(Verdict.VERIFIED);
            assertThat(check.match().orElseThrow().paragraph()).isEqualTo(2);
        }

        @Test
        void ignoresPunctuationAtTheEdgesOfTheQuotation() {
            assertThat(checkOne("\"...the floor, not the ceiling,\" she wrote.", ARTICLE)
                            .verdict())
                    .isEqualTo(Verdict.VERIFIED);
            assertThat(checkOne("\"Public ownership is the floor!\"", ARTICLE).verdict())
                    .isEqualTo(Verdict.VERIFIED);
        }

        @Test
        void matchesNestedSingleQuotesAgainstCurlyOnes() {
            QuoteCheck check = checkOne("He says \"she called it 'the people's railway' in the '90s.\"", ARTICLE);

            assertThat(check.verdict()).isEqualTo(Verdict.VERIFIED);
        }

        @ParameterizedTest
        @ValueSource(strings = {"...", " ... ", ". . .", " . . . ", "…", " … ", " [...] ", " […] ", ". . . ."})
        void anEllipsisSkipsText(String ellipsis) {
            QuoteCheck check =
                    checkOne("\"The council has a chance" + ellipsis + "to create a municipal operator\"", ARTICLE);

            assertThat(check.verdict()).isEqualTo(Verdict.VERIFIED);
            assertThat(matchedText(check, ARTICLE))
                    .startsWith("The council has a chance")
                    .endsWith("to create a municipal operator");
        }

        @Test
        void anEllipsisMaySkipAcrossParagraphs() {
            QuoteCheck check = checkOne("\"I understand the appeal . . . Public ownership is the floor.\"", ARTICLE);

            assertThat(check.verdict()).isEqualTo(Verdict.VERIFIED);
            assertThat(check.match().orElseThrow().paragraph()).isEqualTo(1);
            assertThat(matchedText(check, ARTICLE)).contains("\n\n");
        }

        @Test
        void anEllipsisBridgesTheNearestText() {
            QuoteCheck check = checkOne("\"the city … whole of the city\"", ARTICLE);

            assertThat(matchedText(check, ARTICLE))
                    .isEqualTo("the city is a choice about accountability — and about money. A co-operative answers to"
                            + " its members, and its members will never be the whole of the city");
        }

        @Test
        void theTextAfterAnEllipsisMustComeLaterInTheSource() {
            assertThat(checkOne("\"Public ownership is the floor ... I understand the appeal\"", ARTICLE)
                            .verdict())
                    .isNotEqualTo(Verdict.VERIFIED);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "\"the choice before [the council] is a choice about accountability\"",
                    "\"[And yet] the choice before the city is a choice\"",
                    "\"I understand the appeal. [And yet] the choice before the city is a choice\"",
                    "\"Public ownership is [sic] the floor, not the ceiling\"",
                    "\"[T]he choice before the city is a choice\"",
                    "\"whether to create a municipal operator or [to] invite bids\""
                })
        void squareBracketsAreEditorialInsertions(String letter) {
            assertThat(checkOne(letter, ARTICLE).verdict()).isEqualTo(Verdict.VERIFIED);
        }

        @Test
        void anInsertionCannotStandForALongPassage() {
            assertThat(checkOne("\"The council has a chance [soon] to create a municipal operator\"", ARTICLE)
                            .verdict())
                    .isNotEqualTo(Verdict.VERIFIED);
        }

        @Test
        void ignoresNestedDoubleQuotesInABlockQuotation() {
            String letter =
                    "The article said:\n\n> \"But the choice before the city is a choice about \"accountability\""
                            + " . . . and its members will never be the whole of the city.\"\n\nI disagree.";

            QuoteCheck check = checkOne(letter, ARTICLE);

            assertThat(check.quotation().kind()).isEqualTo(Quotation.Kind.BLOCK);
            assertThat(check.verdict()).isEqualTo(Verdict.VERIFIED);
        }

        @Test
        void takesTheFirstSourceInPriorityOrder() {
            String letter = "\"Public ownership is the floor, not the ceiling.\"";

            assertThat(checkOne(letter, REPLY, ARTICLE).match().orElseThrow().sourceReference())
                    .isEqualTo(REPLY.reference());
            assertThat(checkOne(letter, ARTICLE, REPLY).match().orElseThrow().sourceReference())
                    .isEqualTo(ARTICLE.reference());
        }
    }

    @Nested
    class Altered {

        @Test
        void aSwappedWordIsShownAsDeletedAndInserted() {
            QuoteCheck check = checkOne(
                    "\"A co-operative answers to its voters, and its members will never be the whole of the city.\"",
                    ARTICLE);

            assertThat(check.verdict()).isEqualTo(Verdict.ALTERED);
            assertThat(check.match().orElseThrow().paragraph()).isEqualTo(1);
            assertThat(check.match().orElseThrow().similarity())
                    .isGreaterThan(0.9)
                    .isLessThan(1.0);
            assertThat(matchedText(check, ARTICLE))
                    .isEqualTo("A co-operative answers to its members, and its members will never be the whole of the"
                            + " city");
            assertThat(check.diff())
                    .filteredOn(token -> token.operation() != EQUAL)
                    .containsExactly(new DiffToken(DELETED, "members"), new DiffToken(INSERTED, "voters"));
            assertThat(check.diff()).startsWith(new DiffToken(EQUAL, "A"), new DiffToken(EQUAL, "co"));
        }

        @Test
        void aDroppedWordIsShownAsDeleted() {
            QuoteCheck check = checkOne("\"its members will be the whole of the city\"", ARTICLE);

            assertThat(check.verdict()).isEqualTo(Verdict.ALTERED);
            assertThat(check.diff())
                    .extracting(DiffToken::operation, DiffToken::word)
                    .containsExactly(
                            tuple(EQUAL, "its"),
                            tuple(EQUAL, "members"),
                            tuple(EQUAL, "will"),
                            tuple(DELETED, "never"),
                            tuple(EQUAL, "be"),
                            tuple(EQUAL, "the"),
                            tuple(EQUAL, "whole"),
                            tuple(EQUAL, "of"),
                            tuple(EQUAL, "the"),
                            tuple(EQUAL, "city"));
        }

        @Test
        void anAddedWordIsShownAsInserted() {
            QuoteCheck check = checkOne("\"its members will never ever be the whole of the city\"", ARTICLE);

            assertThat(check.verdict()).isEqualTo(Verdict.ALTERED);
            assertThat(check.diff())
                    .filteredOn(token -> token.operation() != EQUAL)
                    .containsExactly(new DiffToken(INSERTED, "ever"));
        }

        @Test
        void anAlteredQuotationWithAnEllipsisIsComparedPartByPart() {
            QuoteCheck check = checkOne(
                    "\"The council has a chance to take the trams back ... to create a municipal operator\"", ARTICLE);

            assertThat(check.verdict()).isEqualTo(Verdict.ALTERED);
            assertThat(check.diff())
                    .filteredOn(token -> token.operation() != EQUAL)
                    .containsExactly(new DiffToken(DELETED, "network"), new DiffToken(INSERTED, "trams"));
        }

        @Test
        void prefersTheClosestSource() {
            QuoteCheck check = checkOne(
                    "\"the floor, not the ceiling, and the ceiling is where passengers live\"", ARTICLE, REPLY);

            assertThat(check.verdict()).isEqualTo(Verdict.ALTERED);
            assertThat(check.match().orElseThrow().sourceReference()).isEqualTo(REPLY.reference());
        }
    }

    @Nested
    class NotFound {

        @Test
        void anInventedPhraseIsNotFound() {
            QuoteCheck check = checkOne("Her view is that \"councils always know best\", and so on.", ARTICLE, REPLY);

            assertThat(check.verdict()).isEqualTo(Verdict.NOT_FOUND);
            assertThat(check.match()).isEmpty();
            assertThat(check.diff()).isEmpty();
        }

        @Test
        void tooManyChangedWordsIsNotFoundRatherThanAltered() {
            // 6 of 10 words kept: below the 70% bar.
            QuoteCheck check =
                    checkOne("\"a co-operative answers to nobody, and its owners may never be city\"", ARTICLE);

            assertThat(check.verdict()).isEqualTo(Verdict.NOT_FOUND);
        }

        @Test
        void withoutSourcesEverythingIsNotFound() {
            assertThat(checkOne("She says \"Public ownership is the floor\"").verdict())
                    .isEqualTo(Verdict.NOT_FOUND);
        }
    }

    @Nested
    class TooShort {

        @ParameterizedTest
        @ValueSource(strings = {"the \"experts\" say", "the so-called \"public ownership\"", "a \"[sic] floor\" here"})
        void scareQuotesOfOneOrTwoWordsAreTooShortEvenIfNotInTheSource(String letter) {
            QuoteCheck check = checkOne(letter, ARTICLE);

            assertThat(check.verdict()).isEqualTo(Verdict.TOO_SHORT);
            assertThat(check.match()).isEmpty();
        }

        @Test
        void threeWordsAreChecked() {
            assertThat(checkOne("the \"public ownership is\"", ARTICLE).verdict())
                    .isEqualTo(Verdict.VERIFIED);
        }
    }

    @Nested
    class Attributed {

        private static final Source BAKUNIN = new Source(
                "X-bakunin",
                "Reaction in Germany",
                "Mikhail Bakunin",
                "The passion for destruction is a creative passion, too!");

        @Test
        void aQuotationAttributedToSomeoneWithNoSourceIsNotChecked() {
            QuoteCheck check = checkOne(
                    "To quote Bakunin: \"the passion for destruction is a creative passion.\"", ARTICLE, REPLY);

            assertThat(check.verdict()).isEqualTo(Verdict.ATTRIBUTED);
            assertThat(check.quotation().attributedTo()).contains("Bakunin");
            assertThat(check.match()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "As Lenin put it, \"the choice before the city\" was clear.",
                    "Trotsky argued: \"the whole of the city\".",
                    "In the words of Rosa Luxemburg, \"freedom is always the freedom of dissenters\".",
                    "Orwell wrote that \"all animals are equal\".",
                    "It is what Keynes called \"the euthanasia of the rentier\"."
                })
        void everyFormOfAttributionToAThirdPartyIsReported(String letter) {
            QuoteCheck check = checkOne(letter, ARTICLE);

            assertThat(check.verdict()).isEqualTo(Verdict.ATTRIBUTED);
            assertThat(check.quotation().attributedTo()).isPresent();
        }

        @Test
        void aThirdPartyWithASourceIsCheckedAgainstIt() {
            QuoteCheck check = checkOne(
                    "To quote Bakunin: \"the passion for destruction is a creative passion.\"", ARTICLE, BAKUNIN);

            assertThat(check.verdict()).isEqualTo(Verdict.VERIFIED);
            assertThat(check.match().orElseThrow().sourceReference()).isEqualTo("X-bakunin");
        }

        @Test
        void wordsAttributedToAThirdPartyAreCheckedOnlyAgainstTheirSources() {
            QuoteCheck check =
                    checkOne("As Bakunin said, \"public ownership is the floor, not the ceiling\".", ARTICLE, BAKUNIN);

            assertThat(check.verdict()).isEqualTo(Verdict.NOT_FOUND);
        }

        @Test
        void theAuthorOfACitedPieceIsNotAThirdParty() {
            QuoteCheck check = checkOne("Ms Natarajan writes that \"public ownership is the floor\".", REPLY, ARTICLE);

            assertThat(check.quotation().attributedTo()).contains("Ms Natarajan");
            assertThat(check.verdict()).isEqualTo(Verdict.VERIFIED);
            assertThat(check.match().orElseThrow().sourceReference()).isEqualTo(ARTICLE.reference());
        }

        @Test
        void aPronounIsNoAttribution() {
            QuoteCheck check = checkOne("As for money, she says \"the whole of the city\".", ARTICLE);

            assertThat(check.quotation().attributedTo()).isEmpty();
            assertThat(check.verdict()).isEqualTo(Verdict.VERIFIED);
        }
    }

    @Nested
    class Robustness {

        @Test
        void anEmptyLetterHasNothingToCheck() {
            assertThat(checker.check("", List.of(ARTICLE))).isEmpty();
            assertThat(checker.check("No quotations at all.", List.of())).isEmpty();
        }

        @Test
        void anEmptySourceMatchesNothing() {
            Source empty = new Source("E", "Empty", "Nobody", "");

            assertThat(checkOne("\"the whole of the city and its suburbs\"", empty)
                            .verdict())
                    .isEqualTo(Verdict.NOT_FOUND);
        }

        @Test
        void aLetterOfThreeHundredQuoteMarksIsHandled() {
            assertThat(checker.check("\"".repeat(300), List.of(ARTICLE))).isEmpty();

            List<QuoteCheck> checks = checker.check("\"the city\" and ".repeat(150), List.of(ARTICLE));

            assertThat(checks).hasSize(150).allSatisfy(check -> assertThat(check.verdict())
                    .isEqualTo(Verdict.TOO_SHORT));
        }

        @Test
        void anUnclosedQuotationIsStillChecked() {
            List<QuoteCheck> checks = checker.check(
                    "She says \"the whole of the city.\n\nAnd \"the floor, not the ceiling\".", List.of(ARTICLE));

            assertThat(checks)
                    .extracting(check -> check.quotation().kind(), QuoteCheck::verdict)
                    .containsExactly(
                            tuple(Quotation.Kind.UNCLOSED, Verdict.VERIFIED),
                            tuple(Quotation.Kind.INLINE, Verdict.VERIFIED));
        }

        @Test
        void checkingIndexedSourcesGivesTheSameVerdicts() {
            String letter =
                    "\"the whole of the city\", she says \"councils always know best\" and \"its members will be the whole\"";

            List<QuoteCheck> direct = checker.check(letter, List.of(ARTICLE, REPLY));
            List<QuoteCheck> indexed =
                    checker.checkIndexed(letter, List.of(IndexedSource.of(ARTICLE), IndexedSource.of(REPLY)));

            assertThat(indexed).isEqualTo(direct);
            assertThat(direct)
                    .extracting(QuoteCheck::verdict)
                    .containsExactly(Verdict.VERIFIED, Verdict.NOT_FOUND, Verdict.ALTERED);
        }

        @Test
        void rejectsNulls() {
            assertThatNullPointerException().isThrownBy(() -> checker.check(null, List.of()));
            assertThatNullPointerException().isThrownBy(() -> checker.check("text", null));
        }
    }
}
