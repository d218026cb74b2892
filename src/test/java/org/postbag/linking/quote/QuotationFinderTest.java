package org.postbag.linking.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.postbag.linking.quote.Quotation.Kind;

class QuotationFinderTest {

    private final QuotationFinder finder = new QuotationFinder();

    private List<String> texts(String letter) {
        return finder.find(letter).stream().map(Quotation::text).toList();
    }

    @Nested
    class InlineQuotations {

        @Test
        void findsStraightAndCurlyDoubleQuotes() {
            assertThat(texts("She wrote \"public ownership is the floor\" and “not the ceiling” too."))
                    .containsExactly("public ownership is the floor", "not the ceiling");
        }

        @Test
        void offsetsCoverTheQuotedWordsWithoutTheMarks() {
            String letter = "First line.\n\nShe wrote “public ownership is the floor” in June.";

            Quotation quotation = finder.find(letter).get(0);

            assertThat(letter.substring(quotation.start(), quotation.end())).isEqualTo("public ownership is the floor");
            assertThat(letter.charAt(quotation.start() - 1)).isEqualTo('“');
            assertThat(letter.charAt(quotation.end())).isEqualTo('”');
            assertThat(quotation.kind()).isEqualTo(Kind.INLINE);
        }

        @Test
        void aQuotationMaySpanSentenceEndsAndLineBreaks() {
            assertThat(texts("He said \"Quite so. But voters get a say\nonce every four years!\" Then he left."))
                    .containsExactly("Quite so. But voters get a say\nonce every four years!");
        }

        @Test
        void keepsNestedSingleQuotesInsideTheQuotation() {
            assertThat(texts("He wrote \"the so-called 'people's railway' was a ‘myth’, as I said\" in 2019."))
                    .containsExactly("the so-called 'people's railway' was a ‘myth’, as I said");
        }

        @Test
        void keepsNestedDoubleQuotesInsideTheOuterQuotation() {
            assertThat(texts("He wrote \"they called it \"the people's railway\" for years\" and stopped."))
                    .containsExactly("they called it \"the people's railway\" for years");
        }

        @Test
        void apostrophesAreNotQuotationMarks() {
            assertThat(texts("Miles' reply, don't, the '90s, O'Brien's view and Jones’ curly one ’ ‘ are no quotes."))
                    .isEmpty();
            assertThat(texts("Miles' reply was \"don't panic about the '90s\" and O’Brien’s \"wasn't mine either\"."))
                    .containsExactly("don't panic about the '90s", "wasn't mine either");
        }

        @Test
        void readsBritishSingleQuotesOutsideDoubleOnes() {
            assertThat(
                            texts(
                                    "Ms Natarajan\u2019s line \u2018the floor, not the ceiling\u2019 and the tenants\u2019 view."))
                    .containsExactly("the floor, not the ceiling");
            assertThat(texts("She wrote \u2018the tenants\u2019 association is not asking\u2019, and so on."))
                    .containsExactly("the tenants\u2019 association is not asking");
            assertThat(texts("They say \u2018the councils\u2019 before anything else."))
                    .containsExactly("the councils");
        }

        @Test
        void findsScareQuotesOfOneOrTwoWords() {
            assertThat(texts("The \"experts\" and their so-called \"public ownership\" again."))
                    .containsExactly("experts", "public ownership");
        }

        @Test
        void readsACurlyMarkTypedTheWrongWayRound() {
            assertThat(texts("She wrote ”not the ceiling” and “the floor“ there."))
                    .containsExactly("not the ceiling", "the floor");
        }
    }

    @Nested
    class BlockQuotations {

        @Test
        void takesTheWholeParagraphWithoutMarkerOrSurroundingQuotes() {
            String letter =
                    "Let me quote her:\n\n> \"A municipal operator answers to voters. . . . They cannot borrow.\""
                            + "\n\nThat is my point.";

            Quotation block = finder.find(letter).get(0);

            assertThat(block.kind()).isEqualTo(Kind.BLOCK);
            assertThat(block.text()).isEqualTo("A municipal operator answers to voters. . . . They cannot borrow.");
            assertThat(letter.substring(block.start(), block.end())).isEqualTo(block.text());
        }

