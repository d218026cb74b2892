package org.postbag.linking.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The letter cut into words once, for all finders: they look for cues at words, not at every character. */
final class Words {

    /** Words that end with a full stop without ending the sentence. */
    private static final Set<String> ABBREVIATIONS =
            TextScan.wordSet("mr mrs ms mx dr prof rev revd cllr st no nos vol pp p vs cf eg ie etc");

    /**
     * One word. Apostrophes and hyphens inside a word belong to it ("O'Brien", "Smith-Jones", "Natarajan's").
     *
     * @param sentenceStart whether the word opens a sentence, where ordinary words are capitalised too
     */
    record Word(int start, int end, String text, String lower, boolean sentenceStart) {

        boolean isCapitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }
    }

    private Words() {}

    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        int length = text.length();
        while (i < length) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < length
                    && (Character.isLetterOrDigit(text.charAt(i)) || isMark(text.charAt(i)) || isJoiner(text, i))) {
                i++;
            }
            String word = text.substring(start, i);
            words.add(new Word(start, i, word, word.toLowerCase(Locale.ROOT), opensSentence(text, start, words)));
        }
        return words;
    }

    /** A vowel mark or shadda written on an Arabic letter (or an accent not composed with its letter). */
    private static boolean isMark(char c) {
        return Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** An apostrophe or hyphen between two letters or digits. */
    private static boolean isJoiner(String text, int i) {
        char c = text.charAt(i);
        boolean joiner = c == '\'' || c == '\u2019' || c == '-' || c == '\u2010';
        return joiner
                && i > 0
                && i + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(i - 1))
                && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static boolean opensSentence(String text, int start, List<Word> before) {
        int i = start - 1;
        while (i >= 0 && isOpener(text.charAt(i))) {
            if (text.charAt(i) == '\n') {
                return true;
            }
            i--;
        }
        if (i < 0) {
            return true;
        }
        char c = text.charAt(i);
        if (c == ':') {
            return true;
        }
        if (c != '.' && c != '!' && c != '?') {
            return false;
        }
        if (c == '.' && !before.isEmpty()) {
            Word previous = before.get(before.size() - 1);
            boolean initial = previous.text().length() == 1 && previous.isCapitalised();
            return previous.end() != i || !(initial || ABBREVIATIONS.contains(previous.lower()));
        }
        return true;
    }

    /** Characters that may stand between a sentence's end and its first word. */
    private static boolean isOpener(char c) {
        return Character.isWhitespace(c) || "\"'\u201c\u201d\u2018\u2019([>*-\u2013\u2014".indexOf(c) >= 0;
    }
}
