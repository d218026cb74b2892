package org.postbag.letter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LetterTextTest {

    @Test
    void lineEndingsBecomeNewlines() {
        assertThat(LetterText.normalise("one\r\ntwo\rthree\nfour")).isEqualTo("one\ntwo\nthree\nfour");
    }

    @Test
    void textIsComposedToNfc() {
        String decomposed = "Cafe\u0301";
        assertThat(LetterText.normalise(decomposed)).isEqualTo("Caf\u00e9");
    }

    @Test
    void controlCharactersOtherThanNewlineAndTabAreStripped() {
        assertThat(LetterText.normalise("a\u0000b\u0007c\td\ne\u007f\u0085f")).isEqualTo("abc\td\ne\nf");
    }

    @Test
    void halfSurrogatesAndNonCharactersAreStripped() {
        assertThat(LetterText.normalise("a\uD800b\uFFFEc\uFFFFd\uFDD0e\uDBFF\uDFFFf \uD83D\uDE8B"))
                .isEqualTo("abcdef \uD83D\uDE8B");
    }

    @Test
    void bidirectionalOverridesAndIsolatesAreRemoved() {
        String tricky = "pay \u202Eecnalab\u202C now \u2066x\u2069 \u202Ay\u202B";
        assertThat(LetterText.normalise(tricky)).isEqualTo("pay ecnalab now x y");
    }

    @Test
    void quotesEllipsesAndEmojiAreKeptAsTyped() {
        String text = "She said “quite so” . . . and 'no' 🚋 – really…";
        assertThat(LetterText.normalise(text)).isEqualTo(text);
    }

    @Test
    void zeroWidthJoinersInsideEmojiSurvive() {
        String family = "\uD83D\uDC69\u200D\uD83D\uDC67";
        assertThat(LetterText.normalise(family)).isEqualTo(family);
    }

    @Test
    void surroundingWhiteSpaceIsTrimmedButParagraphsAreKept() {
        assertThat(LetterText.normalise("\n\n  First.\n\nSecond.  \n\n")).isEqualTo("First.\n\nSecond.");
    }

    @Test
    void oneLineFieldsLoseTheirLineBreaks() {
        assertThat(LetterText.normaliseLine("Tom\nAldridge\t Jr")).isEqualTo("Tom Aldridge Jr");
    }

    @Test
    void undecodableInputIsRecognised() {
        assertThat(LetterText.hasUndecodableCharacters("bad \uFFFD byte")).isTrue();
        assertThat(LetterText.hasUndecodableCharacters("fine")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''|0",
                "one|1",
                "one two  three|3",
                "co-operative|1",
                "thirty-one per cent|3",
                ". . . and so|2",
                "> quoted words|2",
                "“Quite so.”|2",
                "no. 117|2",
                "Miles' reply|2",
                "🚋 🚋|0",
                "word — word|2"
            })
    void wordsAreCountedAsAnEditorCountsThem(String text, int words) {
        assertThat(LetterText.countWords(text)).isEqualTo(words);
    }

    @Test
    void tabsAndLineBreaksSeparateWords() {
        assertThat(LetterText.countWords("one\ttwo\nthree\u00a0four")).isEqualTo(4);
    }

    @Test
    void paragraphsAreSeparatedByBlankLines() {
        assertThat(LetterText.paragraphs("One\nstill one.\n\n  \nTwo.\n\n\n> Three"))
                .containsExactly("One\nstill one.", "Two.", "> Three");
    }

    @Test
    void firstWordsEndWithAnEllipsisWhenCut() {
        assertThat(LetterText.firstWords("Could the setter of the crossword explain", 4))
                .isEqualTo("Could the setter of…");
        assertThat(LetterText.firstWords("Short one", 4)).isEqualTo("Short one");
    }
}
