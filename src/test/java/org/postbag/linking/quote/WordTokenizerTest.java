package org.postbag.linking.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordTokenizerTest {

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        WordTokenizer.tokenize(text, 0, text.length(), (word, start, end) -> words.add(word));
        return words;
    }

    @Test
    void lowerCasesAndDropsPunctuationAndQuoteMarks() {
        assertThat(words("“Public OWNERSHIP,” she said; \"is the floor!\""))
                .containsExactly("public", "ownership", "she", "said", "is", "the", "floor");
    }

    @Test
    void everyKindOfDashSeparatesWords() {
        List<String> expected = List.of("co", "operative", "and", "then");
        assertThat(words("co-operative—and then")).isEqualTo(expected);
        assertThat(words("co–operative -- and – then")).isEqualTo(expected);
        assertThat(words("co\u2011operative\u2015and\u2212then")).isEqualTo(expected);
    }

    @Test
    void apostrophesInsideAWordJoinItAndAtItsEdgesSeparate() {
        assertThat(words("don't don’t O'Brien’s Miles' Jones’ '90s ‘quoted’"))
                .containsExactly("dont", "dont", "obriens", "miles", "jones", "90s", "quoted");
    }

    @Test
    void wordsOfOtherScriptsKeepTheirLettersAndDropTheirVowelMarks() {
        assertThat(words("Straße, ÉLUS et « élues »")).containsExactly("straße", "élus", "et", "élues");
        assertThat(words("كَتَبَ الكاتـــب")).containsExactly("كتب", "الكاتب");
        assertThat(words("Ελλάδα, Москва и 東京")).containsExactly("ελλάδα", "москва", "и", "東京");
        assertThat(words("שָׁלוֹם")).containsExactly("שלום");
    }

    @Test
    void reportsOffsetsOfEachWordInTheText() {
        String text = "  It’s the\nfloor.";
        List<String> surfaces = new ArrayList<>();

        WordTokenizer.tokenize(text, 0, text.length(), (word, start, end) -> surfaces.add(text.substring(start, end)));

        assertThat(surfaces).containsExactly("It’s", "the", "floor");
    }

    @Test
    void anEmptyTextHasNoWords() {
        assertThat(words("")).isEmpty();
        assertThat(words(" ... -- “ ”")).isEmpty();
    }
}