        @Test
        void joinsConsecutiveQuotedParagraphsAndDropsTheMarkerOnEachLine() {
            String letter = "Intro.\n\n> First line\n> second line.\n>\n> Next paragraph.\n\nAfter.";

            List<Quotation> quotations = finder.find(letter);

            assertThat(quotations).hasSize(1);
            assertThat(quotations.get(0).text()).isEqualTo("First line\nsecond line.\n\nNext paragraph.");
            assertThat(letter.substring(
                            quotations.get(0).start(), quotations.get(0).end()))
                    .startsWith("First line")
                    .endsWith("Next paragraph.");
        }

        @Test
        void aSignedBlockEndsAtItsSignature() {
            List<Quotation> quotations = finder.find(
                    "> Expertise can be hired.\n> -- Priya Natarajan\n\n> We made mistakes.\n> -- Tom Aldridge");

            assertThat(quotations)
                    .extracting(
                            Quotation::text,
                            quotation -> quotation.attribution().name())
                    .containsExactly(
                            tuple("Expertise can be hired.", "Priya Natarajan"),
                            tuple("We made mistakes.", "Tom Aldridge"));
        }

        @Test
        void keepsNestedDoubleQuotesAndAClosingMarkBeforeTheFullStop() {
            assertThat(texts("> “The choice is about “accountability” and money”."))
                    .containsExactly("The choice is about “accountability” and money");
        }

        @Test
        void quotationMarksInsideABlockDoNotStartInlineQuotations() {
            assertThat(texts("> He said \"no\" and \"yes\".\n\nShe said \"maybe so\"."))
                    .hasSize(2);
        }
    }

    @Nested
    class UnbalancedQuotes {

        @Test
        void anUnclosedQuotationStopsAtTheEndOfItsParagraph() {
            String letter = "He said \"the choice before the city is a choice.\n\nNext I quote \"the floor\" here.";

            List<Quotation> quotations = finder.find(letter);

            assertThat(quotations)
                    .extracting(Quotation::text, Quotation::kind)
                    .containsExactly(
                            tuple("the choice before the city is a choice.", Kind.UNCLOSED),
                            tuple("the floor", Kind.INLINE));
        }

        @Test
        void aQuotationOfSeveralParagraphsReopensEachAndClosesOnlyTheLast() {
            String letter =
                    "She wrote:\n\n\u201CThe first paragraph.\n\n\u201CThe second one.\u201D\n\nAnd \"then\" more.";

            List<Quotation> quotations = finder.find(letter);

            assertThat(quotations).extracting(Quotation::kind).containsExactly(Kind.INLINE, Kind.INLINE);
            assertThat(quotations.get(0).text())
                    .startsWith("The first paragraph.")
                    .endsWith("The second one.");
            assertThat(quotations.get(1).text()).isEqualTo("then");
        }

        @Test
        void ignoresStrayMarks() {
            assertThat(texts("A 5\" screen, a \" lone mark and \"the real quotation\" here."))
                    .containsExactly("the real quotation");
        }

        @Test
        void ignoresAClosingMarkWithNothingOpen() {
            assertThat(texts("Nothing open” here, then “something quoted”.")).containsExactly("something quoted");
        }

        @Test
        void emptyQuotationsAreSkipped() {
            assertThat(texts("An empty \"\" pair and “ ” and \"...\".")).isEmpty();
        }

        @Test
        void survivesThreeHundredQuoteMarksInARow() {
            assertThat(finder.find("\"".repeat(300))).isEmpty();
            assertThat(finder.find("“".repeat(150) + "”".repeat(150))).isEmpty();
        }

        @Test
        void survivesThreeHundredMarksOfEveryKindScatteredThroughParagraphs() {
            Random random = new Random(300);
            String[] pieces = {"\"", "“", "”", " word", " two words", ". ", "\n\n", "'", "’"};
            StringBuilder letter = new StringBuilder();
            for (int marks = 0; marks < 300; ) {
                String piece = pieces[random.nextInt(pieces.length)];
                marks += QuoteMark.isDoubleMark(piece.charAt(0)) ? 1 : 0;
                letter.append(piece);
            }
            String text = letter.toString();

            List<Quotation> quotations = finder.find(text);

            assertThat(quotations).isNotEmpty().allSatisfy(quotation -> {
                assertThat(text.substring(quotation.start(), quotation.end())).isEqualTo(quotation.text());
                // A quotation crosses a paragraph break only into a paragraph that reopens it with a mark.
                String[] paragraphs = quotation.text().split("\n\\s*\n");
                for (int i = 1; i < paragraphs.length; i++) {
                    assertThat(QuoteMark.isDoubleMark(paragraphs[i].strip().charAt(0)))
                            .as(quotation.text())
                            .isTrue();
                }
            });
        }

