package org.postbag.linking.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds short quoted phrases that may be titles: 'your article "Whose trams?"'. Most quotations in letters are from
 * the text of a piece, not its title, so only phrases of a dozen words or fewer count, and those that a word such as
 * "article" or "headed" introduces are trusted most.
 */
final class QuoteFinder {

    private static final int MAX_WORDS = 12;
    /** Characters before a quote searched for a word that introduces it. */
    private static final int LOOK_BACK = 60;

    private static final Set<String> INTRODUCERS = TextScan.wordSet(
            "article letter piece column editorial review essay feature headed headlined entitled titled called",
            "heading headline title reply");
    private static final Set<String> MINOR_WORDS =
            Set.of("a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "at", "by", "with", "is");

    private QuoteFinder() {}

    static List<TitleCue> find(String text) {
        List<TitleCue> cues = new ArrayList<>();
        int open = -1;
        char closing = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                open = -1; // a quotation does not run across paragraphs; an unclosed quote must not pair with the next
            } else if (open >= 0 && c == closing && (c != '\u2019' || !followedByLetter(text, i))) {
                addPhrase(text, open, i, cues);
                open = -1;
            } else if (open < 0 && (c == '"' || c == '\u201c' || (c == '\u2018' && !followedBySpace(text, i)))) {
                open = i;
                closing = c == '"' ? '"' : c == '\u201c' ? '\u201d' : '\u2019';
            }
        }
        return cues;
    }

    private static void addPhrase(String text, int open, int close, List<TitleCue> cues) {
        String phrase = trimmed(text.substring(open + 1, close));
        String[] words = phrase.split("\\s+");
        if (phrase.length() < 2 || words.length > MAX_WORDS) {
            return;
        }
        double confidence = isIntroduced(text, open) ? 0.9 : isTitleCase(words) ? 0.6 : 0.3;
        cues.add(new TitleCue(Span.of(text, open, close + 1), phrase, confidence));
    }

    /** One of the three words before the quote, in the same sentence, names a piece or a title. */
    private static boolean isIntroduced(String text, int open) {
        int i = open;
        int limit = Math.max(0, open - LOOK_BACK);
        for (int n = 0; n < 3; n++) {
            while (i > limit && !Character.isLetter(text.charAt(i - 1))) {
                if (".!?".indexOf(text.charAt(i - 1)) >= 0) {
                    return false;
                }
                i--;
            }
            int end = i;
            while (i > limit && Character.isLetter(text.charAt(i - 1))) {
                i--;
            }
            String word = text.substring(i, end).toLowerCase(Locale.ROOT);
            String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
            if (INTRODUCERS.contains(word) || INTRODUCERS.contains(singular)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTitleCase(String[] words) {
        int significant = 0;
        int capitalised = 0;
        for (String word : words) {
            if (!word.isEmpty() && !MINOR_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                significant++;
                if (Character.isUpperCase(word.charAt(0))) {
                    capitalised++;
                }
            }
        }
        return words.length >= 2 && significant > 0 && capitalised * 5 >= significant * 4;
    }

    private static String trimmed(String phrase) {
        int start = 0;
        int end = phrase.length();
        while (start < end && Character.isWhitespace(phrase.charAt(start))) {
            start++;
        }
        while (end > start
                && (Character.isWhitespace(phrase.charAt(end - 1)) || ",.;:".indexOf(phrase.charAt(end - 1)) >= 0)) {
            end--;
        }
        return phrase.substring(start, end);
    }

    private static boolean followedByLetter(String text, int i) {
        return i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
    }

    private static boolean followedBySpace(String text, int i) {
        return i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
    }
}
