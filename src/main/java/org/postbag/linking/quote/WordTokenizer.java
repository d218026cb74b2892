package org.postbag.linking.quote;

import java.util.Arrays;

/**
 * Splits text into normalised words, the unit that quotations are compared in.
 *
 * <p>A word is a run of letters and digits, lower-cased. Everything else separates words, so punctuation, quote marks
 * and every kind of dash or hyphen drop out: "co-operative", "co–operative" and "co -- operative" all give the same
 * two words. An apostrophe between two letters or digits is dropped rather than splitting, so "don't" and "don’t" are
 * both "dont" and "O'Brien" is "obrien"; at the edge of a word ("Miles'", "'90s") it is just a separator. Combining
 * marks inside a word (Arabic and Hebrew vowel signs) and the Arabic tatweel are dropped, so that "كَتَبَ" and "كتب"
 * are one word.
 */
final class WordTokenizer {

    /** Receives each word with its offsets in the text that was tokenised. */
    @FunctionalInterface
    interface WordSink {
        void accept(String word, int start, int end);
    }

    private static final int TATWEEL = 0x0640;
    private static final String APOSTROPHES = "'\u2019\u2018\u02BC\u0060\u00B4\u2032";

    private WordTokenizer() {}

    static void tokenize(CharSequence text, int from, int to, WordSink sink) {
        // Sources are tokenised on every index build, so plain ASCII takes a short path.
        char[] word = new char[32];
        int length = 0;
        int wordStart = -1;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            int codePoint = Character.isHighSurrogate(c) ? Character.codePointAt(text, i) : c;
            int width = Character.charCount(codePoint);
            if (wordStart >= 0 && isSilentMark(codePoint)) {
                // Vowel marks and the tatweel are dropped, so that a word matches with and without them.
                i += width;
                continue;
            }
            if (isWordChar(codePoint)) {
                if (wordStart < 0) {
                    wordStart = i;
                }
                if (length + 2 > word.length) {
                    word = Arrays.copyOf(word, word.length * 2);
                }
                length += Character.toChars(lowerCase(codePoint), word, length);
            } else if (wordStart >= 0 && !(isApostrophe(codePoint) && followedByWordChar(text, i + width, to))) {
                sink.accept(new String(word, 0, length), wordStart, i);
                length = 0;
                wordStart = -1;
            }
            i += width;
        }
        if (wordStart >= 0) {
            sink.accept(new String(word, 0, length), wordStart, to);
        }
    }

    private static boolean isWordChar(int codePoint) {
        if (codePoint < 128) {
            return (codePoint >= 'a' && codePoint <= 'z')
                    || (codePoint >= 'A' && codePoint <= 'Z')
                    || (codePoint >= '0' && codePoint <= '9');
        }
        return Character.isLetterOrDigit(codePoint);
    }

    private static boolean isSilentMark(int codePoint) {
        if (codePoint < 0x300) {
            return false;
        }
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || codePoint == TATWEEL;
    }

    private static int lowerCase(int codePoint) {
        if (codePoint < 128) {
            return codePoint >= 'A' && codePoint <= 'Z' ? codePoint + ('a' - 'A') : codePoint;
        }
        return Character.toLowerCase(codePoint);
    }

    static boolean isApostrophe(int codePoint) {
        return APOSTROPHES.indexOf(codePoint) >= 0;
    }

    private static boolean followedByWordChar(CharSequence text, int index, int to) {
        return index < to && isWordChar(Character.codePointAt(text, index));
    }
}