        @Test
        void survivesThreeHundredQuoteMarksAroundWords() {
            List<Quotation> quotations = finder.find("\"word\" ".repeat(150));

            assertThat(quotations).hasSize(150).allSatisfy(q -> assertThat(q.text())
                    .isEqualTo("word"));
        }
    }

    @Test
    void emptyOrBlankTextHasNoQuotations() {
        assertThat(finder.find("")).isEmpty();
        assertThat(finder.find(" \n\n \t\n")).isEmpty();
        assertThat(finder.find(">")).isEmpty();
    }

    @Test
    void detectsWhoTheQuotationIsAttributedTo() {
        List<Quotation> quotations =
                finder.find("To quote Bakunin: \"the urge to destroy\".\n\nBut she says \"no such thing\".");

        assertThat(quotations.get(0).attributedTo()).contains("Bakunin");
        assertThat(quotations.get(1).attributedTo()).isEmpty();
    }

    @Test
    void aParagraphRunningIntoABlockQuotationMayAttributeIt() {
        assertThat(finder.find("To quote Bakunin:\n\n> The urge to destroy is a creative urge.")
                        .get(0)
                        .attributedTo())
                .contains("Bakunin");
        assertThat(finder.find("Orwell wrote a lot.\n\n> The urge to destroy is a creative urge.")
                        .get(0)
                        .attributedTo())
                .isEmpty();
    }

    @Nested
    class OtherTypographies {

        @Test
        void readsGermanLowAndHighMarksAndGuillemetsBothWays() {
            assertThat(texts("Sie schrieb „die Tram ist zu teuer“ und später „nie wieder”."))
                    .containsExactly("die Tram ist zu teuer", "nie wieder");
            assertThat(texts("Er schrieb »die Tram ist zu teuer« und ging.")).containsExactly("die Tram ist zu teuer");
        }

        @Test
        void germanNestedQuotesAndApostrophesStayInside() {
            assertThat(texts("Sie schrieb „der Rat nannte es ‚Bürgerbahn‘, wie’s üblich ist“ im Mai."))
                    .containsExactly("der Rat nannte es ‚Bürgerbahn‘, wie’s üblich ist");
            assertThat(texts("Das ‚sogenannte‘ Gutachten und wie’s weiterging."))
                    .containsExactly("sogenannte");
        }

        @Test
        void readsFrenchGuillemetsWithTheirNoBreakSpaces() {
            assertThat(texts("Elle écrit « le tram coûte trop cher » et « jamais plus » ensuite."))
                    .containsExactly("le tram coûte trop cher", "jamais plus");
            assertThat(texts("Il a dit « non », puis ‹ peut-être ›.")).containsExactly("non", "peut-être");
        }

        @Test
        void englishMarksInsideGuillemetsAreNested() {
            assertThat(texts("Elle écrit « le maire a dit “jamais” devant tous » hier."))
                    .containsExactly("le maire a dit “jamais” devant tous");
        }

        @Test
        void swissGuillemetsWithoutSpaces() {
            assertThat(texts("Sie schrieb «die Tram ist zu teuer» und ging.")).containsExactly("die Tram ist zu teuer");
        }

        @Test
        void readsCornerBrackets() {
            assertThat(texts("彼は「路面電車は高すぎる」と書き、『市の報告』を引いた。")).containsExactly("路面電車は高すぎる", "市の報告");
        }

        @Test
        void readsArabicGuillemetsAndCurlyMarks() {
            assertThat(texts("كتب المحرر «الترام مكلف جدا» ثم قال “لا أبدا” في المقال."))
                    .containsExactly("الترام مكلف جدا", "لا أبدا");
        }

        @Test
        void aGuillemetLeftOpenEndsWithItsParagraph() {
            assertThat(finder.find("Elle écrit « le tram coûte trop cher.\n\nAutre paragraphe « court ».").stream()
                            .map(quotation -> tuple(quotation.text(), quotation.kind()))
                            .toList())
                    .containsExactly(tuple("le tram coûte trop cher.", Kind.UNCLOSED), tuple("court", Kind.INLINE));
        }

        @Test
        void aBlockQuotationInGuillemetsLosesThem() {
            assertThat(texts("Zitat:\n\n> „Die Tram ist zu teuer.“")).containsExactly("Die Tram ist zu teuer.");
            assertThat(texts("Citation :\n\n> « Le tram coûte trop cher. »"))
                    .containsExactly("Le tram coûte trop cher.");
        }
    }
}
