package org.postbag.linking.citation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small look-arounds in the raw text, for the finders that work with regular expressions. */
final class TextScan {

    private TextScan() {}

    /**
     * A matcher to try at chosen positions with {@code region(...).lookingAt()}; transparent bounds let its
     * look-behinds see the text before the region.
     */
    static Matcher anchored(Pattern pattern, String text) {
        return pattern.matcher(text).useTransparentBounds(true);
    }

    /** A set of words written as space-separated lines, which stays readable where one word a line would not. */
    static Set<String> wordSet(String... lines) {
        // Lists in several languages share words ("in", "a"), which Set.of would refuse.
        return Set.copyOf(Arrays.asList(String.join(" ", lines).split(" ")));
    }

    /** The word just before a position, lower-cased, skipping spaces and an opening bracket; "" when none. */
    static String wordBefore(String text, int position) {
        int end = position;
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '(')) {
            end--;
        }
        int start = end;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '\'')) {
            start--;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** The word just after a position, as written, skipping spaces; "" when punctuation or the end comes first. */
    static String wordAfter(String text, int position) {
        int start = position;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    /** The nearest character before a position that is not white space; NUL at the start of the text. */
    static char charBefore(String text, int position) {
        int i = position - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 ? '\0' : text.charAt(i);
    }
}
