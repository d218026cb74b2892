package org.postbag.linking.quote;

import java.util.Locale;
import java.util.Set;

/**
 * Where sentences end in a letter, for the cue readers: a cue counts only in the sentence of its quotation, and words
 * inside earlier quotations are never read as cues.
 */
final class Sentences {

    private static final Set<String> ABBREVIATIONS =
            CueNames.words("mr mrs ms dr st prof rev sr jr no nos vol cf vs cllr");
    private static final String CLOSERS = "\"\u201D\u2019')]";

    private Sentences() {}

    /** The text after the last sentence end, so that a name in an earlier sentence is never taken. */
    static String lastSentence(String text) {
        for (int i = text.length() - 1; i > 0; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
                return text.substring(i + 1);
            }
        }
        return text;
    }

    /** Whether {@code index} starts a sentence: only space, quote marks or closing brackets after a stop before it. */
    static boolean atSentenceStart(String text, int index) {
        int i = index - 1;
        while (i >= 0
                && (Character.isWhitespace(text.charAt(i))
                        || CLOSERS.indexOf(text.charAt(i)) >= 0
                        || QuoteMark.isDoubleMark(text.charAt(i))
                        || text.charAt(i) == '>')) {
            i--;
        }
        return i < 0 || ".!?:".indexOf(text.charAt(i)) >= 0;
    }

    /** The text with earlier quotations blanked out, so that words inside them are never read as a cue. */
    static String withoutQuotations(String text) {
        StringBuilder blanked = new StringBuilder(text);
        int open = -1;
        for (int i = 0; i < blanked.length(); i++) {
            if (!QuoteMark.isDoubleMark(blanked.charAt(i))) {
                continue;
            }
            if (open < 0) {
                open = i;
            } else {
                for (int j = open + 1; j < i; j++) {
                    // Letters go, punctuation stays, so that a sentence ending inside a quotation still ends.
                    if (Character.isLetterOrDigit(blanked.charAt(j))) {
                        blanked.setCharAt(j, ' ');
                    }
                }
                open = -1;
            }
        }
        return blanked.toString();
    }

    private static boolean endsSentence(String text, int stop) {
        int next = stop + 1;
        while (next < text.length() && CLOSERS.indexOf(text.charAt(next)) >= 0) {
            next++;
        }
        if (next >= text.length() || !Character.isWhitespace(text.charAt(next))) {
            return false;
        }
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next < text.length() && !Character.isUpperCase(text.charAt(next)) && !isQuoteMark(text.charAt(next))) {
            return false;
        }
        int wordStart = stop;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        // "Mr. Aldridge", "no. 117" and "J. K. Rowling" go on; a stop after a number or a bracket ends a sentence.
        String word = text.substring(wordStart, stop).toLowerCase(Locale.ROOT);
        boolean initial = word.length() == 1;
        return !initial && !ABBREVIATIONS.contains(word);
    }

    private static boolean isQuoteMark(char c) {
        return QuoteMark.isDoubleMark(c) || c == '\'' || c == '\u2018';
    }
}
