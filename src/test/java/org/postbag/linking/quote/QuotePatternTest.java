package org.postbag.linking.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postbag.linking.quote.QuotePattern.Element;
import org.postbag.linking.quote.QuotePattern.Insertion;
import org.postbag.linking.quote.QuotePattern.Word;

class QuotePatternTest {

    private static List<List<String>> segmentWords(String quotation) {
        return QuotePattern.parse(quotation).segments().stream()
                .map(segment -> segment.words().stream().map(Word::normalized).toList())
                .toList();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "voters ... the rates",
                "voters...the rates",
                "voters . . . the rates",
                "voters. . . . The rates",
                "voters … the rates",
                "voters…the rates",
                "voters [...] the rates",
                "voters [. . .] the rates",
                "voters […] the rates",
                "voters (…) the rates",
                "voters (...) the rates",
                "voters (. . .) the rates"
            })
    void everySpellingOfAnEllipsisIsAGap(String quotation) {
        assertThat(segmentWords(quotation)).containsExactly(List.of("voters"), List.of("the", "rates"));
    }

    @Test
    void twoDotsAreNotAnEllipsis() {
        assertThat(segmentWords("voters.. the rates")).containsExactly(List.of("voters", "the", "rates"));
    }

    @Test
    void ellipsesAtTheEdgesLeaveNoEmptySegments() {
        assertThat(segmentWords("... the floor, not the ceiling ...")).hasSize(1);
        assertThat(QuotePattern.parse("...").segments()).isEmpty();
    }

    @Test
    void aBracketedInsertionMatchesAFewWordsOrNone() {
        List<Element> elements = QuotePattern.parse("the choice before [the council] is")
                .segments()
                .get(0)
                .elements();

        assertThat(elements).hasSize(5);
        assertThat(elements.get(3)).isEqualTo(new Insertion(4));
        assertThat(elements.get(4)).isEqualTo(new Word("is", "is"));
        assertThat(QuotePattern.parse("public ownership [sic] is")
                        .segments()
                        .get(0)
                        .elements())
                .contains(new Insertion(3));
    }

    @Test
    void insertionsAtTheEdgesAreDropped() {
        assertThat(QuotePattern.parse("[And yet] the choice [sic]")
                        .segments()
                        .get(0)
                        .elements())
                .containsExactly(new Word("the", "the"), new Word("choice", "choice"));
    }

    @Test
    void bracketsInsideAWordAreAnEditorsChangeOfLetters() {
        assertThat(segmentWords("[T]he council[s] decide")).containsExactly(List.of("the", "councils", "decide"));
    }

    @Test
    void countsWordsButNotInsertions() {
        assertThat(QuotePattern.parse("a [b c] d ... e").wordCount()).isEqualTo(3);
    }
}
